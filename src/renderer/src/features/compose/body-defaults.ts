import type { ComposeChannel } from '../../../../shared/compose/model';
import type { ApiVersion } from '../../../../shared/api/api-version';
import type { JsonObject } from '../../../../shared/compose/recipients';
import type { Profile } from '../../../../shared/profiles/profile';
import { getIn, setIn } from './body-edit';

/** Where this app's listener takes delivery receipts, for a body's notify URL. */
export function listenerNotifyUrl(url: string | null): string | null {
  return url ? `${url.replace(/\/$/, '')}/webhooks` : null;
}

/**
 * Fills what a new body should not make the user type: the profile's sender for the channel and
 * the listener's notify URL. Fields already in the body are left as they are.
 */
export function withDefaults(
  body: JsonObject,
  apiVersion: ApiVersion,
  channel: ComposeChannel,
  profile: Profile | undefined,
  listenerUrl: string | null,
): JsonObject {
  const sender = (profile?.senders as Record<string, string | undefined> | undefined)?.[channel];
  const notify = listenerNotifyUrl(listenerUrl);
  let out = body;
  if (apiVersion === 'v2') {
    if (sender && out.from === undefined) out = setIn(out, ['from'], sender);
    if (notify && out.notifyUrl === undefined) out = setIn(out, ['notifyUrl'], notify);
  } else {
    if (notify && out.notifyurl === undefined) out = setIn(out, ['notifyurl'], notify);
    if (channel === 'sms' && sender && getIn(out, ['channels', 'sms', 'senderid']) === undefined)
      out = setIn(out, ['channels', 'sms', 'senderid'], sender);
  }
  return out;
}

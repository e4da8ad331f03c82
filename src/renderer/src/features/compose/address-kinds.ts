import { V1_CHANNEL_DESTINATION_KINDS, v1ChannelOf, type V1DestinationKind } from '../../../../shared/api/v1-channels';
import type { ApiVersion } from '../../../../shared/api/api-version';

/** What one recipient line holds: a v2 msisdn or email, or any v1 destination kind. */
export type AddressKind = 'email' | V1DestinationKind;

/** How each kind is named to a user, in column headers and placeholders. */
const LABELS: Readonly<Record<AddressKind, string>> = {
  msisdn: 'MSISDN',
  email: 'email',
  customerid: 'customer ID',
  android_pushid: 'Android push ID',
  ios_pushid: 'iOS push ID',
  chrome_pushid: 'Chrome push ID',
  firefox_pushid: 'Firefox push ID',
  safari_pushid: 'Safari push ID',
  psid: 'PSID',
  twitterid: 'Twitter ID',
  wechat_user_id: 'WeChat user ID',
  waid: 'WhatsApp ID',
  userid: 'user ID',
};

export function addressKindLabel(kind: string): string {
  return (LABELS as Record<string, string>)[kind] ?? kind;
}

/**
 * The kinds a recipient of this work may be written as, the usual one first: v2 by channel,
 * v1 as the chosen `deliverychannel` documents (psid for Messenger, push ids for push...).
 */
export function addressKinds(api: ApiVersion, channel: string, deliverychannel: unknown): readonly AddressKind[] {
  if (api === 'v2') return [channel === 'email' ? 'email' : 'msisdn'];
  const v1 = v1ChannelOf(deliverychannel) ?? v1ChannelOf(channel) ?? 'sms';
  return V1_CHANNEL_DESTINATION_KINDS[v1];
}

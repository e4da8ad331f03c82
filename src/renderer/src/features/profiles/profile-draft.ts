import { DEFAULT_PROFILE_TPS } from '../../../../shared/limits/profiles';
import type { AuthMode, Profile } from '../../../../shared/profiles/profile';
import { ProfileInput } from '../../../../shared/profiles/profile-input';
import { CUSTOM_REGION } from '../../../../shared/profiles/regions';
import { SENDER_CHANNELS, type SenderChannel } from '../../../../shared/profiles/senders';
import { formatPath } from '../../../../shared/errors';

/** The editor's form state: strings as typed, so nothing the user entered is lost to parsing. */
export interface ProfileDraft {
  name: string;
  region: string;
  baseUrl: string;
  serviceId: string;
  authMode: AuthMode;
  tps: string;
  senders: Record<SenderChannel, string>;
}

const emptySenders = (): Record<SenderChannel, string> =>
  Object.fromEntries(SENDER_CHANNELS.map((c) => [c, ''])) as Record<SenderChannel, string>;

export function emptyDraft(): ProfileDraft {
  return { name: '', region: 'us', baseUrl: '', serviceId: '', authMode: 'key', tps: String(DEFAULT_PROFILE_TPS), senders: emptySenders() };
}

export function draftOf(profile: Profile): ProfileDraft {
  const senders = emptySenders();
  for (const channel of SENDER_CHANNELS) senders[channel] = profile.senders[channel] ?? '';
  return {
    name: profile.name,
    region: profile.region,
    baseUrl: profile.region === CUSTOM_REGION ? (profile.baseUrl ?? '') : '',
    serviceId: profile.serviceId,
    authMode: profile.authMode,
    tps: String(profile.tps),
    senders,
  };
}

export function inputOf(draft: ProfileDraft): ProfileInput {
  const senders: Partial<Record<SenderChannel, string>> = {};
  for (const channel of SENDER_CHANNELS) if (draft.senders[channel].trim() !== '') senders[channel] = draft.senders[channel];
  return {
    name: draft.name,
    region: draft.region,
    baseUrl: draft.region === CUSTOM_REGION ? draft.baseUrl : null,
    serviceId: draft.serviceId,
    authMode: draft.authMode,
    tps: draft.tps.trim() === '' ? undefined : draft.tps,
    senders,
  };
}

/** Field errors by path ("name", "senders.sms"): the same zod rules the core applies. */
export type FieldErrors = Record<string, string>;

export function validateDraft(draft: ProfileDraft): FieldErrors {
  const parsed = ProfileInput.safeParse(inputOf(draft));
  const errors: FieldErrors = {};
  if (!parsed.success) for (const issue of parsed.error.issues) errors[formatPath(issue.path)] ??= issue.message;
  return errors;
}

export function sameDraft(a: ProfileDraft, b: ProfileDraft): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

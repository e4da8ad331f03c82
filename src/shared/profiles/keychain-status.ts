import { z } from 'zod';
import { secretEnvName } from './env-name';
import { requiredSecrets, type AuthMode } from './profile';

/**
 * Whether the OS keychain can hold profiles' secrets, asked when a profile opens so the problem is
 * said before anyone types a secret. `fix` is in words for the core's OS; `detail` is the
 * keychain library's own text, for a "details" disclosure only.
 */
export const KeychainStatus = z.discriminatedUnion('available', [
  z.object({ available: z.literal(true) }),
  z.object({
    available: z.literal(false),
    reason: z.enum(['locked', 'unavailable']),
    fix: z.string(),
    detail: z.string(),
  }),
]);
export type KeychainStatus = z.infer<typeof KeychainStatus>;

/** The contract error code of a keychain that cannot be used. */
export const KEYCHAIN_ERROR_CODE = 'keychain_unavailable';

export const KEYCHAIN_HEADLINE = 'The system keychain is not available';

/** Where a keychain error message's raw detail starts (the words come first, the detail after). */
export const KEYCHAIN_DETAIL_MARK = '\nDetails: ';

/** What the user can do without a keychain: the real variable names of this profile. */
export function keychainOtherwise(profile: { name: string; authMode: AuthMode }): string {
  const names = requiredSecrets(profile.authMode).map((kind) => secretEnvName(profile.name, kind));
  return `Without a keychain, set ${names.join(' and ')} in the environment before starting Relaydesk.`;
}

/** The whole problem in words, then the raw detail after KEYCHAIN_DETAIL_MARK (for the CLI and logs). */
export function keychainProblemMessage(
  status: Extract<KeychainStatus, { available: false }>,
  profile: { name: string; authMode: AuthMode },
): string {
  return `${KEYCHAIN_HEADLINE}, so this profile's secrets cannot be saved. ${status.fix} ${keychainOtherwise(profile)}${KEYCHAIN_DETAIL_MARK}${status.detail}`;
}

/** Splits a message made by keychainProblemMessage into its words and its raw detail. */
export function splitKeychainDetail(message: string): { words: string; detail: string | null } {
  const at = message.indexOf(KEYCHAIN_DETAIL_MARK);
  return at === -1
    ? { words: message, detail: null }
    : { words: message.slice(0, at), detail: message.slice(at + KEYCHAIN_DETAIL_MARK.length) };
}

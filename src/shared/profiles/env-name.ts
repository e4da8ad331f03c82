import type { SecretKind } from './profile';

/**
 * The environment variable that supplies a profile's secret at run time, for headless CI where no
 * keychain exists: RELAYDESK_SECRET_<PROFILE_NAME>_KEY or _JWT, the name upper-cased with every
 * run of other characters turned into one underscore ("EU live" -> RELAYDESK_SECRET_EU_LIVE_KEY).
 */
export function secretEnvName(profileName: string, kind: SecretKind): string {
  const name = profileName
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return `RELAYDESK_SECRET_${name || 'PROFILE'}_${kind === 'key' ? 'KEY' : 'JWT'}`;
}

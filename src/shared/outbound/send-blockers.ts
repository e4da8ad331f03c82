import type { SendBlocker } from '../contract/outbound';
import { secretEnvName } from '../profiles/env-name';
import { requiredSecrets, type Profile, type SecretKind } from '../profiles/profile';

// Why a send would be refused before anything is queued. Checked by `outbound:validate` (so
// Compose can show it before the click) and again by `outbound:send` (which refuses it).

export const MISSING_SECRET = 'missing_secret';

const SECRET_WORDS: Record<SecretKind, string> = { key: 'service key', jwt: 'JWT service secret' };

/**
 * A secret the profile's auth mode needs that neither the keychain nor its
 * RELAYDESK_SECRET_<NAME>_KEY|_JWT variable supplies: every request would fail, so none is queued.
 */
export function missingSecretBlockers(profile: Profile): SendBlocker[] {
  if (profile.builtIn) return [];
  return requiredSecrets(profile.authMode)
    .filter((kind) => profile.secrets[kind].setAt === null && !profile.secrets[kind].fromEnvironment)
    .map((kind) => ({
      code: MISSING_SECRET,
      message: `Profile "${profile.name}" has no ${SECRET_WORDS[kind]}, so nothing can be sent through it. Save it in Settings → Profiles, or set the environment variable ${secretEnvName(profile.name, kind)} before starting Relaydesk.`,
    }));
}

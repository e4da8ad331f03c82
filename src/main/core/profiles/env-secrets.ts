import type { SecretKind } from '../../../shared/profiles/profile';
import { secretEnvName } from '../../../shared/profiles/env-name';

export { secretEnvName };

/** A profile's secret from its RELAYDESK_SECRET_* variable, when set and not blank. */
export function secretFromEnv(env: NodeJS.ProcessEnv, profileName: string, kind: SecretKind): string | undefined {
  const value = env[secretEnvName(profileName, kind)];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

import { ContractError } from '../../../shared/errors';
import { requiredSecrets, type Profile, type SecretKind } from '../../../shared/profiles/profile';
import { parseSecret } from '../../../shared/profiles/profile-input';
import { SANDBOX_REGION } from '../../../shared/profiles/regions';
import { SANDBOX_SERVICE_KEY } from '../../../shared/sandbox';
import { secretEnvName, secretFromEnv } from './env-secrets';
import { mintServiceJwt } from './jwt';
import type { ProfileRecord } from './profile-repo';
import { KeychainUnavailableError, type SecretStore } from './secret-store';
import type { SendTarget } from './service';

export const CREDENTIALS_ERROR = 'credentials';

/** A profile cannot be used to send: a secret is missing or the keychain cannot be read. */
export class CredentialsError extends ContractError {
  constructor(
    readonly reason: 'missingSecret' | 'keychainUnavailable' | 'sandboxDown' | 'badSecret',
    message: string,
  ) {
    super(CREDENTIALS_ERROR, message);
  }
}

const kindLabel: Record<SecretKind, string> = { key: 'service key', jwt: 'JWT service secret' };

export interface CredentialSources {
  secrets: SecretStore;
  env: NodeJS.ProcessEnv;
  /** The running sandbox's base URL, or null while it is down. */
  sandboxUrl(): string | null;
}

/** Reads one secret: the environment variable wins (explicit, headless), then the keychain. */
export async function readSecret(sources: CredentialSources, record: ProfileRecord, kind: SecretKind): Promise<string | null> {
  const fromEnv = secretFromEnv(sources.env, record.name, kind);
  if (fromEnv !== undefined) {
    const parsed = parseSecret(kind, fromEnv);
    if (!parsed.success)
      throw new CredentialsError('badSecret', `${secretEnvName(record.name, kind)}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    return parsed.data;
  }
  // No keychain round trip for a secret that was never saved.
  if ((kind === 'key' ? record.keySetAt : record.jwtSetAt) === null) return null;
  try {
    return await sources.secrets.get(record.id, kind);
  } catch (error) {
    if (error instanceof KeychainUnavailableError) throw new CredentialsError('keychainUnavailable', error.message);
    throw error;
  }
}

function resolveBaseUrl(sources: CredentialSources, profile: Profile): string {
  if (profile.region !== SANDBOX_REGION) {
    if (!profile.baseUrl)
      throw new CredentialsError('missingSecret', `Profile "${profile.name}" has no base URL; edit it in Settings → Profiles.`);
    return profile.baseUrl;
  }
  const url = sources.sandboxUrl();
  if (!url) throw new CredentialsError('sandboxDown', 'The built-in sandbox is not running; restart Relaydesk.');
  return url.replace(/\/+$/, '');
}

/**
 * Base URL and auth headers for one request: `key` for 'key', `Authorization: Bearer <JWT>` for
 * 'jwt', both for 'both' (the API lets the JWT win). A fresh JWT each time.
 */
export async function buildTarget(
  sources: CredentialSources,
  profile: Profile,
  record: ProfileRecord | undefined,
): Promise<SendTarget & { serviceKey: string | null }> {
  const baseUrl = resolveBaseUrl(sources, profile);
  if (profile.builtIn || !record) return { profile, baseUrl, headers: { key: SANDBOX_SERVICE_KEY }, serviceKey: SANDBOX_SERVICE_KEY };
  const headers: Record<string, string> = {};
  let serviceKey: string | null = null;
  for (const kind of requiredSecrets(profile.authMode)) {
    const secret = await readSecret(sources, record, kind);
    if (secret === null) {
      throw new CredentialsError(
        'missingSecret',
        `Profile "${profile.name}" has no ${kindLabel[kind]}: set it in Settings → Profiles (or set ${secretEnvName(profile.name, kind)} for headless use).`,
      );
    }
    if (kind === 'key') {
      serviceKey = secret;
      headers.key = secret;
    } else {
      headers.Authorization = `Bearer ${await mintServiceJwt(profile.serviceId, secret)}`;
    }
  }
  return { profile, baseUrl, headers, serviceKey };
}

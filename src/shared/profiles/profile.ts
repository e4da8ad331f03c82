import { z } from 'zod';
import { DEFAULT_PROFILE_TPS } from '../limits/profiles';
import { SANDBOX_PROFILE_ID, SANDBOX_SERVICE_ID } from '../sandbox';
import { SANDBOX_REGION } from './regions';
import { SenderIds } from './senders';

// A profile is one IMIconnect / Webex Connect service the user sends through. Secrets are never
// part of it: only whether (and since when) each one is set.
export const AuthMode = z.enum(['key', 'jwt', 'both']);
export type AuthMode = z.infer<typeof AuthMode>;

/** Which credential: the service key (`key` header) or the JWT service secret. */
export const SecretKind = z.enum(['key', 'jwt']);
export type SecretKind = z.infer<typeof SecretKind>;

/** Whether a secret is available, never the secret itself (not even its length). */
export const SecretStatus = z.object({
  /** ISO time it was saved in the OS keychain; null when the keychain holds none. */
  setAt: z.string().nullable(),
  /** A RELAYDESK_SECRET_<NAME>_<KIND> environment variable supplies it at run time (headless use). */
  fromEnvironment: z.boolean(),
});
export type SecretStatus = z.infer<typeof SecretStatus>;

export const Profile = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  /** 'sandbox', a region preset id (regions.ts) or 'custom'. */
  region: z.string().min(1),
  /** The API base URL; null for region 'sandbox', resolved at request time (its port is chosen at start). */
  baseUrl: z.string().nullable(),
  serviceId: z.string().min(1),
  authMode: AuthMode,
  /** Destinations per second the account allows (seed 001). */
  tps: z.number().int().positive(),
  builtIn: z.boolean(),
  /** Default `from` per channel: SMS sender ID, email sender address, app IDs for RCS and OTT channels. */
  senders: SenderIds,
  secrets: z.object({ key: SecretStatus, jwt: SecretStatus }),
  /** The profile Compose and the CLI use when none is named. */
  isDefault: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Profile = z.infer<typeof Profile>;

/** Which secrets an auth mode needs; JWT wins over the key when both are sent, as the API does. */
export function requiredSecrets(mode: AuthMode): SecretKind[] {
  return mode === 'both' ? ['jwt', 'key'] : [mode];
}

const noSecret: SecretStatus = { setAt: null, fromEnvironment: false };

export const SANDBOX_PROFILE: Profile = {
  id: SANDBOX_PROFILE_ID,
  name: 'Sandbox',
  region: SANDBOX_REGION,
  baseUrl: null,
  serviceId: SANDBOX_SERVICE_ID,
  authMode: 'key',
  tps: DEFAULT_PROFILE_TPS,
  builtIn: true,
  senders: { sms: 'RELAYDESK', email: 'sandbox@relaydesk.test', rcs: 'sandbox-rcs-app' },
  secrets: { key: noSecret, jwt: noSecret },
  isDefault: true,
  createdAt: '1970-01-01T00:00:00.000Z',
  updatedAt: '1970-01-01T00:00:00.000Z',
};

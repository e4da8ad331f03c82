import { decodeJwt, jwtVerify } from 'jose';
import { SANDBOX_JWT_SECRET, SANDBOX_SERVICE_ID, SANDBOX_SERVICE_KEY } from '../../../shared/sandbox';

/** One service the sandbox knows: its id, key, base64 JWT secret, and whether it is active. */
export interface SandboxCredential {
  serviceId: string;
  key: string;
  /** base64, as the vendor issues it: JWTs are verified with the decoded bytes. */
  jwtSecret: string;
  /** An inactive service answers 7007 (v1). Default true. */
  active?: boolean;
}

export const DEFAULT_CREDENTIALS: readonly SandboxCredential[] = [
  { serviceId: SANDBOX_SERVICE_ID, key: SANDBOX_SERVICE_KEY, jwtSecret: SANDBOX_JWT_SECRET, active: true },
];

export type AuthResult =
  | { ok: true; credential: SandboxCredential; via: 'key' | 'jwt' }
  | { ok: false; reason: 'missing' | 'invalid' | 'inactive'; via: 'key' | 'jwt' | 'none'; credential?: SandboxCredential };

function header(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function byKey(credentials: readonly SandboxCredential[], key: string): SandboxCredential | undefined {
  return credentials.find((credential) => credential.key === key);
}

function checked(credential: SandboxCredential, via: 'key' | 'jwt'): AuthResult {
  return credential.active === false ? { ok: false, reason: 'inactive', via, credential } : { ok: true, credential, via };
}

/** v1: the `key` header only. */
export function authenticateKey(
  headers: Record<string, string | string[] | undefined>,
  credentials: readonly SandboxCredential[],
): AuthResult {
  const key = header(headers, 'key');
  if (key === undefined || key.trim() === '') return { ok: false, reason: 'missing', via: 'none' };
  const credential = byKey(credentials, key);
  return credential ? checked(credential, 'key') : { ok: false, reason: 'invalid', via: 'key' };
}

function bearer(headers: Record<string, string | string[] | undefined>): string | undefined {
  const value = header(headers, 'authorization');
  const match = value ? /^Bearer\s+(\S+)\s*$/i.exec(value) : null;
  return match ? match[1] : value !== undefined ? '' : undefined;
}

/** Verifies an HS256 JWT whose `iss` names a known service, signed with that service's decoded secret. */
async function verifyJwt(token: string, credentials: readonly SandboxCredential[]): Promise<SandboxCredential | undefined> {
  let issuer: unknown;
  try {
    issuer = decodeJwt(token).iss;
  } catch {
    return undefined;
  }
  const credential = credentials.find((candidate) => candidate.serviceId === issuer);
  if (!credential) return undefined;
  try {
    const secret = new Uint8Array(Buffer.from(credential.jwtSecret, 'base64'));
    await jwtVerify(token, secret, { algorithms: ['HS256'], issuer: credential.serviceId, requiredClaims: ['iat'] });
    return credential;
  } catch {
    return undefined;
  }
}

/** v2: a Bearer JWT wins when both are sent (the service key is then ignored); else the `key` header. */
export async function authenticateV2(
  headers: Record<string, string | string[] | undefined>,
  credentials: readonly SandboxCredential[],
): Promise<AuthResult> {
  const token = bearer(headers);
  if (token !== undefined) {
    const credential = token === '' ? undefined : await verifyJwt(token, credentials);
    return credential ? checked(credential, 'jwt') : { ok: false, reason: 'invalid', via: 'jwt' };
  }
  return authenticateKey(headers, credentials);
}

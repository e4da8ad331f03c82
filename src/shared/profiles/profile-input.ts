import { z } from 'zod';
import { DEFAULT_PROFILE_TPS, MAX_CREDENTIAL_LENGTH, MAX_PROFILE_NAME_LENGTH, MAX_PROFILE_TPS } from '../limits/profiles';
import { AuthMode, SecretKind } from './profile';
import { CUSTOM_REGION, REGION_IDS } from './regions';
import { SenderIds } from './senders';

// What a user types into the profile editor or `relaydesk profile add`: everything but the id,
// the secrets and the derived fields. Messages are shown inline next to the field they name.

export const ProfileName = z
  .string()
  .trim()
  .min(1, 'give the profile a name')
  .max(MAX_PROFILE_NAME_LENGTH, `at most ${MAX_PROFILE_NAME_LENGTH} characters`)
  .refine((name) => !hasControlCharacter(name), 'no control characters');

function hasControlCharacter(text: string): boolean {
  return [...text].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);
}

/**
 * An http(s) base URL without credentials, query or fragment. Credentials in a URL would end up in
 * SQLite and exports, so they are refused outright.
 */
export const BaseUrl = z
  .string()
  .trim()
  .min(1, 'enter the API base URL, e.g. https://api.us.webexconnect.io')
  .superRefine((value, ctx) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'not a URL (e.g. https://api.example.com)' });
      return;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      ctx.addIssue({ code: 'custom', message: 'must start with https:// or http://' });
    if (url.username || url.password)
      ctx.addIssue({ code: 'custom', message: 'must not contain a user name or password; secrets go in the keychain' });
    if (url.search || url.hash) ctx.addIssue({ code: 'custom', message: 'must not contain ?query or #fragment' });
  })
  .transform((value) => value.replace(/\/+$/, ''));

export const ServiceId = z
  .string()
  .trim()
  .min(1, 'enter the service ID from the service’s page')
  .max(MAX_CREDENTIAL_LENGTH, `at most ${MAX_CREDENTIAL_LENGTH} characters`)
  .regex(/^[^\s]+$/, 'no spaces');

export const Tps = z.coerce
  .number({ message: 'must be a number' })
  .int('must be a whole number')
  .min(1, 'must be at least 1')
  .max(MAX_PROFILE_TPS, `at most ${MAX_PROFILE_TPS}`);

export const ProfileInput = z
  .object({
    name: ProfileName,
    region: z.string().refine((r) => REGION_IDS.includes(r), { message: 'choose a region from the list, or custom' }),
    /** Only for region 'custom'; ignored (and cleared) otherwise. */
    baseUrl: z.string().nullable().optional(),
    serviceId: ServiceId,
    authMode: AuthMode,
    tps: Tps.default(DEFAULT_PROFILE_TPS),
    senders: SenderIds.default({}),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.region !== CUSTOM_REGION) return;
    const parsed = BaseUrl.safeParse(input.baseUrl ?? '');
    if (!parsed.success)
      for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: ['baseUrl'] });
  })
  .transform((input) => ({ ...input, baseUrl: input.region === CUSTOM_REGION ? BaseUrl.parse(input.baseUrl) : null }));
export type ProfileInput = z.input<typeof ProfileInput>;
export type ParsedProfileInput = z.output<typeof ProfileInput>;

/** A service key as issued: printable, no spaces. Trimmed, since pasting often adds a newline. */
export const ServiceKeySecret = z
  .string()
  .trim()
  .min(1, 'paste the service key')
  .max(MAX_CREDENTIAL_LENGTH, `at most ${MAX_CREDENTIAL_LENGTH} characters`)
  .regex(/^[\x21-\x7e]+$/, 'a service key has no spaces or special characters; check what was pasted');

const BASE64 = /^(?:[A-Za-z0-9+/]+|[A-Za-z0-9_-]+)={0,2}$/;

/**
 * The JWT service secret is base64 (seed 001: "decode the string before using the key to sign");
 * one that does not decode would sign tokens the API rejects, so it is refused when saved.
 */
export const JwtSecret = z
  .string()
  .trim()
  .min(1, 'paste the JWT service secret')
  .max(MAX_CREDENTIAL_LENGTH, `at most ${MAX_CREDENTIAL_LENGTH} characters`)
  .superRefine((value, ctx) => {
    const unpadded = value.replace(/=+$/, '');
    const padding = value.length - unpadded.length;
    const ok = BASE64.test(value) && unpadded.length % 4 !== 1 && (padding === 0 || value.length % 4 === 0) && unpadded.length >= 2;
    if (!ok)
      ctx.addIssue({
        code: 'custom',
        message: 'not valid base64: the JWT service secret is the base64 string shown on the service’s page; copy it whole',
      });
  });

export const SecretInput = z.object({ kind: SecretKind, secret: z.string() }).superRefine((input, ctx) => {
  const schema = input.kind === 'jwt' ? JwtSecret : ServiceKeySecret;
  const parsed = schema.safeParse(input.secret);
  if (!parsed.success) for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: ['secret'] });
});

/** Parses a secret of the given kind; the trimmed value on success. */
export function parseSecret(kind: SecretKind, secret: string): z.ZodSafeParseResult<string> {
  return (kind === 'jwt' ? JwtSecret : ServiceKeySecret).safeParse(secret);
}

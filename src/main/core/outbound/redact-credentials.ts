import type { HttpAnswer } from './http-post';

/** What stands where a credential was. */
export const REDACTED = '[redacted]';

/** Shorter header values (accept, a content type) are not secrets and would match innocent text. */
const MIN_SECRET_LENGTH = 8;

/** The credentials a request carried: each header value, and a Bearer token also on its own. */
function credentialsIn(headers: Record<string, string>): string[] {
  const values = Object.values(headers).flatMap((value) => {
    const token = /^Bearer\s+(.+)$/i.exec(value)?.[1];
    return token === undefined ? [value] : [value, token];
  });
  // Longest first, so "Bearer <jwt>" goes whole rather than leaving "Bearer " before a marker.
  return [...new Set(values)].filter((value) => value.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length);
}

function scrub(value: unknown, secrets: readonly string[]): unknown {
  if (typeof value === 'string') return secrets.reduce((text, secret) => text.split(secret).join(REDACTED), value);
  if (Array.isArray(value)) return value.map((item) => scrub(item, secrets));
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [scrub(key, secrets) as string, scrub(item, secrets)]));
  return value;
}

/**
 * The answer without the credentials its request carried. A base URL that echoes what it got (a
 * debugging proxy, an echo service, a mock) answers with our key and JWT; the answer is stored
 * for History and shown, and neither may ever hold a secret.
 */
export function withoutCredentials(answer: HttpAnswer, headers: Record<string, string>): HttpAnswer {
  const secrets = credentialsIn(headers);
  return secrets.length === 0 ? answer : { status: answer.status, body: scrub(answer.body, secrets) };
}

/** `text` without the credentials these request headers carried (a poll source's error page). */
export function textWithoutCredentials(text: string, headers: Record<string, string>): string {
  return scrub(text, credentialsIn(headers)) as string;
}

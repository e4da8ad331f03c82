import type { IncomingHttpHeaders } from 'node:http';
import { WebhookSource, type WebhookSource as Source } from '../../../shared/inbound/event';
import { REJECTED_BODY_PREVIEW_BYTES } from '../../../shared/limits/inbound';
import { jsonFaultWithoutSecrets } from './raw-secrets';

// Pure helpers of the listener: routes, header capture, content-type and body checks.

export interface WebhookRoute {
  /** Fixed by `/webhooks/<source>`; undefined = detect from the body. */
  source: Source | undefined;
  /** `/webhooks/<source>/<token>` or `/webhooks/<token>` (token verification). */
  token: string | null;
}

/** A path segment decoded, or null when its percent-encoding is broken (`%ZZ`, a lone `%`). */
function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** `/webhooks`, `/webhooks/<source>`, `/webhooks/<source>/<token>`, `/webhooks/<token>`; else null. */
export function parseRoute(pathname: string): WebhookRoute | null {
  const parts = pathname.split('/').filter((p) => p !== '');
  if (parts[0] !== 'webhooks' || parts.length > 3) return null;
  if (parts.length === 1) return { source: undefined, token: null };
  const second = decodeSegment(parts[1]!);
  const third = parts[2] === undefined ? null : decodeSegment(parts[2]);
  // No endpoint has a broken path: it is answered 404 and logged, like any unknown path.
  if (second === null || (parts[2] !== undefined && third === null)) return null;
  const source = WebhookSource.safeParse(second);
  if (source.success) return { source: source.data, token: third };
  if (parts.length === 2) return { source: undefined, token: second };
  return null;
}

/** The path as logged: a URL token is replaced so the rejected log never holds the secret. */
export function loggablePath(pathname: string, route: WebhookRoute | null): string {
  if (!route || route.token === null) return pathname;
  return route.source ? `/webhooks/${route.source}/<token>` : '/webhooks/<token>';
}

const REDACTED = new Set(['authorization', 'proxy-authorization', 'cookie']);
/**
 * Headers a sender's flow may be set up to attach a credential in: `key` (Webex Connect's own name
 * for a service key), `x-api-key`, `x-auth-token`, `x-service-key`, `client-secret`… A signature
 * (`x-hub-signature`) is not one: it only proves the body, and shows why a check failed.
 */
const CREDENTIAL_NAME = /(?:^|[-_])(?:key|token|secret|password|auth)$/;

/** Request headers as received, a repeated one joined: what verification reads. */
export function receivedHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name in headers) {
    const value = headers[name];
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

/** Received headers as stored: verbatim, except credentials the sender may have attached. */
export function storedHeaders(received: Record<string, string>): Record<string, string> {
  const out = { ...received };
  for (const name in out) if (REDACTED.has(name) || CREDENTIAL_NAME.test(name)) out[name] = '[redacted]';
  return out;
}

/** Request headers as stored. */
export const captureHeaders = (headers: IncomingHttpHeaders): Record<string, string> => storedHeaders(receivedHeaders(headers));

/** JSON media types: application/json, text/json, anything +json. A missing type is allowed (sniffed as JSON). */
export function contentTypeProblem(contentType: string | undefined): string | null {
  if (contentType === undefined || contentType.trim() === '') return null;
  const media = contentType.split(';')[0]!.trim().toLowerCase();
  if (media === 'application/json' || media === 'text/json' || media.endsWith('+json')) return null;
  return `Content-Type ${media} is not JSON: send the payload as application/json`;
}

export function preview(body: Buffer): { text: string; truncated: boolean } {
  const truncated = body.length > REJECTED_BODY_PREVIEW_BYTES;
  return { text: body.subarray(0, REJECTED_BODY_PREVIEW_BYTES).toString('utf8'), truncated };
}

/** Parses a JSON body; the error names what is wrong and where. */
export function parseJsonBody(text: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, reason: `body is not valid JSON: ${jsonFaultWithoutSecrets(error, text)}` };
  }
}

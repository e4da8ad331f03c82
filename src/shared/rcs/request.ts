import { requiredSecrets, type AuthMode, type Profile } from '../profiles/profile';
import { SANDBOX_REGION } from '../profiles/regions';
import type { RcsCarouselCard, RcsContent, RcsSuggestion } from './content';
import type { RcsSendOptions } from './load';

export interface RcsRequestInput {
  /** RCS app ID (`from`). */
  from: string;
  msisdns: readonly string[];
  content: RcsContent;
  options?: RcsSendOptions;
  correlationId?: string;
  requestedReceipts?: readonly string[];
}

/** rcsOptions as sent: only fields the user set; no fallback fields when fallback is off. */
export function rcsOptionsBody(options: RcsSendOptions | undefined): Record<string, unknown> | undefined {
  if (!options?.smsFallback) return undefined;
  const out: Record<string, unknown> = { smsFallback: true };
  if (options.smsSenderId?.trim()) out.smsSenderId = options.smsSenderId.trim();
  if (options.text?.trim()) out.text = options.text;
  if (options.carrierId?.trim()) out.carrierId = options.carrierId.trim();
  return out;
}

/** The full v2 Send Message body for an RCS design (seed 001). */
export function buildRcsRequest(input: RcsRequestInput): Record<string, unknown> {
  const group: Record<string, unknown> = { msisdn: [...input.msisdns] };
  if (input.correlationId) group.correlationId = input.correlationId;
  const body: Record<string, unknown> = { channel: 'rcs', from: input.from, to: [group] };
  const options = rcsOptionsBody(input.options);
  if (options) body.options = options;
  body.requestedReceipts = [...(input.requestedReceipts ?? ['DELIVERED', 'READ'])];
  body.content = input.content;
  return body;
}

/** Shell-quotes for POSIX sh: single quotes, with embedded ones closed and escaped. */
function shQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** Stands in for the endpoint when it is not known (the sandbox not running). */
export const CURL_ENDPOINT_PLACEHOLDER = 'https://YOUR-API-ENDPOINT';

/** Where a cURL export posts and how it authenticates: never a secret, only shell variables. */
export interface CurlTarget {
  baseUrl: string;
  auth: AuthMode;
}

/** The chosen profile's own endpoint (the sandbox's while it runs), and its auth mode. */
export function curlTarget(profile: Pick<Profile, 'region' | 'baseUrl' | 'authMode'> | undefined, sandboxUrl: string | null): CurlTarget {
  if (!profile) return { baseUrl: CURL_ENDPOINT_PLACEHOLDER, auth: 'key' };
  const baseUrl = profile.region === SANDBOX_REGION ? sandboxUrl : profile.baseUrl;
  return { baseUrl: baseUrl || CURL_ENDPOINT_PLACEHOLDER, auth: profile.authMode };
}

/**
 * A cURL command for the body. Credentials are always placeholders read from the shell's
 * environment: `$SERVICE_KEY` for the key header, `$JWT` for a bearer token; never a real secret.
 */
export function toCurl(body: unknown, target: CurlTarget): string {
  const url = `${target.baseUrl.replace(/\/+$/, '')}/v2/messages`;
  const auth = requiredSecrets(target.auth).map((kind) =>
    kind === 'key' ? `  -H "key: $SERVICE_KEY"` : `  -H "Authorization: Bearer $JWT"`,
  );
  return [
    `curl -sS -X POST ${shQuote(url)}`,
    `  -H 'Content-Type: application/json'`,
    ...auth,
    `  --data-binary ${shQuote(JSON.stringify(body, null, 2))}`,
  ].join(' \\\n');
}

/**
 * A starting SMS fallback text for a design: the words a handset without RCS should still get
 * (text, card titles and descriptions, link targets), cut to the fallback limit.
 */
export function fallbackTextFor(content: RcsContent, max: number): string {
  const lines: string[] = [];
  const chips = (list: readonly RcsSuggestion[] | undefined) => {
    for (const s of list ?? []) {
      if (s.type === 'openUrl') lines.push(`${s.displayText}: ${s.url}`);
      if (s.type === 'dialPhone') lines.push(`${s.displayText}: ${s.phone}`);
    }
  };
  const card = (c: RcsCarouselCard) => {
    lines.push(...[c.title, c.description].filter((t): t is string => !!t?.trim()));
    chips(c.suggestions);
  };
  switch (content.type) {
    case 'text':
      lines.push(content.text);
      break;
    case 'media':
      lines.push(content.mediaContentUrl);
      break;
    case 'standalone':
      card(content.richCard);
      break;
    case 'carousel':
      content.cards.forEach(card);
      break;
    case 'agentEvent':
      return '';
  }
  chips(content.suggestions);
  const text = lines.join('\n');
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

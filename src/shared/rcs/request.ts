import type { RcsContent } from './content';
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

/**
 * A cURL command for the body. The key is always the placeholder `$SERVICE_KEY` (read from the
 * shell's environment), never a real secret.
 */
export function toCurl(body: unknown, baseUrl: string): string {
  const url = `${baseUrl.replace(/\/+$/, '')}/v2/messages`;
  return [
    `curl -sS -X POST ${shQuote(url)}`,
    `  -H 'Content-Type: application/json'`,
    `  -H "key: $SERVICE_KEY"`,
    `  --data-binary ${shQuote(JSON.stringify(body, null, 2))}`,
  ].join(' \\\n');
}

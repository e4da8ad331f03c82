import { fromZod, isRecord, type RequestIssue } from './issues';
import { checkV1Rules } from './v1-rules';
import { V1RequestShape, type V1Request } from './v1-schema';
import { checkV2Rules } from './v2-rules';
import { V2RequestShape, type V2Request } from './v2-schema';

export type { V1Request } from './v1-schema';
export type { V2Request } from './v2-schema';
export type { RequestIssue } from './issues';
export type ApiVersion = 'v1' | 'v2';

export type ValidationResult =
  | { ok: true; api: 'v1'; request: V1Request }
  | { ok: true; api: 'v2'; request: V2Request }
  | { ok: false; api: ApiVersion; errors: RequestIssue[] };

export interface ValidateOptions {
  /** "Now" for the time rules (sendAt at most 7 days ahead, expireAt in the future); default Date.now(). */
  now?: number;
}

/** v1 bodies carry `deliverychannel` / `channels` / `destination`; v2 bodies `channel` with `to` or `content`. */
export function detectApi(body: unknown): ApiVersion | undefined {
  if (!isRecord(body)) return undefined;
  if ('deliverychannel' in body || 'channels' in body || 'destination' in body) return 'v1';
  if ('channel' in body && ('to' in body || 'content' in body)) return 'v2';
  return undefined;
}

/**
 * Checks a request body against the vendor's documented rules, the same way for the composer,
 * the outbox and the sandbox. Every error names its JSON path and the rule it breaks.
 */
export function validateRequest(api: 'v1', body: unknown, options?: ValidateOptions): Extract<ValidationResult, { api: 'v1' }> | Extract<ValidationResult, { ok: false }>;
export function validateRequest(api: 'v2', body: unknown, options?: ValidateOptions): Extract<ValidationResult, { api: 'v2' }> | Extract<ValidationResult, { ok: false }>;
export function validateRequest(api: ApiVersion, body: unknown, options?: ValidateOptions): ValidationResult;
export function validateRequest(api: ApiVersion, body: unknown, options: ValidateOptions = {}): ValidationResult {
  if (!isRecord(body)) return { ok: false, api, errors: [{ path: '', message: 'the request body must be a JSON object' }] };
  const now = options.now ?? Date.now();
  if (api === 'v1') {
    const parsed = V1RequestShape.safeParse(body);
    const errors = merge(parsed.success ? [] : fromZod(parsed.error), checkV1Rules(body));
    return errors.length === 0 && parsed.success ? { ok: true, api, request: parsed.data } : { ok: false, api, errors };
  }
  const parsed = V2RequestShape.safeParse(body);
  const errors = merge(parsed.success ? [] : fromZod(parsed.error), checkV2Rules(body, now));
  return errors.length === 0 && parsed.success ? { ok: true, api, request: parsed.data } : { ok: false, api, errors };
}

/** Field errors first, then cross-field ones, without saying the same thing twice for one path. */
function merge(fieldIssues: RequestIssue[], ruleIssues: RequestIssue[]): RequestIssue[] {
  const out = [...fieldIssues];
  for (const issue of ruleIssues) {
    if (!out.some((existing) => existing.path === issue.path && existing.message === issue.message)) out.push(issue);
  }
  return out;
}

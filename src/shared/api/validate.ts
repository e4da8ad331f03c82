import type { z } from 'zod';
import { softenPlaceholders } from './doc-placeholders';
import { isRecord } from '../is-record';
import type { ApiVersion } from './api-version';
import { fromZod, type IssueSink, type RequestIssue } from './issues';
import { unknownKeyWarnings } from './unknown-keys';
import { checkV1Rules } from './v1-rules';
import { V1RequestShape, type V1Request } from './v1-schema';
import { checkV2Rules } from './v2-rules';
import { V2RequestShape, type V2Request } from './v2-schema';

export type { V1Request } from './v1-schema';
export type { V2Request } from './v2-schema';
export type { RequestIssue } from './issues';

/**
 * `errors` refuse the request; `warnings` never do (documents that disagree, rules from elsewhere,
 * the docs' own placeholders, fields Relaydesk does not know, which are kept and sent).
 */
export type ValidationResult =
  | { ok: true; api: 'v1'; request: V1Request; warnings: RequestIssue[] }
  | { ok: true; api: 'v2'; request: V2Request; warnings: RequestIssue[] }
  | { ok: false; api: ApiVersion; errors: RequestIssue[]; warnings: RequestIssue[] };

export interface ValidateOptions {
  /** "Now" for the time rules (sendAt at most 7 days ahead, expireAt in the future); default Date.now(). */
  now?: number;
}

/**
 * Checks a request body against the vendor's documented rules, the same way for the composer,
 * the outbox and the sandbox. Every error and warning names its JSON path and the rule.
 */
export function validateRequest(
  api: 'v1',
  body: unknown,
  options?: ValidateOptions,
): Extract<ValidationResult, { api: 'v1' }> | Extract<ValidationResult, { ok: false }>;
export function validateRequest(
  api: 'v2',
  body: unknown,
  options?: ValidateOptions,
): Extract<ValidationResult, { api: 'v2' }> | Extract<ValidationResult, { ok: false }>;
export function validateRequest(api: ApiVersion, body: unknown, options?: ValidateOptions): ValidationResult;
export function validateRequest(api: ApiVersion, body: unknown, options: ValidateOptions = {}): ValidationResult {
  if (!isRecord(body)) return { ok: false, api, errors: [{ path: '', message: 'the request body must be a JSON object' }], warnings: [] };
  const now = options.now ?? Date.now();
  const shape: z.ZodType = api === 'v1' ? V1RequestShape : V2RequestShape;
  const parsed = shape.safeParse(body);
  const rules: IssueSink = { errors: [], warnings: [] };
  if (api === 'v1') checkV1Rules(body, rules);
  else checkV2Rules(body, now, rules);
  const { errors, warnings } = softenPlaceholders(body, merge(parsed.success ? [] : fromZod(parsed.error), rules.errors));
  const allWarnings = merge([...warnings, ...rules.warnings], unknownKeyWarnings(shape, body, `a ${api} request`));
  if (errors.length > 0) return { ok: false, api, errors, warnings: allWarnings };
  // A placeholder that only warns still fails the schema: the body goes on as it was written.
  const request = (parsed.success ? parsed.data : body) as V1Request & V2Request;
  return api === 'v1' ? { ok: true, api, request, warnings: allWarnings } : { ok: true, api, request, warnings: allWarnings };
}

/** Field errors first, then cross-field ones, without saying the same thing twice for one path. */
function merge(fieldIssues: RequestIssue[], ruleIssues: RequestIssue[]): RequestIssue[] {
  const out = [...fieldIssues];
  for (const issue of ruleIssues) {
    if (!out.some((existing) => existing.path === issue.path && existing.message === issue.message)) out.push(issue);
  }
  return out;
}

import type { RequestIssue } from './issues';
import { isRecord } from '../is-record';

// The vendor's published samples carry values no real request has: addresses the docs page masks
// ("9196zzzzzzzz", "[email protected]"), "<value1>"-style placeholders and enum fields written as
// the list of their choices ("VERTICAL/HORIZONTAL", "text or unicode"). A sample pasted as it is must not be refused
// for them: such a value turns its error into a warning that says what to fill in.

/** What the docs site shows in place of an address it hides from scrapers. */
const MASKED_EMAIL = '[email protected]';
/** Digits with a run of x or z standing for the hidden ones. */
const MASKED_NUMBER = /^\+?\d*[xXzZ]{3,}[\dxXzZ]*$/;
const ANGLE_PLACEHOLDER = /^<[^<>]+>$/;

function valueAt(body: unknown, path: string): unknown {
  if (path === '') return body;
  let current: unknown = body;
  for (const part of path.match(/[^.[\]]+|\[\d+\]/g) ?? []) {
    if (part.startsWith('[')) current = Array.isArray(current) ? current[Number(part.slice(1, -1))] : undefined;
    else current = isRecord(current) ? current[part] : undefined;
  }
  return current;
}

/** Why this value is a documentation placeholder, or undefined for an ordinary value. */
function placeholderReason(value: unknown, message: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  // The docs page writes "[email protected]" with a no-break space; \s matches it.
  const text = value.trim().replace(/\s+/g, ' ');
  if (text === MASKED_EMAIL) return `"${text}" is how the vendor's docs page hides an address: put a real address here before sending`;
  if (MASKED_NUMBER.test(text) && /\d/.test(text))
    return `"${text}" is a masked number from the vendor's docs: put a real one here before sending`;
  if (ANGLE_PLACEHOLDER.test(text)) return `"${text}" is a placeholder from the vendor's docs: fill it in before sending`;
  const parts = text.split(/\/|\s+or\s+/).map((part) => part.trim());
  if (parts.length > 1 && parts.every((part) => /^[A-Za-z_]+$/.test(part) && message.includes(part))) {
    return `"${text}" lists the documented choices (as the vendor's samples do): pick one before sending`;
  }
  return undefined;
}

/**
 * Splits errors into real errors and warnings for values that are the docs' own placeholders.
 * The warning keeps the rule: `path: why it is a placeholder (rule)`.
 */
export function softenPlaceholders(body: unknown, errors: readonly RequestIssue[]): { errors: RequestIssue[]; warnings: RequestIssue[] } {
  const out = { errors: [] as RequestIssue[], warnings: [] as RequestIssue[] };
  for (const issue of errors) {
    const reason = issue.rule === undefined ? placeholderReason(valueAt(body, issue.path), issue.message) : undefined;
    if (reason) out.warnings.push({ path: issue.path, message: `${reason} (${issue.message})` });
    else out.errors.push(issue);
  }
  return out;
}

import type { z } from 'zod';
import { formatPath } from '../errors';

/** One problem with a request: the JSON path (`to[0].msisdn[3]`) and the rule it breaks. */
export interface RequestIssue {
  path: string;
  message: string;
  /** Set for rules the sandbox answers with a specific code (e.g. `max_destinations` → 7009). */
  rule?: 'max_destinations';
}

export function fromZod(error: z.ZodError): RequestIssue[] {
  const seen = new Set<string>();
  const out: RequestIssue[] = [];
  for (const issue of error.issues) {
    const path = formatPath(issue.path);
    const key = `${path}\u0000${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ path, message: issue.message });
  }
  return out;
}

/**
 * Where rule checks report: `errors` refuse the request (a limit or rule the vendor documents),
 * `warnings` let it go and tell the user (documents that disagree, rules from elsewhere,
 * fields Relaydesk does not know).
 */
export interface IssueSink {
  errors: RequestIssue[];
  warnings: RequestIssue[];
}

/** `path: message`, or just the message for the whole body. */
export function describeIssue(issue: RequestIssue): string {
  return issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`;
}

/** All issues on one line, the first `max` in full and a count of the rest (for API error bodies). */
export function summarizeIssues(issues: readonly RequestIssue[], max = 10): string {
  const shown = issues.slice(0, max).map(describeIssue).join('; ');
  return issues.length > max ? `${shown}; and ${issues.length - max} more` : shown;
}

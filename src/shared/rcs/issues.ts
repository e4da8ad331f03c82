import { formatPath } from '../errors';
import { RcsRequestContent } from './content';

/** One broken rule, at a JSON path inside `content` (e.g. `cards[1].suggestions[0].displayText`). */
export interface RcsIssue {
  path: string;
  message: string;
}

/**
 * Every vendor-documented rule the content breaks, in document order: exactly what the outbox
 * refuses a v2 request's `content` for. Empty when it can be sent. Rules the vendor does not
 * document are warnings (rcsDesignWarnings), never a reason to stop a send.
 */
export function rcsIssues(content: unknown): RcsIssue[] {
  const result = RcsRequestContent.safeParse(content);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

/** Issues at exactly `path`. */
export function issuesAt(issues: readonly RcsIssue[], path: string): RcsIssue[] {
  return issues.filter((i) => i.path === path);
}

/** Issues at `path` or anywhere inside it. */
export function issuesUnder(issues: readonly RcsIssue[], path: string): RcsIssue[] {
  return issues.filter((i) => i.path === path || i.path.startsWith(`${path}.`) || i.path.startsWith(`${path}[`));
}

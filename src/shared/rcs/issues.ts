import { formatPath } from '../errors';
import { RcsContent } from './content';

/** One broken rule, at a JSON path inside `content` (e.g. `cards[1].suggestions[0].displayText`). */
export interface RcsIssue {
  path: string;
  message: string;
}

/** Every rule the content breaks, in document order. Empty when it can be sent. */
export function rcsIssues(content: unknown): RcsIssue[] {
  const result = RcsContent.safeParse(content);
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

import type { RcsIssue } from './issues';
import { describeRcsPath } from './paths';

/** A suggestion's postbackData at the suggestion's path inside `content` (`cards[0].suggestions[1]`). */
export interface PostbackAt {
  path: string;
  postbackData: unknown;
}

/**
 * Replies carry only their postbackData back, so two suggestions with the same one cannot be told
 * apart in the inbound feed. Each copy is flagged and names the others. Request validation passes
 * the suggestions it reads from a raw body, and the designer's warnings come from there: one rule.
 */
export function duplicatePostbacks(suggestions: readonly PostbackAt[]): RcsIssue[] {
  const byValue = new Map<string, string[]>();
  for (const { path, postbackData } of suggestions) {
    const value = typeof postbackData === 'string' ? postbackData.trim() : '';
    if (!value) continue;
    byValue.set(value, [...(byValue.get(value) ?? []), path]);
  }
  const out: RcsIssue[] = [];
  for (const [value, paths] of byValue) {
    if (paths.length < 2) continue;
    for (const path of paths) {
      const others = paths.filter((p) => p !== path).map((p) => describeRcsPath(p).toLowerCase());
      out.push({
        path: `${path}.postbackData`,
        message: `"${value}" is also the postbackData of ${others.join(' and ')}: a reply could not tell them apart`,
      });
    }
  }
  return out;
}

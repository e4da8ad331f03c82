import type { RcsIssue } from '../../../../shared/rcs/issues';
import { describeRcsPath } from '../../../../shared/rcs/paths';

// A list of rule problems or warnings: each says where in words (a link to the field), what is
// wrong, then its JSON path. The summary under the phone and the send panel both show it.

/** Moves focus to the field of a JSON path, switching to the Design tab first. */
export function focusPath(path: string, showDesign: () => void) {
  showDesign();
  requestAnimationFrame(() => {
    const exact = document.querySelector<HTMLElement>(`.rcs-editor [data-path="${CSS.escape(path)}"]`);
    const el = exact ?? document.querySelector<HTMLElement>(`.rcs-editor [data-path^="${CSS.escape(path)}"]`);
    el?.focus();
    el?.scrollIntoView({ block: 'center' });
  });
}

function IssueLine({ issue, onPick }: { issue: RcsIssue; onPick(path: string): void }) {
  return (
    <li>
      <button type="button" className="link-button" title={issue.path || 'content'} onClick={() => onPick(issue.path)}>
        {describeRcsPath(issue.path)}
      </button>
      : {issue.message} <code className="rcs-issue-path">{issue.path || 'content'}</code>
    </li>
  );
}

const SHOWN_ISSUES = 8;

export function IssueList({ issues, onPick }: { issues: readonly RcsIssue[]; onPick(path: string): void }) {
  return (
    <ul>
      {issues.slice(0, SHOWN_ISSUES).map((i, n) => (
        <IssueLine key={n} issue={i} onPick={onPick} />
      ))}
      {issues.length > SHOWN_ISSUES && <li>…and {issues.length - SHOWN_ISSUES} more</li>}
    </ul>
  );
}

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

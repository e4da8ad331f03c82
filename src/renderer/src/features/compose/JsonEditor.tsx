import { useMemo, useRef } from 'react';
import { JsonCodeEditor, type JsonCodeEditorHandle } from '../../components/JsonCodeEditor';
import { useComposeStore } from './compose-store';
import { lineOf, locatePaths, offsetOfPath } from './json-locate';
import { useValidation } from './validation';
import { useValidationWarnings } from './validation-warnings';
import type { RequestIssue } from '../../../../shared/api/validate';

type Located = { issue: RequestIssue; offset: number | undefined; line: number | null };

/** The whole request body as JSON, in sync with the form both ways. */
export function JsonEditor() {
  const text = useComposeStore((s) => s.jsonText);
  const error = useComposeStore((s) => s.jsonError);
  const setJsonText = useComposeStore((s) => s.setJsonText);
  const issues = useValidation();
  const warnings = useValidationWarnings();
  const editor = useRef<JsonCodeEditorHandle>(null);
  // Where each issue is in the text (only meaningful when the text parses, which issues imply).
  const [located, locatedWarnings] = useMemo((): [Located[], Located[]] => {
    if (error !== null || issues.length + warnings.length === 0) return [[], []];
    const paths = locatePaths(text);
    const locate = (issue: RequestIssue): Located => {
      const offset = offsetOfPath(paths, issue.path);
      return { issue, offset, line: offset === undefined ? null : lineOf(text, offset) };
    };
    return [issues.map(locate), warnings.map(locate)];
  }, [issues, warnings, text, error]);
  const jump = (offset: number | undefined) => {
    if (offset !== undefined) editor.current?.jumpTo(offset);
  };
  return (
    <div className="json-editor">
      <p className="field-hint">Comments and trailing commas are fine. Tab indents; Esc then Tab moves on.</p>
      <JsonCodeEditor ref={editor} label="Request body JSON" value={text} onChange={setJsonText} invalid={error !== null} height="520px" />
      {error !== null ? (
        <p className="field-error" role="alert" data-testid="json-error">
          Invalid JSON: {error}. The form keeps the last valid version until this parses.
        </p>
      ) : (
        <>
          {located.length > 0 && <IssueList label="Request problems" className="field-error" items={located} jump={jump} />}
          {/* Warnings never stop the send: the vendor may accept what Relaydesk cannot check. */}
          {locatedWarnings.length > 0 && <IssueList label="Request warnings" className="warn-note" items={locatedWarnings} jump={jump} />}
        </>
      )}
    </div>
  );
}

function IssueList(props: { label: string; className: string; items: Located[]; jump: (offset: number | undefined) => void }) {
  return (
    <ul className="issue-list" aria-label={props.label}>
      {props.items.map(({ issue, offset, line }) => (
        <li key={issue.path + issue.message} className={props.className}>
          {line !== null && (
            <button type="button" className="link-button line-link" onClick={() => props.jump(offset)} title="Put the cursor there">
              line {line}
            </button>
          )}
          {issue.path ? `${issue.path}: ` : ''}
          {issue.message}
        </li>
      ))}
    </ul>
  );
}

import { useComposeStore } from './compose-store';
import { useValidation } from './validation';

/** The whole request body as JSON, in sync with the form both ways. */
export function JsonEditor() {
  const text = useComposeStore((s) => s.jsonText);
  const error = useComposeStore((s) => s.jsonError);
  const setJsonText = useComposeStore((s) => s.setJsonText);
  const issues = useValidation();
  return (
    <div className="json-editor">
      <textarea
        aria-label="Request body JSON"
        className="mono json-text"
        spellCheck={false}
        value={text}
        onChange={(e) => setJsonText(e.target.value)}
        aria-invalid={error !== null}
        onKeyDown={(e) => {
          // Tab indents instead of leaving the editor; Shift+Tab still moves focus.
          if (e.key === 'Tab' && !e.shiftKey) {
            e.preventDefault();
            const el = e.currentTarget;
            const start = el.selectionStart;
            const next = text.slice(0, start) + '  ' + text.slice(el.selectionEnd);
            setJsonText(next);
            requestAnimationFrame(() => el.setSelectionRange(start + 2, start + 2));
          }
        }}
      />
      {error !== null ? (
        <p className="field-error" role="alert" data-testid="json-error">
          Invalid JSON: {error}. The form keeps the last valid version until this parses.
        </p>
      ) : (
        issues.length > 0 && (
          <ul className="issue-list" aria-label="Request problems">
            {issues.map((i) => (
              <li key={i.path + i.message} className="field-error">
                {i.path ? `${i.path}: ` : ''}
                {i.message}
              </li>
            ))}
          </ul>
        )
      )}
    </div>
  );
}

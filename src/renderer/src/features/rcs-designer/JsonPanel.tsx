import { describeRcsPath } from '../../../../shared/rcs/paths';
import { JsonCodeEditor } from '../../components/JsonCodeEditor';
import { useDesignerStore } from './designer-store';

/**
 * The `content` object as JSON, in sync both ways: design edits rewrite it; text typed or pasted
 * here replaces the design as soon as it loads (loose JSON from the docs included), and until then
 * the problems say exactly which part cannot be loaded and why, while the design stays as it was.
 */
export function JsonPanel() {
  const jsonText = useDesignerStore((s) => s.jsonText);
  const problems = useDesignerStore((s) => s.jsonProblems);
  const notes = useDesignerStore((s) => s.jsonNotes);
  const setJsonText = useDesignerStore((s) => s.setJsonText);
  const content = useDesignerStore((s) => s.content);
  const setContent = useDesignerStore((s) => s.setContent);
  return (
    <div className="rcs-json">
      <p className="field-hint">
        The <code>content</code> object of the v2 request. Paste a sample from the docs (comments and trailing commas are fine) or a whole
        v2 request: it loads as soon as it reads. Tab indents; Esc then Tab moves on.
      </p>
      <JsonCodeEditor
        label="content JSON"
        value={jsonText}
        onChange={setJsonText}
        invalid={problems.length > 0}
        ownHistory
        height="440px"
      />
      {problems.length > 0 ? (
        <div className="error-banner" role="alert" data-testid="rcs-json-problems">
          <strong>Cannot load this JSON; the design still shows the last version that loaded.</strong>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>
                {describeRcsPath(p.path)}: {p.message} {p.path ? <code className="rcs-issue-path">{p.path}</code> : null}
              </li>
            ))}
          </ul>
          <button type="button" className="button" onClick={() => setContent(structuredClone(content))}>
            Discard my JSON edits
          </button>
        </div>
      ) : (
        notes.length > 0 && (
          <div className="field-hint" role="status">
            Loaded. {notes.join('; ')}.
          </div>
        )
      )}
    </div>
  );
}

import { useState } from 'react';
import { useDesignerStore } from './designer-store';
import { useLibraryStore } from './library-store';

/** Name and tags for templates:save; overwrites the template it came from unless "save as new". */
export function SaveTemplateForm({ onDone }: { onDone(): void }) {
  const d = useDesignerStore();
  const lib = useLibraryStore();
  const [name, setName] = useState(d.name);
  const [tags, setTags] = useState(d.tags.join(', '));
  const tagList = tags
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  const save = async (asNew: boolean) => {
    if (await lib.saveTemplate(name.trim(), tagList, asNew)) onDone();
  };
  return (
    <form
      className="card rcs-save"
      aria-label="Save as template"
      onSubmit={(e) => {
        e.preventDefault();
        void save(false);
      }}
    >
      <div className="rcs-row">
        <div className="field">
          <label htmlFor="rcs-save-name">Template name</label>
          <input id="rcs-save-name" autoFocus value={name} onChange={(e) => setName(e.target.value)} />
          {name.trim() === '' && <div className="field-hint">A template needs a name.</div>}
        </div>
        <div className="field">
          <label htmlFor="rcs-save-tags">Tags (comma-separated)</label>
          <input id="rcs-save-tags" value={tags} onChange={(e) => setTags(e.target.value)} placeholder="promo, spring" />
        </div>
      </div>
      <div className="rcs-send-actions">
        <button type="submit" className="button primary" disabled={name.trim() === '' || lib.saving}>
          {d.templateId ? 'Save template' : 'Save as template'}
        </button>
        {d.templateId && (
          <button type="button" className="button" disabled={name.trim() === '' || lib.saving} onClick={() => void save(true)}>
            Save as new template
          </button>
        )}
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

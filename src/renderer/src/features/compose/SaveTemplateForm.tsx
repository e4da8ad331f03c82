import { useEffect, useState } from 'react';
import { api } from '../../api';
import { errorMessage } from '../../api-errors';
import { useComposeStore } from './compose-store';

/** Saves the current draft into the template library (name, tags, optional vendor template id). */
export function SaveTemplateForm(props: { onDone: (message: string) => void; onCancel: () => void }) {
  const [name, setName] = useState('');
  const [tags, setTags] = useState('');
  const [vendorId, setVendorId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const templateId = useComposeStore((s) => s.templateId);
  const [source, setSource] = useState<string | null>(null);
  const [overwrite, setOverwrite] = useState(true);
  // A draft opened from a template saves back into it by default, with its name and tags. The form
  // is open (and focused) while they load: a field the user already filled keeps what they typed.
  useEffect(() => {
    if (!templateId) return;
    void api['templates:get']({ id: templateId })
      .then((t) => {
        setSource(t.name);
        setName((typed) => typed || t.name);
        setTags((typed) => typed || t.tags.join(', '));
        setVendorId((typed) => typed || (t.vendorTemplateId ?? ''));
      })
      .catch(() => setSource(null));
  }, [templateId]);
  const save = async () => {
    const s = useComposeStore.getState();
    try {
      const saved = await api['templates:save']({
        ...(source !== null && overwrite && templateId ? { id: templateId } : {}),
        name,
        channel: s.channel,
        api: s.api,
        tags: tags
          .split(',')
          .map((t) => t.trim())
          .filter(Boolean),
        body: s.body,
        vendorTemplateId: vendorId.trim() === '' ? null : vendorId.trim(),
      });
      useComposeStore.setState({ templateId: saved.id });
      props.onDone(`Saved as template “${saved.name}”.`);
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <form
      className="card save-template"
      aria-label="Save as template"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div className="row-3">
        <div className="field">
          <label htmlFor="tpl-name">Template name</label>
          <input id="tpl-name" autoFocus value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="tpl-tags">Tags</label>
          <input id="tpl-tags" placeholder="promo, spring" value={tags} onChange={(e) => setTags(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="tpl-vendor">Vendor template ID (optional)</label>
          <input id="tpl-vendor" value={vendorId} onChange={(e) => setVendorId(e.target.value)} />
        </div>
      </div>
      {source !== null && (
        <label className="check">
          <input type="checkbox" checked={overwrite} onChange={(e) => setOverwrite(e.target.checked)} />
          Replace “{source}”, the template this draft came from (untick to save a new one)
        </label>
      )}
      {error && <p className="field-error">{error}</p>}
      <div className="button-row">
        <button type="submit" className="button primary" disabled={name.trim() === ''}>
          Save template
        </button>
        <button type="button" className="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

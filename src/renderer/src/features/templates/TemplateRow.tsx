import { useState } from 'react';
import type { TemplateSummary } from '../../../../shared/compose/model';
import { api } from '../../api';
import { openInCompose } from '../compose/open-draft';
import { downloadText } from '../../components/browser-io';
import { useTemplatesStore } from './templates-store';

/** One template: what it is, and Use / Duplicate / Rename / Export / Delete. */
export function TemplateRow(props: { template: TemplateSummary }) {
  const t = props.template;
  const run = useTemplatesStore((s) => s.run);
  const setFilter = useTemplatesStore((s) => s.setFilter);
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(t.name);
  const [confirming, setConfirming] = useState(false);
  return (
    <li className="template-row card" aria-label={`Template ${t.name}`}>
      <div className="template-main">
        {renaming ? (
          <form
            className="rename-form"
            onSubmit={(e) => {
              e.preventDefault();
              void run(async () => {
                await api['templates:rename']({ id: t.id, name });
                setRenaming(false);
                return `Renamed to “${name.trim()}”.`;
              });
            }}
          >
            <input
              aria-label="New name"
              autoFocus
              value={name}
              onChange={(e) => setName(e.target.value)}
              onKeyDown={(e) => e.key === 'Escape' && setRenaming(false)}
            />
            <button type="submit" className="button primary">
              Rename
            </button>
            <button type="button" className="button" onClick={() => setRenaming(false)}>
              Cancel
            </button>
          </form>
        ) : (
          <h3>{t.name}</h3>
        )}
        <div className="template-meta">
          <span className="pill">
            {t.api} · {t.channel}
          </span>
          {t.vendorTemplateId && (
            <span className="pill" title="Template kept by the vendor">
              vendor id {t.vendorTemplateId}
            </span>
          )}
          {t.tags.map((tag) => (
            <button key={tag} type="button" className="tag" onClick={() => setFilter({ tag })} title="Show templates with this tag">
              #{tag}
            </button>
          ))}
          <span className="muted">updated {new Date(t.updatedAt).toLocaleString()}</span>
        </div>
        {t.excerpt && <p className="excerpt">{t.excerpt}</p>}
      </div>
      <div className="template-actions">
        <button
          type="button"
          className="button primary"
          onClick={() =>
            void api['templates:get']({ id: t.id }).then((full) => {
              const body =
                full.vendorTemplateId && full.api === 'v2' && full.body.content === undefined
                  ? { ...full.body, template: { id: full.vendorTemplateId } }
                  : full.body;
              openInCompose(body, full.id);
            })
          }
        >
          Use
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void run(async () => `Duplicated as “${(await api['templates:duplicate']({ id: t.id })).name}”.`)}
        >
          Duplicate
        </button>
        <button type="button" className="button" onClick={() => setRenaming(true)}>
          Rename
        </button>
        <button
          type="button"
          className="button"
          onClick={() =>
            void run(async () => {
              const file = await api['templates:export']({ ids: [t.id] });
              downloadText(`${t.name.replace(/[^\w.-]+/g, '-')}.relaydesk-templates.json`, file.json, 'application/json');
              return `Exported “${t.name}”.`;
            })
          }
        >
          Export
        </button>
        {confirming ? (
          <>
            <button
              type="button"
              className="button danger"
              onClick={() => void run(async () => (await api['templates:delete']({ id: t.id }), `Deleted “${t.name}”.`))}
            >
              Delete for good
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              Keep
            </button>
          </>
        ) : (
          <button type="button" className="button danger" onClick={() => setConfirming(true)}>
            Delete
          </button>
        )}
      </div>
    </li>
  );
}

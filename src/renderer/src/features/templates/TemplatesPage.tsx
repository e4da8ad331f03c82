import { useEffect, useRef } from 'react';
import { ComposeChannel } from '../../../../shared/compose/model';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { api } from '../../api';
import { useNavStore } from '../shell/nav-store';
import { downloadText } from '../../components/browser-io';
import { TemplateRow } from './TemplateRow';
import { useTemplatesStore } from './templates-store';
import './templates.css';

export function TemplatesPage() {
  const { items, loaded, query, channel, tag, error, notice, importRejected, setFilter, run, importFile, clearMessages } =
    useTemplatesStore();
  const fileInput = useRef<HTMLInputElement>(null);
  const search = useRef<HTMLInputElement>(null);
  useEffect(() => {
    void useTemplatesStore.getState().load();
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'f') {
        e.preventDefault();
        search.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const filtered = query !== '' || channel !== '' || tag !== '';
  return (
    <div className="page templates-page">
      <PageHeader
        title="Templates"
        subtitle="Your saved messages, ready to reuse."
        actions={
          <>
            <button type="button" className="button" onClick={() => fileInput.current?.click()}>
              Import…
            </button>
            <input
              ref={fileInput}
              type="file"
              accept=".json,application/json"
              hidden
              data-testid="template-import-file"
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file) void file.text().then(importFile);
                e.target.value = '';
              }}
            />
            <button
              type="button"
              className="button"
              disabled={items.length === 0}
              onClick={() =>
                void run(async () => {
                  const file = await api['templates:export']({});
                  downloadText('relaydesk-templates.json', file.json, 'application/json');
                  return `Exported ${file.count} template${file.count === 1 ? '' : 's'}.`;
                })
              }
            >
              Export all
            </button>
          </>
        }
      />
      <div className="template-filters" role="search">
        <input
          ref={search}
          type="search"
          aria-label="Search templates"
          placeholder="Search name, tag or text (Ctrl+F)"
          value={query}
          onChange={(e) => setFilter({ query: e.target.value })}
        />
        <select aria-label="Channel" value={channel} onChange={(e) => setFilter({ channel: e.target.value as typeof channel })}>
          <option value="">all channels</option>
          {ComposeChannel.options.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
        {tag && (
          <button type="button" className="tag active" onClick={() => setFilter({ tag: '' })} aria-label={`Remove tag filter ${tag}`}>
            #{tag} ✕
          </button>
        )}
      </div>
      {error && (
        <div className="error-banner" role="alert">
          {error}{' '}
          <button type="button" className="link-button" onClick={clearMessages}>
            Dismiss
          </button>
        </div>
      )}
      {notice && (
        <div className="notice card" role="status">
          {notice}{' '}
          <button type="button" className="link-button" onClick={clearMessages}>
            Dismiss
          </button>
        </div>
      )}
      {importRejected.length > 0 && (
        <ul className="error-banner import-rejected" aria-label="Entries not imported">
          {importRejected.map((r) => (
            <li key={r.index}>{r.message}</li>
          ))}
        </ul>
      )}
      {loaded && items.length === 0 ? (
        filtered ? (
          <EmptyState icon="▤" title="No template matches">
            <p>Try other words, or clear the filters.</p>
          </EmptyState>
        ) : (
          <EmptyState
            icon="▤"
            title="No templates yet"
            action={
              <button type="button" className="button primary" onClick={() => useNavStore.getState().go('compose')}>
                Go to Compose
              </button>
            }
          >
            <p>Save a draft from Compose or a design from the RCS Designer as a template, or import templates from a JSON file.</p>
          </EmptyState>
        )
      ) : (
        <ul className="stack-list" aria-label="Templates">
          {items.map((t) => (
            <TemplateRow key={t.id} template={t} />
          ))}
        </ul>
      )}
    </div>
  );
}

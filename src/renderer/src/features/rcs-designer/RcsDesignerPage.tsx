import { useEffect, useMemo, useRef, useState } from 'react';
import { rcsIssues, type RcsIssue } from '../../../../shared/rcs/issues';
import { rcsDesignWarnings } from '../../../../shared/rcs/warnings';
import { PageHeader } from '../../components/PageHeader';
import { RcsPhonePreview } from '../../components/RcsPhonePreview';
import { ContentEditor } from './ContentEditor';
import { useDesignerStore, type EditorTab } from './designer-store';
import { IssuesContext, WarningsContext } from './fields';
import { focusPath, IssueList, plural } from './IssueList';
import { JsonPanel } from './JsonPanel';
import { useLibraryStore } from './library-store';
import { SaveTemplateForm } from './SaveTemplateForm';
import { SendPanel } from './SendPanel';
import { StartGallery } from './StartGallery';
import './rcs-designer.css';

const AUTOSAVE_DELAY_MS = 800;
const TABS: { id: EditorTab | 'send'; label: string }[] = [
  { id: 'design', label: 'Design' },
  { id: 'json', label: 'JSON' },
  { id: 'send', label: 'Send & export' },
];

function IssueSummary({
  issues,
  warnings,
  onPick,
}: {
  issues: readonly RcsIssue[];
  warnings: readonly RcsIssue[];
  onPick(path: string): void;
}) {
  return (
    <div role="status" data-testid="rcs-issue-summary">
      {issues.length === 0 ? (
        <div className="rcs-ok">
          {warnings.length === 0 ? '✓ Every rule passes: ready to send' : '✓ Every rule the vendor documents passes: ready to send'}
        </div>
      ) : (
        <div className="rcs-issues">
          <strong>{plural(issues.length, 'problem')} to fix</strong>
          <IssueList issues={issues} onPick={onPick} />
        </div>
      )}
      {warnings.length > 0 && (
        <div className="rcs-warnings" data-testid="rcs-warning-summary">
          <strong>{plural(warnings.length, 'warning')}: none stops a send</strong>
          <IssueList issues={warnings} onPick={onPick} />
        </div>
      )}
    </div>
  );
}

export function RcsDesignerPage() {
  const started = useDesignerStore((s) => s.started);
  const content = useDesignerStore((s) => s.content);
  const options = useDesignerStore((s) => s.options);
  const name = useDesignerStore((s) => s.name);
  const theme = useDesignerStore((s) => s.previewTheme);
  const setTheme = useDesignerStore((s) => s.setPreviewTheme);
  const undo = useDesignerStore((s) => s.undo);
  const canUndo = useDesignerStore((s) => s.past.length > 0);
  const close = useDesignerStore((s) => s.close);
  const setMeta = useDesignerStore((s) => s.setMeta);
  const notice = useLibraryStore((s) => s.notice);
  const libError = useLibraryStore((s) => s.error);
  const [tab, setTab] = useState<EditorTab | 'send'>('design');
  const [saving, setSaving] = useState(false);
  const issues = useMemo(() => rcsIssues(content), [content]);
  const warnings = useMemo(() => rcsDesignWarnings(content), [content]);
  const pick = (path: string) => focusPath(path, () => setTab('design'));

  // Autosave the work in progress as a recent design, a moment after the last edit.
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    if (!started) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void useLibraryStore.getState().autosave(), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer.current);
  }, [started, content, options, name]);
  // Leaving the area mid-edit saves at once rather than dropping the pending autosave.
  useEffect(
    () => () => {
      if (useDesignerStore.getState().started) void useLibraryStore.getState().autosave();
    },
    [],
  );
  const backToGallery = async () => {
    clearTimeout(timer.current);
    await useLibraryStore.getState().autosave();
    close();
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!started || !(e.ctrlKey || e.metaKey) || e.altKey) return;
      if (e.key.toLowerCase() === 's') {
        e.preventDefault();
        setSaving(true);
      }
      // Fields keep their own undo; outside them Ctrl+Z undoes the last design change.
      const target = e.target as HTMLElement | null;
      const inField = target?.closest('input, textarea, select, [contenteditable="true"]') != null;
      if (e.key.toLowerCase() === 'z' && !e.shiftKey && !inField) {
        e.preventDefault();
        useDesignerStore.getState().undo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [started]);

  if (!started) {
    return (
      <div className="page rcs-page">
        <PageHeader title="RCS Designer" subtitle="Build rich cards and carousels visually, see them on a phone, send a test." />
        <StartGallery />
      </div>
    );
  }

  return (
    <div className="page rcs-page">
      <PageHeader
        title="RCS Designer"
        subtitle="Every rule is checked as you type; the phone shows what handsets show."
        actions={
          <>
            <button type="button" className="button" onClick={() => void backToGallery()}>
              ← Gallery
            </button>
            <button
              type="button"
              className="button"
              disabled={!canUndo}
              onClick={undo}
              aria-label="Undo last change"
              title="Ctrl+Z outside a field"
            >
              ↶ Undo
            </button>
            <button type="button" className="button primary" onClick={() => setSaving(true)} title="Ctrl+S">
              Save as template…
            </button>
          </>
        }
      />
      {saving && <SaveTemplateForm onDone={() => setSaving(false)} />}
      {notice && !saving && (
        <div className="rcs-success" role="status">
          {notice}
        </div>
      )}
      {libError && <div className="error-banner">{libError}</div>}
      <div className="rcs-layout">
        <section className="rcs-left" aria-label="Editor">
          <div className="field rcs-name">
            <label htmlFor="rcs-design-name">Design name</label>
            <input id="rcs-design-name" value={name} placeholder="Untitled design" onChange={(e) => setMeta({ name: e.target.value })} />
          </div>
          <div className="rcs-tabs" role="tablist" aria-label="Editor views">
            {TABS.map((t) => (
              <button
                key={t.id}
                type="button"
                role="tab"
                aria-selected={tab === t.id}
                className={tab === t.id ? 'active' : undefined}
                onClick={() => setTab(t.id)}
              >
                {t.label}
              </button>
            ))}
          </div>
          <IssuesContext.Provider value={issues}>
            <WarningsContext.Provider value={warnings}>
              {tab === 'design' && <ContentEditor />}
              {tab === 'json' && <JsonPanel />}
              {tab === 'send' && <SendPanel issues={issues} onPick={pick} />}
            </WarningsContext.Provider>
          </IssuesContext.Provider>
        </section>
        <aside className="rcs-right" aria-label="Preview">
          <div className="rcs-preview-bar">
            <span className="rcs-preview-title">Phone preview</span>
            <div className="rcs-toggle" role="group" aria-label="Phone theme">
              <button type="button" aria-pressed={theme === 'light'} onClick={() => setTheme('light')}>
                ☀ Light
              </button>
              <button type="button" aria-pressed={theme === 'dark'} onClick={() => setTheme('dark')}>
                ☾ Dark
              </button>
            </div>
          </div>
          <RcsPhonePreview content={content} theme={theme} />
          <IssueSummary issues={issues} warnings={warnings} onPick={pick} />
        </aside>
      </div>
    </div>
  );
}

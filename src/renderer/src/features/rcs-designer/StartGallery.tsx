import { useEffect } from 'react';
import type { RcsContentType } from '../../../../shared/rcs/content';
import { blankContent } from '../../../../shared/rcs/edit';
import { RCS_STARTING_POINTS } from '../../../../shared/rcs/gallery';
import { RcsPhonePreview } from '../../components/RcsPhonePreview';
import { useDesignerStore } from './designer-store';
import { useLibraryStore } from './library-store';

const BLANKS: { type: RcsContentType; label: string }[] = [
  { type: 'text', label: 'Text' },
  { type: 'standalone', label: 'Rich card' },
  { type: 'carousel', label: 'Carousel' },
  { type: 'media', label: 'Media' },
  { type: 'agentEvent', label: 'Agent event' },
];

function when(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** Where a design starts: blank, a starting point, a recent design or an RCS template. */
export function StartGallery() {
  const start = useDesignerStore((s) => s.start);
  const lib = useLibraryStore();
  useEffect(() => {
    void useLibraryStore.getState().load();
  }, []);
  return (
    <div className="rcs-start">
      {lib.error && <div className="error-banner">{lib.error}</div>}
      {lib.recent.length > 0 && (
        <section aria-label="Recent designs">
          <h2>Recent designs</h2>
          <ul className="rcs-list">
            {lib.recent.map((d) => (
              <li key={d.id}>
                <button type="button" className="link-button" onClick={() => lib.openDesign(d)}>
                  {d.name}
                </button>
                <span className="field-hint">
                  {d.content.type} · {when(d.updatedAt)}
                </span>
                <button
                  type="button"
                  className="icon-button danger"
                  aria-label={`Forget recent design ${d.name}`}
                  onClick={() => void lib.deleteDesign(d.id)}
                >
                  ✕
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {lib.templates.length > 0 && (
        <section aria-label="RCS templates">
          <h2>RCS templates</h2>
          <ul className="rcs-list">
            {lib.templates.map((t) => (
              <li key={t.id}>
                <button type="button" className="link-button" onClick={() => void lib.openTemplate(t.id)}>
                  {t.name}
                </button>
                <span className="field-hint">{[t.tags.join(', '), t.excerpt].filter(Boolean).join(' · ')}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-label="Start blank">
        <h2>Start blank</h2>
        <div className="rcs-blank-row">
          {BLANKS.map((b) => (
            <button key={b.type} type="button" className="button" onClick={() => start(blankContent(b.type))}>
              + {b.label}
            </button>
          ))}
        </div>
      </section>
      <section aria-label="Starting points">
        <h2>Starting points</h2>
        <ul className="rcs-gallery">
          {RCS_STARTING_POINTS.map((p) => (
            <li key={p.id}>
              <button type="button" className="rcs-gallery-item" onClick={() => start(structuredClone(p.content), { name: p.name })}>
                <span className="rcs-gallery-thumb" aria-hidden="true">
                  <RcsPhonePreview content={p.content} label={p.name} />
                </span>
                <span className="rcs-gallery-name">{p.name}</span>
                <span className="field-hint">{p.summary}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

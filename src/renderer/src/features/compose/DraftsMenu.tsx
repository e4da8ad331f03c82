import { useState } from 'react';
import { useComposeStore } from './compose-store';

function draftTitle(body: Record<string, unknown>, channel: string): string {
  const content = body.content as Record<string, unknown> | undefined;
  const text = [content?.subject, content?.text].find((t): t is string => typeof t === 'string' && t.trim() !== '');
  return `${channel.toUpperCase()}: ${text ? text.slice(0, 40) : 'untitled'}`;
}

/** The autosaved drafts: reopen or discard one. */
export function DraftsMenu() {
  const drafts = useComposeStore((s) => s.drafts);
  const draftId = useComposeStore((s) => s.draftId);
  const [open, setOpen] = useState(false);
  return (
    <div className="menu-wrap">
      <button type="button" className="button" aria-expanded={open} onClick={() => setOpen((v) => !v)}>
        Drafts ({drafts.length})
      </button>
      {open && (
        <ul className="menu card" aria-label="Drafts">
          {drafts.length === 0 && <li className="muted">No drafts yet: they save themselves as you type.</li>}
          {drafts.map((d) => (
            <li key={d.id} className={d.id === draftId ? 'current' : ''}>
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  useComposeStore.getState().openDraft(d);
                  setOpen(false);
                }}
              >
                {draftTitle(d.body, d.channel)}
              </button>
              <span className="muted"> {new Date(d.updatedAt).toLocaleString()}</span>
              <button
                type="button"
                className="link-button danger"
                aria-label="Delete draft"
                onClick={() => void useComposeStore.getState().deleteDraft(d.id)}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

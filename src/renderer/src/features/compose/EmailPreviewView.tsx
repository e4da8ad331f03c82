import { useState } from 'react';
import { EMAIL_HTML_MAX_BYTES } from '../../../../shared/compose/channel-limits';
import { formatBytes, type EmailPreview } from '../../../../shared/compose/preview';
import { AttachmentSizes } from './AttachmentSizes';
import { HighlightedText } from './HighlightedText';

/** Extra CSS for the dark preview: how dark-mode mail clients recolour a message that allows it. */
const DARK_CSS = '<style>:root{color-scheme:dark}html,body{background:#1c1c1e;color:#e8e8ea}a{color:#8ab4f8}</style>';
const BASE_CSS = '<style>body{margin:16px;font-family:system-ui,sans-serif}</style>';

/**
 * The email as a recipient's client shows it. The HTML goes into an iframe with `sandbox=""` (no
 * scripts, no forms, no top navigation, an opaque origin) through srcdoc, never into our page.
 */
export function EmailPreviewView(props: { preview: EmailPreview; hasUnsubscribe: boolean; attachmentsLimit: number }) {
  const { preview } = props;
  const [width, setWidth] = useState<'desktop' | 'mobile'>('desktop');
  const [dark, setDark] = useState(false);
  const srcDoc = preview.html === null ? null : `<!doctype html><meta charset="utf-8">${BASE_CSS}${dark ? DARK_CSS : ''}${preview.html}`;
  const over = preview.htmlBytes > EMAIL_HTML_MAX_BYTES;
  return (
    <div className="email-preview">
      <div className="email-head card">
        <div className="email-from">
          <strong>{preview.fromName ? <HighlightedText value={preview.fromName} /> : preview.from || 'Sender'}</strong>
          {preview.fromName && <span className="muted"> &lt;{preview.from}&gt;</span>}
        </div>
        {preview.cc.length > 0 && (
          <div className="email-copies muted" data-testid="email-cc">
            Cc: {preview.cc.join(', ')}
          </div>
        )}
        {preview.bcc.length > 0 && (
          <div className="email-copies muted" data-testid="email-bcc">
            Bcc: {preview.bcc.join(', ')}
          </div>
        )}
        <div className="email-subject" data-testid="email-subject">
          {preview.subject.text === '' ? <span className="field-error">No subject</span> : <HighlightedText value={preview.subject} />}
        </div>
        <div className="email-preheader muted" title={preview.preheader.explicit ? 'From the preheader element' : 'No preheader element: inboxes show the start of the text'}>
          {preview.preheader.text || '—'} {!preview.preheader.explicit && preview.preheader.text && <em>(start of the text: no preheader element)</em>}
        </div>
      </div>
      {srcDoc !== null && (
        <>
          <div className="segmented" role="group" aria-label="Email width">
            <button type="button" aria-pressed={width === 'desktop'} onClick={() => setWidth('desktop')}>
              Desktop
            </button>
            <button type="button" aria-pressed={width === 'mobile'} onClick={() => setWidth('mobile')}>
              Mobile
            </button>
          </div>
          <div className="segmented" role="group" aria-label="Email colour scheme">
            <button type="button" aria-pressed={!dark} onClick={() => setDark(false)}>
              Light
            </button>
            <button type="button" aria-pressed={dark} onClick={() => setDark(true)}>
              Dark
            </button>
          </div>
          <div className={`email-frame-wrap ${width}`}>
            <iframe className="email-frame" title="Email HTML preview" sandbox="" srcDoc={srcDoc} data-testid="email-frame" />
          </div>
        </>
      )}
      <dl className="stats">
        <div>
          <dt>HTML size</dt>
          <dd className={over ? 'over' : ''} data-testid="email-size">
            {formatBytes(preview.htmlBytes)} / {formatBytes(EMAIL_HTML_MAX_BYTES)}
          </dd>
        </div>
        <div>
          <dt>Links</dt>
          <dd>{preview.links.length}</dd>
        </div>
        <div>
          <dt>Attachments</dt>
          <dd>{preview.attachments.length}</dd>
        </div>
      </dl>
      {!props.hasUnsubscribe && (
        <p className="warn-note" role="note">
          No <code>$(unsubscribe)</code> link: marketing mail should let people opt out. Add <code>&lt;a href="$(unsubscribe)"&gt;Unsubscribe&lt;/a&gt;</code>.
        </p>
      )}
      {preview.links.length > 0 && (
        <table className="link-table" aria-label="Links in the email">
          <thead>
            <tr>
              <th>Link</th>
              <th>Text</th>
              <th>Tracking</th>
            </tr>
          </thead>
          <tbody>
            {preview.links.map((link, i) => (
              <tr key={i}>
                <td className="mono break">{link.href || <span className="field-error">no href</span>}</td>
                <td>{link.text}</td>
                <td>
                  {link.unsubscribe ? <span className="pill pill-ok">unsubscribe</span> : link.noTrack ? <span className="pill">no-track-connect</span> : <span className="muted">tracked if trackClicks</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {preview.attachments.length > 0 && <AttachmentSizes attachments={preview.attachments} limit={props.attachmentsLimit} />}
      {preview.text && (
        <details open={preview.html === null}>
          <summary>Text part</summary>
          <pre className="text-part">
            <HighlightedText value={preview.text} />
          </pre>
        </details>
      )}
    </div>
  );
}

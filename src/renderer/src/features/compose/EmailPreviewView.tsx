import { useState } from 'react';
import { EMAIL_HTML_MAX_BYTES } from '../../../../shared/compose/channel-limits';
import type { EmailPreview } from '../../../../shared/compose/preview';
import { formatBytes } from '../../../../shared/limits/bytes';
import { AttachmentSizes } from './AttachmentSizes';
import { activeContentWarnings } from './email-text';
import { HighlightedText } from './HighlightedText';

const BASE_CSS = '<style>body{margin:16px;font-family:system-ui,sans-serif}</style>';
/** Always true / always false in a media query, whatever the frame's width. */
const MEDIA_TRUE = '(min-width: 0px)';
const MEDIA_FALSE = '(max-width: 0px)';

/**
 * The mail as a client in this scheme shows it, whatever this computer's own setting (a frame's
 * prefers-color-scheme follows the browser, not the toggle): its scheme queries are settled here.
 */
function inScheme(html: string, scheme: 'light' | 'dark'): string {
  const settled = html.replace(/\(\s*prefers-color-scheme\s*:\s*(light|dark)\s*\)/gi, (_, wanted: string) =>
    wanted.toLowerCase() === scheme ? MEDIA_TRUE : MEDIA_FALSE,
  );
  return `${settled}<style>:root{color-scheme:${scheme} !important}</style>`;
}
/**
 * A mail without: the clients that recolour it (Gmail's and Outlook's apps) invert its colours and
 * leave pictures as they are, so the white page turns dark and the dark text light, never grey on white.
 */
const DARK_INVERTED =
  '<style>html{background:#fff;min-height:100%;filter:invert(1) hue-rotate(180deg)}img,picture,video,svg,[background],[style*="background-image"]{filter:invert(1) hue-rotate(180deg)}</style>';

/** Whether the mail says how it looks in dark mode (a media query or a color-scheme declaration). */
function hasDarkStyles(html: string): boolean {
  return /prefers-color-scheme\s*:\s*dark/i.test(html) || /color-scheme[^;>]*dark/i.test(html);
}

/**
 * The email as a recipient's client shows it. The HTML goes into an iframe with `sandbox=""` (no
 * scripts, no forms, no top navigation, an opaque origin) through srcdoc, never into our page.
 */
export function EmailPreviewView(props: {
  preview: EmailPreview;
  hasUnsubscribe: boolean;
  attachmentsLimit: number;
  /** The text part is still the starter's placeholder (or missing): offer to make it from the HTML. */
  textPart: { stale: 'missing' | 'placeholder' | null; generate: (() => void) | null };
}) {
  const { preview } = props;
  const [width, setWidth] = useState<'desktop' | 'mobile'>('desktop');
  const [dark, setDark] = useState(false);
  const designedDark = preview.html !== null && hasDarkStyles(preview.html);
  // A mail with its own dark styles gets them (Apple Mail, Outlook.com); any other is inverted.
  const srcDoc =
    preview.html === null
      ? null
      : `<!doctype html><meta charset="utf-8">${BASE_CSS}${dark && !designedDark ? DARK_INVERTED : ''}${inScheme(preview.html, dark && designedDark ? 'dark' : 'light')}`;
  const active = preview.html === null ? [] : activeContentWarnings(preview.html);
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
        <div
          className="email-preheader muted"
          title={preview.preheader.explicit ? 'From the preheader element' : 'No preheader element: inboxes show the start of the text'}
        >
          {preview.preheader.text || '—'}{' '}
          {!preview.preheader.explicit && preview.preheader.text && <em>(start of the text: no preheader element)</em>}
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
          <div className={`email-frame-wrap ${width} ${dark ? 'dark' : ''}`}>
            <iframe className="email-frame" title="Email HTML preview" sandbox="" srcDoc={srcDoc} data-testid="email-frame" />
          </div>
          {dark && (
            <p className="field-hint" data-testid="email-dark-mode">
              {designedDark
                ? 'Shown with the mail’s own dark-mode styles, as Apple Mail and Outlook.com do.'
                : 'The mail has no dark-mode styles: shown with its colours inverted, as the Gmail and Outlook apps draw it.'}
            </p>
          )}
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
      {active.map((warning) => (
        <p key={warning} className="warn-note" role="note" data-testid="email-active-content">
          {warning}
        </p>
      ))}
      {props.textPart.stale && (
        <p className="warn-note" role="note" data-testid="email-text-stale">
          {props.textPart.stale === 'missing' ? 'The mail has no plain-text part' : 'The plain-text part still holds the starter text'}:
          readers whose client shows text only, and some spam filters, see that.{' '}
          {props.textPart.generate && (
            <button type="button" className="link-button" onClick={props.textPart.generate}>
              Generate it from the HTML
            </button>
          )}
        </p>
      )}
      {!props.hasUnsubscribe && (
        <p className="warn-note" role="note">
          No <code>$(unsubscribe)</code> link: marketing mail should let people opt out. Add{' '}
          <code>&lt;a href="$(unsubscribe)"&gt;Unsubscribe&lt;/a&gt;</code>.
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
                  {link.unsubscribe ? (
                    <span className="pill pill-ok">unsubscribe</span>
                  ) : link.noTrack ? (
                    <span className="pill">no-track-connect</span>
                  ) : (
                    <span className="muted">tracked if trackClicks</span>
                  )}
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

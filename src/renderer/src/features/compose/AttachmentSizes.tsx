import { checkAttachmentSizes, undeclaredAttachmentUrls } from '../../../../shared/compose/attachment-sizes';
import type { EmailPreview } from '../../../../shared/compose/preview';
import { formatBytes } from '../../../../shared/limits/bytes';
import { knownProbes, probeAttachmentUrls, useAttachmentProbes, useProbeWhenIdle } from './attachment-probes';

/**
 * The attachments of an email and their sizes. A request carries only URLs (a `size` is optional),
 * so the core asks each undeclared URL's server (HEAD) as soon as the attachment is there; Send
 * holds the same answers against the limit.
 */
export function AttachmentSizes(props: { attachments: EmailPreview['attachments']; limit: number }) {
  const refs = props.attachments.filter((a) => a.url.trim() !== '');
  const undeclared = undeclaredAttachmentUrls(refs);
  const probes = useAttachmentProbes((s) => s.probes);
  const checking = useAttachmentProbes((s) => s.checking);
  useProbeWhenIdle(undeclared);
  const busy = undeclared.some((url) => checking[url]);
  const answered = undeclared.every((url) => probes[url] !== undefined);
  const check = answered ? checkAttachmentSizes(refs, knownProbes(probes), props.limit) : null;
  return (
    <div className="attachments">
      <ul className="attachment-list" aria-label="Attachments">
        {props.attachments.map((a, i) => {
          const probe = probes[a.url];
          return (
            <li key={i} data-testid="attachment">
              {/* Drawn, not an emoji: machines without an emoji font showed an empty box. */}
              <svg className="attachment-icon" aria-hidden="true" viewBox="0 0 16 16" width="12" height="12">
                <path
                  d="M10.5 4.5 5.6 9.4a1.5 1.5 0 0 0 2.1 2.1l5-5a3 3 0 0 0-4.2-4.2l-5 5a4.5 4.5 0 0 0 6.4 6.4l4.1-4.1"
                  fill="none"
                  stroke="currentColor"
                  strokeWidth="1.4"
                  strokeLinecap="round"
                />
              </svg>{' '}
              {a.name || '(no name)'} <span className="muted">{a.mimeType}</span>{' '}
              {a.declaredBytes !== null ? (
                <>
                  <strong>{formatBytes(a.declaredBytes)}</strong> <span className="muted">(declared)</span>
                </>
              ) : probe ? (
                probe.bytes !== null ? (
                  <strong>{formatBytes(probe.bytes)}</strong>
                ) : (
                  <span className="field-error">size unknown: {probe.error}</span>
                )
              ) : (
                checking[a.url] && <span className="muted">checking the size…</span>
              )}
              <div className="mono break muted">{a.url}</div>
            </li>
          );
        })}
      </ul>
      <div className="button-row">
        {undeclared.length > 0 && (
          <button type="button" className="button" disabled={busy} onClick={() => void probeAttachmentUrls(undeclared, { fresh: true })}>
            {busy ? 'Checking…' : 'Check sizes again'}
          </button>
        )}
        {check && check.totals.unknown < refs.length && (
          <span className={check.error ? 'field-error' : 'muted'} data-testid="attachment-total">
            {formatBytes(check.totals.raw)} of files ≈ {formatBytes(check.totals.encoded)} after MIME encoding, limit{' '}
            {formatBytes(props.limit)}
            {check.totals.unknown > 0 && `; ${check.totals.unknown} size${check.totals.unknown === 1 ? '' : 's'} unknown`}
          </span>
        )}
      </div>
      {check?.error && (
        <p className="error-banner" role="alert" data-testid="attachment-limit-error">
          content.attachments: {check.error}
        </p>
      )}
      {check?.warnings.map((w) => (
        <p key={w} className="warn-note" role="note" data-testid="attachment-size-warning">
          {w[0]!.toUpperCase() + w.slice(1)}
        </p>
      ))}
      {!check && (
        <p className="field-hint">
          The vendor counts attachments after MIME encoding (about 137% of the file size) against {formatBytes(props.limit)}.
        </p>
      )}
    </div>
  );
}

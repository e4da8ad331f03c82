import { useState } from 'react';
import type { AttachmentProbe } from '../../../../shared/compose/model';
import { attachmentTotals } from '../../../../shared/compose/email';
import { formatBytes } from '../../../../shared/limits/bytes';
import { api } from '../../api';
import { errorMessage } from '../../api-errors';

/**
 * The attachments of an email and their sizes. A request carries only URLs, so sizes come from
 * a HEAD request per URL, on demand (it goes over the network).
 */
export function AttachmentSizes(props: { attachments: { name: string; mimeType: string; url: string }[]; limit: number }) {
  const [probes, setProbes] = useState<AttachmentProbe[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const urls = props.attachments.map((a) => a.url);
  const current = probes && probes.length === urls.length && probes.every((p, i) => p.url === urls[i]) ? probes : null;
  const totals = current ? attachmentTotals(current.map((p) => p.bytes)) : null;
  const check = async () => {
    setBusy(true);
    try {
      setProbes(await api['compose:probeAttachments']({ urls }));
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="attachments">
      <ul className="attachment-list" aria-label="Attachments">
        {props.attachments.map((a, i) => {
          const probe = current?.[i];
          return (
            <li key={i}>
              📎 {a.name || '(no name)'} <span className="muted">{a.mimeType}</span>{' '}
              {probe &&
                (probe.bytes !== null ? <strong>{formatBytes(probe.bytes)}</strong> : <span className="field-error">{probe.error}</span>)}
              <div className="mono break muted">{a.url}</div>
            </li>
          );
        })}
      </ul>
      <div className="button-row">
        <button type="button" className="button" disabled={busy || urls.length === 0} onClick={() => void check()}>
          {busy ? 'Checking…' : 'Check attachment sizes'}
        </button>
        {totals && (
          <span className={totals.encoded > props.limit ? 'field-error' : 'muted'} data-testid="attachment-total">
            {formatBytes(totals.raw)} of files ≈ {formatBytes(totals.encoded)} after MIME encoding, limit {formatBytes(props.limit)}
            {totals.unknown > 0 && `; ${totals.unknown} size${totals.unknown === 1 ? '' : 's'} unknown`}
          </span>
        )}
      </div>
      {error && <p className="field-error">{error}</p>}
      {!totals && (
        <p className="field-hint">
          The vendor counts attachments after MIME encoding (about 137% of the file size) against {formatBytes(props.limit)}.
        </p>
      )}
    </div>
  );
}

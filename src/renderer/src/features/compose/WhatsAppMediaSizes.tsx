import { whatsAppMediaRefs } from '../../../../shared/api/v1-whatsapp-media';
import { checkMediaSizes } from '../../../../shared/compose/media-sizes';
import { formatBytes } from '../../../../shared/limits/bytes';
import { knownProbes, probeAttachmentUrls, useAttachmentProbes, useProbeWhenIdle } from './attachment-probes';

/**
 * A v1 WhatsApp media message gives its file only by URL: the core asks the file's server (HEAD)
 * as soon as the URL is there, as for an email's attachments, and the preview holds the answer
 * against the WhatsApp page's maximum for its type; Send refuses on the same answer.
 */
export function WhatsAppMediaSizes(props: { body: unknown }) {
  const refs = whatsAppMediaRefs(props.body);
  const urls = refs.map((r) => r.url);
  const probes = useAttachmentProbes((s) => s.probes);
  const checking = useAttachmentProbes((s) => s.checking);
  useProbeWhenIdle(urls);
  if (refs.length === 0) return null;
  const answered = urls.every((url) => probes[url] !== undefined);
  const findings = answered ? checkMediaSizes(props.body, knownProbes(probes)).filter((f) => f.path !== 'content.attachments') : [];
  const busy = urls.some((url) => checking[url]);
  return (
    <div className="attachments" data-testid="media-sizes">
      {refs.map((r) => {
        const probe = probes[r.url];
        return (
          <p key={r.path} className="field-hint">
            {r.type}: {probe?.bytes != null ? <strong>{formatBytes(probe.bytes)}</strong> : busy ? 'checking the size…' : 'size not known'},
            limit {formatBytes(r.limitBytes)}{' '}
            <button type="button" className="link-button" disabled={busy} onClick={() => void probeAttachmentUrls(urls, { fresh: true })}>
              {busy ? 'Checking…' : 'Check size again'}
            </button>
          </p>
        );
      })}
      {findings.map(
        (f) =>
          f.error && (
            <p key={f.path} className="error-banner" role="alert" data-testid="media-limit-error">
              {f.path}: {f.error.message}
            </p>
          ),
      )}
      {findings.flatMap((f) =>
        f.warnings.map((w) => (
          <p key={w} className="warn-note" role="note" data-testid="media-size-warning">
            {w[0]!.toUpperCase() + w.slice(1)}
          </p>
        )),
      )}
    </div>
  );
}

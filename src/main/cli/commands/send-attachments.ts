import { emailAttachmentRefs, probedBytes, type EmailAttachmentRef } from '../../../shared/compose/attachment-sizes';
import { checkMediaSizes, mediaUrlsToProbe } from '../../../shared/compose/media-sizes';
import { formatBytes } from '../../../shared/limits/bytes';
import type { AttachmentProbe } from '../../../shared/compose/model';
import { probeAttachments } from '../../core/compose/attachment-probe';

interface PathMessage {
  path: string;
  message: string;
}

export interface CliMediaSizes {
  /** A documented size limit broken (an email's 10 MB, naming each attachment and its size; a WhatsApp media's own): refuses the send. */
  errors: PathMessage[];
  /** Sizes that could not be known (or the MIME-encoding margin, or a sticker only animated ones may be): the send goes on. */
  warnings: PathMessage[];
}

/**
 * An email request gives its attachments as URLs (a declared `size` is optional), a v1 WhatsApp
 * request its media as URLs only: the files' servers are asked (the core's HEAD probe, as Compose
 * asks it), so `relaydesk send` holds the same sizes against the same limits as Compose's Send.
 * Null when there is nothing to ask. Each URL waits at most the probe's own timeout, so an offline
 * send is slowed, never stopped.
 */
export async function checkMediaUrlSizes(body: unknown): Promise<CliMediaSizes | null> {
  const urls = mediaUrlsToProbe(body);
  if (urls.length === 0) return null;
  const probes = new Map((await probeAttachments(urls)).map((p) => [p.url, p]));
  const findings = checkMediaSizes(body, probes);
  const errors: PathMessage[] = [];
  const warnings: PathMessage[] = [];
  for (const f of findings) {
    if (f.error !== null) {
      const words = f.path === 'content.attachments' ? `: ${sizesInWords(emailAttachmentRefs(body), probes)}` : '';
      errors.push({ path: f.path, message: `${f.error.message}${words}` });
    }
    warnings.push(...f.warnings.map((message) => ({ path: f.path, message })));
  }
  return { errors, warnings };
}

/** Which attachments make up an email's total, each with its size and where that size came from. */
function sizesInWords(refs: readonly EmailAttachmentRef[], probes: ReadonlyMap<string, AttachmentProbe>): string {
  return refs
    .map((r) => {
      if (r.declaredBytes !== null) return `${r.url} ${formatBytes(r.declaredBytes)} (declared)`;
      const bytes = probedBytes(r.url, probes);
      return bytes === null ? `${r.url} size unknown` : `${r.url} ${formatBytes(bytes)} (from its server)`;
    })
    .join(', ');
}

import {
  checkAttachmentSizes,
  emailAttachmentRefs,
  undeclaredAttachmentUrls,
  type EmailAttachmentRef,
} from '../../../shared/compose/attachment-sizes';
import { formatBytes } from '../../../shared/limits/bytes';
import type { AttachmentProbe } from '../../../shared/compose/model';
import { probeAttachments } from '../../core/compose/attachment-probe';

export interface CliAttachmentSizes {
  /** The 10 MB limit broken, naming each attachment and its size: refuses the send. */
  error: string | null;
  /** Sizes that could not be known (or the MIME-encoding margin): the send goes on. */
  warnings: string[];
}

/**
 * An email request gives its attachments as URLs, and a declared `size` is optional: without one,
 * the file's server is asked (the core's HEAD probe, as Compose asks it), so `relaydesk send` holds
 * the same sizes against the same limit as Compose's Send. Null when there is nothing to ask: every
 * size declared (the request's own validation checks those) or no attachment by URL. Each URL waits
 * at most the probe's own timeout, so an offline send is slowed, never stopped.
 */
export async function checkEmailAttachmentSizes(body: unknown): Promise<CliAttachmentSizes | null> {
  const refs = emailAttachmentRefs(body);
  const urls = undeclaredAttachmentUrls(refs);
  if (urls.length === 0) return null;
  const probes = new Map((await probeAttachments(urls)).map((p) => [p.url, p]));
  const check = checkAttachmentSizes(refs, probes);
  if (check === null) return null;
  return { error: check.error === null ? null : `${check.error}: ${sizesInWords(refs, probes)}`, warnings: check.warnings };
}

/** Which attachments make up the total, each with its size and where that size came from. */
function sizesInWords(refs: readonly EmailAttachmentRef[], probes: ReadonlyMap<string, AttachmentProbe>): string {
  return refs
    .map((r) => {
      if (r.declaredBytes !== null) return `${r.url} ${formatBytes(r.declaredBytes)} (declared)`;
      const bytes = probes.get(r.url)?.bytes ?? null;
      return bytes === null ? `${r.url} size unknown` : `${r.url} ${formatBytes(bytes)} (from its server)`;
    })
    .join(', ');
}

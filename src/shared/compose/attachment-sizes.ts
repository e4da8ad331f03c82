import { attachmentsOverLimitMessage, declaredAttachmentBytes } from '../api/v2-rules';
import { isRecord } from '../is-record';
import { formatBytes } from '../limits/bytes';
import { V2_MAX_EMAIL_ATTACHMENTS_BYTES } from '../limits/v2';
import { attachmentTotals } from './email';
import type { AttachmentProbe } from './model';

/**
 * The 10 MB attachment limit for an email whose request gives only URLs: the sizes the request
 * declares, and for the rest what each file's server says (a HEAD probe, run by the core).
 */

/** How long the core waits for one attachment URL to answer a HEAD before calling its size unknown. */
export const ATTACHMENT_PROBE_TIMEOUT_MS = 5_000;

export interface EmailAttachmentRef {
  url: string;
  declaredBytes: number | null;
}

/** The attachments of a v2 email request that name a URL, with the size each declares (if any). */
export function emailAttachmentRefs(body: unknown): EmailAttachmentRef[] {
  if (!isRecord(body) || body.channel !== 'email' || !isRecord(body.content) || !Array.isArray(body.content.attachments)) return [];
  return body.content.attachments
    .filter(isRecord)
    .filter((a) => typeof a.mediaUrl === 'string' && a.mediaUrl.trim() !== '')
    .map((a) => ({ url: a.mediaUrl as string, declaredBytes: declaredAttachmentBytes(a) }));
}

/** URLs whose size only their server can tell, each once. */
export function undeclaredAttachmentUrls(refs: readonly EmailAttachmentRef[]): string[] {
  return [...new Set(refs.filter((r) => r.declaredBytes === null).map((r) => r.url))];
}

/** The size a file's server gave (the core's HEAD probe), or null when it gave none or was not asked yet. */
export function probedBytes(url: string, probes: ReadonlyMap<string, AttachmentProbe>): number | null {
  return probes.get(url)?.bytes ?? null;
}

/** Why a URL's size is unknown, in words: what the probe met, or that it has not run yet. */
export function unknownSizeReason(url: string, probes: ReadonlyMap<string, AttachmentProbe>): string {
  return probes.get(url)?.error ?? 'not checked yet';
}

export interface AttachmentSizeCheck {
  /** The documented limit broken: refuses the send. */
  error: string | null;
  /** Sizes that could not be learnt, and the MIME-encoding margin: the user may still send. */
  warnings: string[];
  totals: { raw: number; encoded: number; unknown: number };
}

/**
 * Holds the attachments against the limit. Null when every size is declared (the request's own
 * validation checks those) or there are no attachments by URL. A URL not probed (yet) is unknown.
 */
export function checkAttachmentSizes(
  refs: readonly EmailAttachmentRef[],
  probes: ReadonlyMap<string, AttachmentProbe>,
  limit = V2_MAX_EMAIL_ATTACHMENTS_BYTES,
): AttachmentSizeCheck | null {
  if (undeclaredAttachmentUrls(refs).length === 0) return null;
  const sizes = refs.map((r) => r.declaredBytes ?? probedBytes(r.url, probes));
  const totals = attachmentTotals(sizes);
  const warnings: string[] = [];
  const unknown = refs.filter((r, i) => sizes[i] === null);
  if (unknown.length > 0) {
    const reasons = unknown.map((r) => `${r.url} (${unknownSizeReason(r.url, probes)})`).join(', ');
    warnings.push(
      `the size of ${unknown.length} attachment${unknown.length === 1 ? '' : 's'} cannot be known: ${reasons}. The vendor refuses more than ${formatBytes(limit)} of attachments per email; check the file${unknown.length === 1 ? '' : 's'} yourself.`,
    );
  }
  const error =
    totals.raw > limit ? attachmentsOverLimitMessage(totals.raw, 'attachment sizes (declared, or from the files’ servers)') : null;
  if (error === null && totals.encoded > limit) {
    warnings.push(
      `attachments are ${formatBytes(totals.raw)}, about ${formatBytes(totals.encoded)} after MIME encoding: the vendor counts an email's size after encoding (seed 001, about 137%), so it may be refused`,
    );
  }
  return { error, warnings, totals };
}

import { whatsAppMediaRefs, whatsAppMediaSizeIssue, whatsAppMediaUnknownSize, type WhatsAppMediaRef } from '../api/v1-whatsapp-media';
import { checkAttachmentSizes, emailAttachmentRefs, probedBytes, undeclaredAttachmentUrls, unknownSizeReason } from './attachment-sizes';
import type { AttachmentProbe } from './model';

/**
 * Media a request gives only by URL whose size the vendor limits: a v2 email's attachments (10 MB
 * together, attachment-sizes) and a v1 WhatsApp image, audio, document, video or sticker (each its
 * own "Maximum Size", v1-whatsapp-media). The core asks each file's server (HEAD); Compose's send
 * confirmation and `relaydesk send` hold the answers against the limits here, the same way.
 */

/** URLs whose size only their server can tell, each once. */
export function mediaUrlsToProbe(body: unknown): string[] {
  return [...new Set([...undeclaredAttachmentUrls(emailAttachmentRefs(body)), ...whatsAppMediaRefs(body).map((r) => r.url)])];
}

export interface MediaSizeFinding {
  /** Where in the request: `content.attachments`, or the media's `url`. */
  path: string;
  /** What refuses the send, with its blocker code. */
  error: { code: 'attachments_too_large' | 'media_too_large'; message: string } | null;
  /** Sizes that could not be learnt, and margins: the user may still send. */
  warnings: string[];
}

/** Each limited media of the request against its limit; empty when there is nothing to hold. */
export function checkMediaSizes(body: unknown, probes: ReadonlyMap<string, AttachmentProbe>): MediaSizeFinding[] {
  const findings: MediaSizeFinding[] = [];
  const email = checkAttachmentSizes(emailAttachmentRefs(body), probes);
  if (email)
    findings.push({
      path: 'content.attachments',
      error: email.error === null ? null : { code: 'attachments_too_large', message: email.error },
      warnings: email.warnings,
    });
  for (const ref of whatsAppMediaRefs(body)) findings.push(whatsAppFinding(ref, probes));
  return findings;
}

function whatsAppFinding(ref: WhatsAppMediaRef, probes: ReadonlyMap<string, AttachmentProbe>): MediaSizeFinding {
  const bytes = probedBytes(ref.url, probes);
  if (bytes === null) return { path: ref.path, error: null, warnings: [whatsAppMediaUnknownSize(ref, unknownSizeReason(ref.url, probes))] };
  const issue = whatsAppMediaSizeIssue(ref, bytes);
  return {
    path: ref.path,
    error: issue.error === null ? null : { code: 'media_too_large', message: issue.error },
    warnings: issue.warning === null ? [] : [issue.warning],
  };
}

import { z } from 'zod';
import type { InboundAttachment, NormalizedEvent } from './event';
import { collectDetails, firstTime, noCorrelation, str } from './fields';
import { isRecord } from '../is-record';
import { attachmentFromUrl } from './imiconnect-attachments';
import { addIntegrationDetails } from './imiconnect-context';
import { readEmail } from './imiconnect-email';

// Webex Connect's copies of a message the service sent ("Email - Outbound Message",
// developers.webexconnect.io/reference/email-outbound-webhooks; "RCS - Outbound Message",
// /reference/data-streams-rcs): a flat object without `channel`, with tid / transid, appId,
// x_msg_seq, the service's `serviceKey` and either an email (from, fromName, `to` as a list,
// subject, body, attachments [{mediaUrl, mimeType, name}], smtpHeaders) or an RCS `content` (text,
// mediaContentUrl, richCard, cards) for an `msisdn`. It is our own send, so it is shown as an
// outbound message and tied to its request by transid. The serviceKey is a credential: it is never
// read into the event (the raw body is the core's to keep or scrub).

const Scalar = z.union([z.string(), z.number()]).optional();

export const ImiOutboundMessage = z.looseObject({
  tid: Scalar,
  transid: Scalar,
  appId: Scalar,
});
export type ImiOutboundMessage = z.infer<typeof ImiOutboundMessage>;

/** Fields only the sending side has; one of them tells this event from any other body. */
const SENDING_FIELDS = ['serviceKey', 'smtpHeaders', 'x_msg_seq', 'validateDestination', 'carrierId'] as const;

export function isImiOutboundMessage(body: Record<string, unknown>): boolean {
  if ('channel' in body || 'type' in body || 'locationId' in body || 'deliveryInfoNotification' in body) return false;
  if (!('tid' in body || 'transid' in body) || !SENDING_FIELDS.some((key) => key in body)) return false;
  return ('from' in body && 'to' in body) || ('msisdn' in body && isRecord(body.content));
}

export function normalizeImiOutboundMessage(payload: ImiOutboundMessage): NormalizedEvent {
  const body = payload as Record<string, unknown>;
  const details = collectDetails(body, ['appId', 'serviceId', 'replyTo', 'tid', 'priority']);
  addIntegrationDetails(details, body);
  const transid = str(payload.transid) ?? str(payload.tid);
  const event: NormalizedEvent = {
    source: 'imiconnect',
    kind: 'message',
    channel: 'email',
    direction: 'outbound',
    from: null,
    to: null,
    fromName: null,
    subject: null,
    text: null,
    attachments: [],
    // Apart from the user's MOs (keyed by their tid) and the receipts of the same send.
    externalId: transid === null ? null : `outbound|${transid.trim()}`,
    correlation: { ...noCorrelation(), transid: transid?.trim() ?? null },
    status: null,
    eventTime: firstTime(body.ts, body.timestamp, body.timeStamp),
    details,
  };
  if (isRecord(body.content)) {
    readRcsContent(event, body, body.content);
    return event;
  }
  const parsed = readEmail(event, body);
  event.attachments = parsed.attachments;
  if (parsed.problem) details.problem = parsed.problem;
  return event;
}

/** RCS `content`: text, or a rich card's / carousel cards' titles and descriptions, and their media as attachments. */
function readRcsContent(event: NormalizedEvent, body: Record<string, unknown>, content: Record<string, unknown>): void {
  event.channel = 'rcs';
  event.from = str(body.appId);
  event.to = str(body.msisdn);
  const cards = [content.richCard, ...(Array.isArray(content.cards) ? content.cards : [])].filter(isRecord);
  const lines = [str(content.text), ...cards.flatMap((card) => [str(card.title), str(card.description)])];
  event.text = lines.filter((line) => line !== null).join('\n') || null;
  const urls = [str(content.mediaContentUrl), ...cards.map((card) => (isRecord(card.media) ? str(card.media.url) : null))];
  event.attachments = urls.filter((url): url is string => url !== null).map((url): InboundAttachment => attachmentFromUrl(url.trim()));
  const kind = str(content.type);
  if (kind !== null) event.details.contentType = kind;
}

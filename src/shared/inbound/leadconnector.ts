import { z } from 'zod';
import type { InboundAttachment, InboundChannel, NormalizedEvent } from './event';
import { collectDetails, firstTime, noCorrelation, statusOf, str } from './fields';
import { leadConnectorAttachments, leadConnectorKind, LEADCONNECTOR_TYPES, V3_DETAIL_KEYS } from './leadconnector-fields';
import { htmlToText, joinAddresses, splitMailbox } from './mail-text';

// LeadConnector `InboundMessage` / `OutboundMessage` webhook events (seed 004): SMS, CALL
// (answered: status completed + recording URL; unanswered: status voicemail + voicemail URL),
// Email (subject, threadId, from, to/cc/bcc), GMB, FB, IG, Live Chat, WhatsApp; the v3 fields of
// marketplace.gohighlevel.com/docs/webhook/InboundMessage (from/to numbers, messageTypeString,
// conversationProviderId, callDuration, callStatus, chatWidgetId) and InternalComment.

const Scalar = z.union([z.string(), z.number()]).optional();
const Addresses = z.union([z.string(), z.array(z.string())]).optional();

export const LeadConnectorMessage = z.looseObject({
  type: z.enum(LEADCONNECTOR_TYPES),
  locationId: Scalar,
  attachments: z.array(z.unknown()).optional(),
  body: Scalar,
  contactId: Scalar,
  conversationId: Scalar,
  dateAdded: Scalar,
  direction: z.string().optional(),
  messageType: z.string().optional(),
  status: Scalar,
  messageId: Scalar,
  emailMessageId: Scalar,
  userId: Scalar,
  from: Scalar,
  to: Addresses,
  cc: Addresses,
  bcc: Addresses,
  subject: Scalar,
  threadId: Scalar,
});
export type LeadConnectorMessage = z.infer<typeof LeadConnectorMessage>;

export function isLeadConnector(body: Record<string, unknown>): boolean {
  return typeof body.type === 'string' && (LEADCONNECTOR_TYPES as readonly string[]).includes(body.type);
}

const CHANNELS: Record<string, InboundChannel> = {
  sms: 'sms',
  call: 'call',
  email: 'email',
  gmb: 'gmb',
  fb: 'facebook',
  facebook: 'facebook',
  ig: 'instagram',
  instagram: 'instagram',
  live_chat: 'livechat',
  livechat: 'livechat',
  'live chat': 'livechat',
  whatsapp: 'whatsapp',
  // v3 messageTypeString values for custom conversation providers.
  custom_sms: 'sms',
  custom_email: 'email',
};

function channelOf(messageType: unknown): InboundChannel {
  const key = (str(messageType) ?? '').toLowerCase().replace(/^type_/, '');
  return CHANNELS[key] ?? 'other';
}

/**
 * A short digest of a message's content (cyrb53: pure, no node:crypto in src/shared). Only tells
 * apart two messages of one conversation with the same timestamp; not a security measure.
 */
function contentDigest(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * The dedupe key of an event with no messageId: a retry repeats every field, while two messages
 * of one conversation can share a timestamp (seconds), so their body and attachments count too.
 */
function fallbackKeyOf(payload: LeadConnectorMessage, conversation: string | null, dateAdded: string | null): string | null {
  if (conversation === null || dateAdded === null) return null;
  const content = [
    payload.messageType ?? '',
    payload.body ?? '',
    ...(payload.attachments ?? []).map((a) => (typeof a === 'string' ? a : JSON.stringify(a))),
  ].join('\u0000');
  return `${payload.type}|${conversation}|${dateAdded}|${contentDigest(content)}`;
}

export function normalizeLeadConnector(payload: LeadConnectorMessage): NormalizedEvent {
  const body = payload as Record<string, unknown>;
  const channel = channelOf(payload.messageType ?? body.messageTypeString);
  const direction =
    (payload.direction ?? '').toLowerCase() === 'outbound' || (payload.direction === undefined && payload.type !== 'InboundMessage')
      ? 'outbound'
      : 'inbound';
  // v3 calls may carry their outcome only as callStatus.
  const status = statusOf(payload.status ?? body.callStatus);
  const contact = str(payload.contactId);
  const us = str(payload.userId) ?? str(payload.locationId);
  // v3 events name both ends' numbers; older ones only the contact and our user/location ids.
  let from = str(payload.from) ?? (direction === 'inbound' ? contact : us);
  let to = str(body.to) ?? (direction === 'inbound' ? us : contact);
  let fromName: string | null = null;
  let text = str(payload.body);
  if (channel === 'email') {
    const mailbox = splitMailbox(payload.from);
    if (mailbox.address !== null) from = mailbox.address;
    fromName = mailbox.name;
    to = joinAddresses(payload.to) ?? to;
    if (text !== null && /<[a-z][\s\S]*>/i.test(text)) text = str(htmlToText(text));
  }
  const attachments: InboundAttachment[] = leadConnectorAttachments(payload.attachments ?? [], channel, status?.deliveryStatus ?? null);
  const details = collectDetails(body, [
    'type',
    'locationId',
    'contactId',
    'conversationId',
    'contentType',
    'userId',
    'messageType',
    'threadId',
    'provider',
    'emailMessageId',
    ...V3_DETAIL_KEYS,
  ]);
  const cc = joinAddresses(payload.cc);
  const bcc = joinAddresses(payload.bcc);
  if (cc !== null) details.cc = cc;
  if (bcc !== null) details.bcc = bcc;
  const messageId = str(payload.messageId);
  const conversation = str(payload.conversationId);
  const dateAdded = str(payload.dateAdded);
  const fallbackKey = messageId === null ? fallbackKeyOf(payload, conversation, dateAdded) : null;
  return {
    source: 'leadconnector',
    kind: leadConnectorKind(payload.type, channel),
    channel,
    direction,
    from,
    to,
    fromName,
    subject: str(payload.subject),
    text,
    attachments,
    externalId: messageId ?? str(payload.emailMessageId) ?? fallbackKey,
    correlation: { ...noCorrelation(), messageId },
    status,
    eventTime: firstTime(payload.dateAdded),
    details,
  };
}

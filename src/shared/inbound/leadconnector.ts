import { z } from 'zod';
import type { InboundAttachment, InboundChannel, NormalizedEvent } from './event';
import { collectDetails, firstTime, noCorrelation, statusOf, str } from './fields';

// LeadConnector `InboundMessage` / `OutboundMessage` webhook events (seed 004): SMS, CALL
// (answered: status completed + recording URL; unanswered: status voicemail + voicemail URL),
// Email (subject, threadId, from, to/cc/bcc), GMB, FB, IG, Live Chat, WhatsApp.

const Scalar = z.union([z.string(), z.number()]).optional();
const Addresses = z.union([z.string(), z.array(z.string())]).optional();

export const LeadConnectorMessage = z.looseObject({
  type: z.enum(['InboundMessage', 'OutboundMessage']),
  locationId: Scalar,
  attachments: z.array(z.unknown()).optional(),
  body: z.string().optional(),
  contactId: Scalar,
  conversationId: Scalar,
  dateAdded: Scalar,
  direction: z.string().optional(),
  messageType: z.string().optional(),
  status: Scalar,
  messageId: Scalar,
  emailMessageId: Scalar,
  userId: Scalar,
  from: z.string().optional(),
  to: Addresses,
  cc: Addresses,
  bcc: Addresses,
  subject: z.string().optional(),
  threadId: Scalar,
});
export type LeadConnectorMessage = z.infer<typeof LeadConnectorMessage>;

export function isLeadConnector(body: Record<string, unknown>): boolean {
  return body.type === 'InboundMessage' || body.type === 'OutboundMessage';
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
};

function channelOf(messageType: string | undefined): InboundChannel {
  const key = (messageType ?? '').toLowerCase().replace(/^type_/, '');
  return CHANNELS[key] ?? 'other';
}

function joinAddresses(value: string | string[] | undefined): string | null {
  if (value === undefined) return null;
  const list = (Array.isArray(value) ? value : [value]).map((s) => s.trim()).filter((s) => s !== '');
  return list.length === 0 ? null : list.join(', ');
}

/** "Internal Notify <notify@example.com>" → name and address. */
function splitMailbox(value: string | undefined): { name: string | null; address: string | null } {
  const text = str(value);
  if (text === null) return { name: null, address: null };
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(text);
  if (!match) return { name: null, address: text };
  return { name: str(match[1]), address: str(match[2]) };
}

function htmlToText(html: string): string {
  return html
    .replace(/<(style|script)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<br\s*\/?>|<\/(p|div|li|tr)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
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
  const content = [payload.messageType ?? '', payload.body ?? '', ...(payload.attachments ?? []).map((a) => (typeof a === 'string' ? a : JSON.stringify(a)))].join('\u0000');
  return `${payload.type}|${conversation}|${dateAdded}|${contentDigest(content)}`;
}

export function normalizeLeadConnector(payload: LeadConnectorMessage): NormalizedEvent {
  const body = payload as Record<string, unknown>;
  const channel = channelOf(payload.messageType);
  const direction = (payload.direction ?? '').toLowerCase() === 'outbound' || (payload.direction === undefined && payload.type === 'OutboundMessage') ? 'outbound' : 'inbound';
  const status = statusOf(payload.status);
  const contact = str(payload.contactId);
  const us = str(payload.userId) ?? str(payload.locationId);
  let from = direction === 'inbound' ? contact : us;
  let to = direction === 'inbound' ? us : contact;
  let fromName: string | null = null;
  let text = str(payload.body);
  if (channel === 'email') {
    const mailbox = splitMailbox(payload.from);
    if (mailbox.address !== null) from = mailbox.address;
    fromName = mailbox.name;
    to = joinAddresses(payload.to) ?? to;
    if (text !== null && /<[a-z][\s\S]*>/i.test(text)) text = str(htmlToText(text));
  }
  const attachmentType: InboundAttachment['type'] =
    channel === 'call' ? (status?.deliveryStatus === 'voicemail' ? 'voicemail' : 'recording') : 'file';
  const attachments = (payload.attachments ?? []).flatMap((item): InboundAttachment[] => {
    const url = str(item);
    return url === null ? [] : [{ type: attachmentType, url }];
  });
  const details = collectDetails(body, ['type', 'locationId', 'contactId', 'conversationId', 'contentType', 'userId', 'messageType', 'threadId', 'provider', 'emailMessageId']);
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
    kind: channel === 'call' ? 'call' : 'message',
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

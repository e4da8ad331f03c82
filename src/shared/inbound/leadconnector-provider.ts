import { z } from 'zod';
import type { NormalizedEvent } from './event';
import { collectDetails, noCorrelation, str } from './fields';
import { leadConnectorAttachments } from './leadconnector-fields';
import { htmlToText, joinAddresses, splitMailbox } from './mail-text';

// LeadConnector "Conversation Provider - Outbound Message" (ProviderOutboundMessage,
// marketplace.gohighlevel.com/docs/webhook/ProviderOutboundMessage): sent to a custom conversation
// provider when a user messages a contact, for it to deliver. Unlike the other events its `type`
// is the channel ("SMS" or "Email"): {contactId, locationId, messageId, emailMessageId, type,
// attachments, message, phone, emailTo, emailFrom, html, subject, userId}.

const Scalar = z.union([z.string(), z.number()]).optional();

export const ProviderOutboundMessage = z.looseObject({
  type: z.string(),
  locationId: Scalar,
  contactId: Scalar,
  messageId: Scalar,
  emailMessageId: Scalar,
  attachments: z.array(z.unknown()).optional(),
  message: Scalar,
  phone: Scalar,
  emailTo: z.union([z.string(), z.array(z.string())]).optional(),
  emailFrom: Scalar,
  html: Scalar,
  subject: Scalar,
  userId: Scalar,
});
export type ProviderOutboundMessage = z.infer<typeof ProviderOutboundMessage>;

export function isProviderOutboundMessage(body: Record<string, unknown>): boolean {
  const type = typeof body.type === 'string' ? body.type.toLowerCase() : '';
  return (
    (type === 'sms' || type === 'email') &&
    'locationId' in body &&
    ('phone' in body || 'emailTo' in body || 'message' in body || 'html' in body)
  );
}

export function normalizeProviderOutbound(payload: ProviderOutboundMessage): NormalizedEvent {
  const email = payload.type.toLowerCase() === 'email';
  const sender = splitMailbox(payload.emailFrom);
  const html = str(payload.html);
  const messageId = str(payload.messageId);
  const id = messageId ?? str(payload.emailMessageId);
  const details = collectDetails(payload as Record<string, unknown>, ['locationId', 'contactId', 'userId', 'emailMessageId']);
  details.type = 'ProviderOutboundMessage';
  return {
    source: 'leadconnector',
    kind: 'message',
    channel: email ? 'email' : 'sms',
    direction: 'outbound',
    from: sender.address ?? str(payload.userId) ?? str(payload.locationId),
    to: (email ? joinAddresses(payload.emailTo) : str(payload.phone)) ?? str(payload.contactId),
    fromName: sender.name,
    subject: str(payload.subject),
    text: str(payload.message) ?? (html === null ? null : str(htmlToText(html))),
    attachments: leadConnectorAttachments(payload.attachments ?? [], email ? 'email' : 'sms', null),
    // Prefixed: the OutboundMessage event of the same message carries the same messageId.
    externalId: id === null ? null : `provider|${id}`,
    correlation: { ...noCorrelation(), messageId },
    status: null,
    eventTime: null,
    details,
  };
}

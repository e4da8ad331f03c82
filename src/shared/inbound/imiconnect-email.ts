import type { NormalizedEvent } from './event';
import { str } from './fields';
import { genericAttachments, readAttachmentString, type AttachmentParse } from './imiconnect-attachments';
import { htmlToText, joinAddresses, looksLikeHtml, splitMailbox } from './mail-text';

// Webex Connect email inbound (Outbound Webhooks → Email, "copy of incoming messages/events",
// developers.webexconnect.io/reference/email-outbound-webhooks): `channel: "Email"` with the
// sender, recipients, subject, the body as text and/or HTML, and attachments; `event` MO, or
// Subscribe / Unsubscribe when a recipient joins or leaves a list. Field names differ between the
// documents' versions, so each is read from its usual spellings.

export function readEmail(event: NormalizedEvent, body: Record<string, unknown>): AttachmentParse {
  const sender = splitMailbox(body.from ?? body.fromAddress ?? body.sender ?? body.email);
  event.from = sender.address ?? str(body.userId);
  event.fromName = sender.name ?? str(body.fromName) ?? str(body.name);
  event.to = joinAddresses(body.to ?? body.toAddress) ?? event.to;
  event.subject = str(body.subject);
  const text = str(body.text ?? body.textBody ?? body.message ?? body.body);
  const html = str(body.html ?? body.htmlBody);
  event.text = text !== null && !looksLikeHtml(text) ? text : str(htmlToText(text ?? html ?? ''));
  const cc = joinAddresses(body.cc);
  const bcc = joinAddresses(body.bcc);
  if (cc !== null) event.details.cc = cc;
  if (bcc !== null) event.details.bcc = bcc;
  const messageId = str(body.messageId ?? body.emailMessageId);
  if (messageId !== null) event.details.messageId = messageId;
  return readAttachmentString(body.attachments ?? body.attachment, genericAttachments);
}

import type { NormalizedEvent } from './event';
import { str, withoutLeftoverEscapes } from './fields';
import { genericAttachments, readAttachmentString, type AttachmentParse } from './imiconnect-attachments';
import { addressList, htmlToText, joinAddresses, looksLikeHtml, splitMailbox } from './mail-text';

// Webex Connect email inbound (Outbound Webhooks → Email, "copy of incoming messages/events",
// developers.webexconnect.io/reference/email-outbound-webhooks): `channel: "Email"` with the
// sender, recipients, subject, the body as text and/or HTML, and attachments; `event` MO, or
// Subscribe / Unsubscribe when a recipient joins or leaves a list. Field names differ between the
// documents' versions, so each is read from its usual spellings. The v6.20 page's Inbound Message
// sends `textMessage` / `htmlMessage`, `to` as a JSON list of mailboxes inside a string, and names
// the list a Subscribe / Unsubscribe is about in `senderId`.

export function readEmail(event: NormalizedEvent, body: Record<string, unknown>): AttachmentParse {
  const sender = splitMailbox(body.from ?? body.fromAddress ?? body.sender ?? body.email);
  event.from = sender.address ?? str(body.userId);
  event.fromName = sender.name ?? str(body.fromName) ?? str(body.name);
  event.to = addressList(body.to ?? body.toAddress) ?? str(body.senderId) ?? event.to;
  event.subject = str(body.subject);
  const text = str(body.textMessage ?? body.text ?? body.textBody ?? body.message ?? body.body);
  const html = str(body.htmlMessage ?? body.html ?? body.htmlBody);
  const shown = text !== null && !looksLikeHtml(text) ? text : str(htmlToText(text ?? html ?? ''));
  event.text = shown === null ? null : withoutLeftoverEscapes(shown);
  const cc = joinAddresses(body.cc);
  const bcc = joinAddresses(body.bcc);
  if (cc !== null) event.details.cc = cc;
  if (bcc !== null) event.details.bcc = bcc;
  const messageId = str(body.messageId ?? body.emailMessageId);
  if (messageId !== null) event.details.messageId = messageId;
  return readAttachmentString(body.attachments ?? body.attachment, genericAttachments);
}

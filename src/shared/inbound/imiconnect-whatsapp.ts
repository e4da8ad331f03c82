import type { InboundAttachment, InboundKind, NormalizedEvent } from './event';
import { jsonish, num, str } from './fields';
import { isRecord } from '../is-record';
import { genericAttachments, readAttachmentString, type AttachmentParse } from './imiconnect-attachments';

// Webex Connect WhatsApp inbound (Outbound Webhooks → WhatsApp "Incoming Messages & Events",
// developers.webexconnect.io/reference/whatsapp-outbound-webhooks, and the same payload in
// /reference/data-streams-whatsapp): `channel: "WhatsApp"`, the user's `waid`, profile name
// `username`, our `appId`, `message`, and JSON-in-a-string `attachments` ([{mime_type, caption,
// url}]), `location` and `contacts`; a template quick reply carries `buttonText`. Interactive list
// and reply-button taps, postbacks and the marketing `user_preference` event arrive with their own
// `event` and the selection as an object or JSON string; their field names vary, so any of the
// usual ones is read.

const REPLY_KEYS = [
  'postback',
  'interactive',
  'interactiveData',
  'listReply',
  'list_reply',
  'buttonReply',
  'button_reply',
  'reply',
  'list',
  'button',
] as const;

export interface InteractiveReply {
  /** What the user saw and tapped (title / text). */
  text: string | null;
  /** What the app gets back (payload / id). */
  data: string | null;
}

/** The tapped button / list row / postback of a payload, from whichever field carries it. */
export function interactiveReply(body: Record<string, unknown>): InteractiveReply | null {
  for (const key of REPLY_KEYS) {
    const raw = body[key];
    if (raw === undefined || raw === '' || raw === null) continue;
    let value = jsonish(raw);
    if (value === null) return { text: str(raw), data: str(raw) };
    // Meta's shape nests the selection: {type: "list_reply", list_reply: {id, title}}.
    if (isRecord(value)) value = [value.list_reply, value.button_reply, value.reply, value.postback].find(isRecord) ?? value;
    if (!isRecord(value)) continue;
    return {
      text: str(value.title ?? value.text ?? value.buttonText ?? value.label),
      // Live chat's interactiveData names the tapped item's `identifier`.
      data: str(value.payload ?? value.id ?? value.identifier ?? value.data ?? value.postbackData),
    };
  }
  const button = str(body.buttonText);
  return button === null ? null : { text: button, data: str(body.buttonPayload) ?? button };
}

/** WhatsApp "user_preference": marketing messages stopped or resumed by the user. */
export function preferenceKind(body: Record<string, unknown>): InboundKind | null {
  for (const key in body) {
    if (!/preference/i.test(key)) continue;
    const value = jsonish(body[key]) ?? body[key];
    const text = JSON.stringify(value ?? '').toLowerCase();
    if (text.includes('stop') || text.includes('opt_out') || text.includes('optout')) return 'unsubscribe';
    if (text.includes('resume') || text.includes('opt_in') || text.includes('optin')) return 'subscribe';
  }
  return null;
}

export function readWhatsApp(event: NormalizedEvent, body: Record<string, unknown>): AttachmentParse {
  event.from = str(body.waid) ?? str(body.userId) ?? str(body.msisdn) ?? str(body.from);
  event.fromName = str(body.username) ?? str(body.profileName) ?? str(body.name);
  const parsed = readAttachmentString(body.attachments ?? body.attachment, genericAttachments);
  const location = locationOf(jsonish(body.location));
  if (location !== null) parsed.attachments.push(location);
  const contacts = jsonish(body.contacts);
  if (Array.isArray(contacts)) parsed.attachments.push(...contacts.filter(isRecord).map(contactOf));
  // A media message's caption is its text when the message itself is empty.
  event.text ??= parsed.attachments.find((a) => a.label !== undefined && a.type !== 'location' && a.type !== 'contact')?.label ?? null;
  return parsed;
}

/** Meta's location: {latitude, longitude, name?, address?}. */
function locationOf(value: unknown): InboundAttachment | null {
  if (!isRecord(value)) return null;
  const lat = num(value.latitude ?? value.lat);
  const lng = num(value.longitude ?? value.lng ?? value.long);
  if (lat === undefined || lng === undefined) return null;
  const attachment: InboundAttachment = { type: 'location', url: str(value.url), lat, lng };
  const label = [str(value.name), str(value.address)].filter((s) => s !== null).join(', ');
  if (label !== '') attachment.label = label;
  return attachment;
}

/** Meta's shared contact card: {name: {formatted_name}, phones: [{phone, wa_id}], emails: [{email}]}. */
function contactOf(card: Record<string, unknown>): InboundAttachment {
  const name = isRecord(card.name) ? str(card.name.formatted_name ?? card.name.first_name) : str(card.name);
  const phone = Array.isArray(card.phones)
    ? card.phones
        .filter(isRecord)
        .map((p) => str(p.phone ?? p.wa_id))
        .find((p) => p !== null)
    : null;
  const email = Array.isArray(card.emails)
    ? card.emails
        .filter(isRecord)
        .map((e) => str(e.email))
        .find((e) => e !== null)
    : null;
  const label = [name, phone, email].filter((s) => s !== null && s !== undefined).join(' · ');
  return label === '' ? { type: 'contact', url: null } : { type: 'contact', url: null, label };
}

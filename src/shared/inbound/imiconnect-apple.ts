import type { InboundChannel, NormalizedEvent } from './event';
import { collectDetails, jsonish, percentDecoded, str } from './fields';
import { isRecord } from '../is-record';
import { genericAttachments, readAttachmentString, type AttachmentParse } from './imiconnect-attachments';
import { APPLE } from './receipt-codes/apple';

// Apple Messages for Business inbound (Outbound Webhooks → Apple Messages for Business, Webex
// Connect developer documentation v6.20, "Outbound Webhook configuration for tracking incoming
// messages and events"): `channel: "AppleBusinessChat"`, the customer's opaque `abcUserId`
// (urn:mbid:…), our `appId`, and an `event`: MO (text; an attachment's place in the text is
// U+FFFC), INTERACTIVERESPONSE (`listPicker` / `datePicker` as JSON in strings),
// QuickReplyResponse (`quickreplies`), FormResponse (`formResponse`), iMessageAppResponse,
// (New)AuthenticationResponse, PaymentResponse, TYPINGINDICATOR (`type` typing_start / _end),
// CONVERSATIONCLOSED and InvitationResponse (`invitationAccepted`, `msisdn`). What the customer
// chose becomes the text. `authenticateToken` is the customer's sign-in token: never read.

/**
 * Every name the vendor gives this channel (an MO's `channel`, a receipt's `deliveryChannel`:
 * "AppleBusinessChat", "applebusinesschat", "Apple Messages for Business"), as channel-map keys.
 * They are the receipt-code table's aliases, so both maps and the code table know the same names.
 */
export const APPLE_CHANNEL_NAMES: Readonly<Record<string, InboundChannel>> = Object.fromEntries(
  APPLE.aliases.map((alias) => [alias, 'apple']),
);

const DETAIL_KEYS = ['abcAccountId', 'requestIdentifier', 'bizIntentId', 'bizGroupId', 'msisdn', 'bid'] as const;

/** The text Apple puts where an attachment sits in a message. */
const ATTACHMENT_MARK = /\uFFFC/g;

export function readApple(event: NormalizedEvent, body: Record<string, unknown>): AttachmentParse {
  event.from = str(body.abcUserId) ?? str(body.userId) ?? str(body.msisdn);
  Object.assign(event.details, collectDetails(body, DETAIL_KEYS));
  const capabilities = str(body.capabilityList);
  if (capabilities !== null) event.details.capabilityList = percentDecoded(capabilities);
  const message = str(str(body.message)?.replace(ATTACHMENT_MARK, '').trim() ?? null);
  event.text = message ?? choiceText(event.details, body);
  return readAttachmentString(body.attachments, genericAttachments);
}

function titles(items: unknown): string[] {
  return (Array.isArray(items) ? items : []).flatMap((item) => (isRecord(item) && str(item.title) !== null ? [str(item.title)!] : []));
}

/** What the customer picked, answered or did, in words; the picked identifiers go to `postbackData`. */
function choiceText(details: Record<string, string>, body: Record<string, unknown>): string | null {
  const list = jsonish(body.listPicker);
  if (isRecord(list) && Array.isArray(list.selectedItems)) {
    const ids = list.selectedItems.flatMap((item) => (isRecord(item) && str(item.identifier) !== null ? [str(item.identifier)!] : []));
    if (ids.length > 0) details.postbackData = ids.join(', ');
    return str(titles(list.selectedItems).join(', '));
  }
  const date = jsonish(body.datePicker);
  if (isRecord(date) && Array.isArray(date.timeslots)) {
    const slots = date.timeslots.flatMap((slot) => (isRecord(slot) && str(slot.startTime) !== null ? [str(slot.startTime)!] : []));
    return str([str(date.title), slots.join(', ')].filter(Boolean).join(': '));
  }
  const quick = jsonish(body.quickreplies);
  if (isRecord(quick)) {
    const items = Array.isArray(quick.items) ? quick.items.filter(isRecord) : [];
    const index = typeof quick.selectedIndex === 'number' ? quick.selectedIndex : -1;
    const picked = items.find((item) => str(item.identifier) === str(quick.selectedIdentifier)) ?? items[index];
    const id = str(quick.selectedIdentifier) ?? (picked ? str(picked.identifier) : null);
    if (id !== null) details.postbackData = id;
    return (picked ? str(picked.title) : null) ?? id;
  }
  const form = jsonish(body.formResponse);
  if (isRecord(form) && Array.isArray(form.selections)) {
    const lines = form.selections.filter(isRecord).flatMap((page) => {
      const values = (Array.isArray(page.items) ? page.items : []).flatMap((item) =>
        isRecord(item) && str(item.value ?? item.title) !== null ? [str(item.value ?? item.title)!] : [],
      );
      return values.length === 0 ? [] : [`${str(page.title) ?? 'Answer'}: ${values.join(', ')}`];
    });
    return str(lines.join('\n'));
  }
  const accepted = str(body.invitationAccepted);
  if (accepted !== null) return accepted === 'true' ? 'Invitation accepted' : 'Invitation declined';
  const auth = str(body.authenticateStatus);
  if (auth !== null) return `Authentication: ${auth}`;
  const payment = str(body.paymentStatus);
  if (payment !== null) return paymentText(payment, body.paymentRequest);
  const type = str(body.type)?.toLowerCase() ?? '';
  if (type.startsWith('typing')) return /end|stop/.test(type) ? 'Typing stopped' : 'Typing started';
  if (/closed/i.test(str(body.event) ?? '')) return 'Conversation closed';
  return null;
}

function paymentText(status: string, request: unknown): string {
  const total = isRecord(request) && isRecord(request.total) ? str(request.total.amount) : null;
  const currency = isRecord(request) ? str(request.currencyCode) : null;
  return total === null ? `Payment: ${status}` : `Payment: ${status} (${[total, currency].filter(Boolean).join(' ')})`;
}

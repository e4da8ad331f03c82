import type {
  InboundAttachment,
  InboundChannel,
  InboundEventRow,
  InboundKind,
  InboundSource,
  InboundStatus,
} from '../../../../shared/inbound/event';
import { receiptStateOf, type ReceiptState } from '../../../../shared/inbound/receipt-state';
import { receiptWords } from '../../../../shared/outbound/delivery';

export const kindLabels: Record<InboundKind, string> = {
  message: 'MO',
  receipt: 'Receipt',
  postback: 'Postback',
  optin: 'Opt-in',
  subscribe: 'Subscribe',
  unsubscribe: 'Unsubscribe',
  profile: 'Profile',
  call: 'Call',
  activity: 'Activity',
  note: 'Note',
  unknown: 'Unknown',
};

export const channelLabels: Record<InboundChannel, string> = {
  sms: 'SMS',
  rtm: 'App messaging',
  facebook: 'Facebook',
  twitter: 'Twitter',
  wechat: 'WeChat',
  rcs: 'RCS',
  whatsapp: 'WhatsApp',
  push: 'Push',
  voice: 'Voice',
  email: 'Email',
  call: 'Call',
  gmb: 'Google Business',
  instagram: 'Instagram',
  livechat: 'Live chat',
  // The vendor's full name (Apple Messages for Business) would widen the Channel filter past its row.
  apple: 'Apple Messages',
  other: 'Other',
};

export const sourceLabels: Record<InboundSource, string> = {
  imiconnect: 'Webex Connect',
  leadconnector: 'LeadConnector',
  unknown: 'Unknown sender',
};

const channelIcons: Record<InboundChannel, string> = {
  sms: '✉',
  rtm: '◉',
  facebook: 'f',
  twitter: '𝕏',
  wechat: '◍',
  rcs: '▣',
  whatsapp: 'W',
  push: '◔',
  voice: '☏',
  email: '@',
  call: '☏',
  gmb: 'G',
  instagram: '◎',
  livechat: '☰',
  // A letter like Facebook's and Google's: the Apple logo is a private-use character most fonts lack.
  apple: 'A',
  other: '•',
};

export function channelIcon(channel: InboundChannel): string {
  return channelIcons[channel];
}

export type Tone = 'ok' | 'warn' | 'danger' | 'info' | 'muted';

export function statusText(status: InboundStatus | null): string | null {
  if (!status) return null;
  return status.deliveryStatus ?? status.description ?? status.code;
}

/** The delivery vocabulary's colours (components/delivery.css) in the feed's tones. */
const receiptTones: Record<ReceiptState, Tone> = { failed: 'danger', unknown: 'warn', accepted: 'info', delivered: 'ok', read: 'ok' };

/** A receipt's chip takes its delivery state's colour; other kinds have a fixed tone. */
export function kindTone(event: Pick<InboundEventRow, 'kind' | 'status'>): Tone {
  if (event.kind === 'receipt') return receiptTones[receiptStateOf(event) ?? 'unknown'];
  if (event.kind === 'unknown' || event.kind === 'activity' || event.kind === 'note') return 'muted';
  if (event.kind === 'unsubscribe') return 'danger';
  if (event.kind === 'message') return 'info';
  return 'warn';
}

/** The chip's text: "Receipt · Delivered" for receipts, the kind's label otherwise. */
export function kindChipText(event: Pick<InboundEventRow, 'kind' | 'status'>): string {
  const status = event.kind === 'receipt' ? statusText(event.status) : null;
  return status ? `${kindLabels[event.kind]} · ${status}` : kindLabels[event.kind];
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Time of day for today's events, "Nov 3 13:05:09" otherwise; always in the user's zone. */
export function formatRowTime(ms: number, now: Date = new Date()): string {
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return '—';
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
  if (date.toDateString() === now.toDateString()) return time;
  return `${date.toLocaleDateString(undefined, { month: 'short', day: 'numeric' })} ${time}`;
}

export function formatFullTime(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return '—';
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return '—';
  return `${date.toLocaleString(undefined, { hour12: false })} · ${date.toISOString()}`;
}

/**
 * One line for the row: the subject/text, else what the attachments are (a shared contact or a
 * place by its label), else a receipt's code in words as History says it ("7201: Undeliverable…"),
 * else the status, else the vendor's event name (a typing indicator).
 */
export function previewText(
  event: Pick<InboundEventRow, 'text' | 'subject' | 'attachments' | 'status'> & { kind?: InboundKind; details?: Record<string, string> },
): string {
  const text = [event.subject, event.text].filter(Boolean).join(' — ').replace(/\s+/g, ' ').trim();
  if (text) return text;
  if (event.attachments.length > 0)
    return event.attachments
      .map((a) => (a.label && (a.type === 'contact' || a.type === 'location') ? `[${a.type}: ${a.label}]` : `[${a.type}]`))
      .join(' ');
  if (event.kind === 'receipt' && event.status && (event.status.code || event.status.description)) {
    return receiptWords(event.status.deliveryStatus, event.status.code, event.status.description);
  }
  return statusText(event.status) ?? event.details?.event ?? '';
}

/**
 * The address a receipt is about, when the vendor names no sender: the destination of the
 * message it reports on, shown as "to 447…" rather than an empty sender. Null for other rows.
 */
export function receiptDestination(event: Pick<InboundEventRow, 'kind' | 'from' | 'to'>): string | null {
  return event.kind === 'receipt' && !event.from && event.to ? event.to : null;
}

/** An OpenStreetMap link centred on the point, opened in the user's browser. */
export function osmUrl(lat: number, lng: number, zoom = 16): string {
  const la = lat.toFixed(6);
  const lo = lng.toFixed(6);
  return `https://www.openstreetmap.org/?mlat=${la}&mlon=${lo}#map=${zoom}/${la}/${lo}`;
}

/** Only http(s) URLs become media or links; anything else (javascript:, data:) stays text. */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  let candidate = value.trim();
  // Facebook "link" attachments arrive percent-encoded.
  if (/^https?%3A/i.test(candidate)) {
    try {
      candidate = decodeURIComponent(candidate);
    } catch {
      return null;
    }
  }
  try {
    const url = new URL(candidate);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

export type AttachmentView =
  | { as: 'image' | 'video' | 'audio' | 'file' | 'link'; url: string; title: string }
  | { as: 'location'; lat: number; lng: number; title: string; mapUrl: string }
  | { as: 'other'; title: string };

/** How an attachment is rendered: an image, a player, a map link, a file link or a description. */
export function attachmentView(attachment: InboundAttachment): AttachmentView {
  const title = attachment.label ?? attachment.name ?? '';
  if (attachment.type === 'location' && typeof attachment.lat === 'number' && typeof attachment.lng === 'number') {
    return { as: 'location', lat: attachment.lat, lng: attachment.lng, title, mapUrl: osmUrl(attachment.lat, attachment.lng) };
  }
  const url = safeHttpUrl(attachment.url);
  if (!url) {
    const id = attachment.mediaId ? ` (media id ${attachment.mediaId})` : '';
    return { as: 'other', title: `${title || attachment.type}${id}` };
  }
  switch (attachment.type) {
    case 'image':
    case 'sticker':
    case 'gif':
      return { as: 'image', url, title };
    case 'video':
      return { as: 'video', url, title };
    case 'audio':
    case 'voice':
    case 'recording':
    case 'voicemail':
      return { as: 'audio', url, title };
    case 'link':
      return { as: 'link', url, title: title || url };
    default:
      return { as: 'file', url, title: title || fileNameOf(url) };
  }
}

export function fileNameOf(url: string): string {
  try {
    const last = new URL(url).pathname.split('/').filter(Boolean).pop();
    return last ? decodeURIComponent(last) : url;
  } catch {
    return url;
  }
}

/** Pretty JSON for the raw pane; a body that is not JSON is shown as it came. */
export function prettyJson(raw: string): string {
  try {
    return JSON.stringify(JSON.parse(raw), null, 2);
  } catch {
    return raw;
  }
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length - max} more characters)`;
}

/** File name for an export: relaydesk-inbound-2026-11-22T13-05-09.ndjson */
export function exportFileName(now: Date = new Date()): string {
  return `relaydesk-inbound-${now.toISOString().slice(0, 19).replace(/:/g, '-')}.ndjson`;
}

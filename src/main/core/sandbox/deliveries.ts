import { randomUUID } from 'node:crypto';
import {
  SANDBOX_FAILURE_DESCRIPTION,
  type SANDBOX_RECEIPT_CODES,
  sandboxFails,
  sandboxReceiptCode,
} from '../../../shared/api/sandbox-rules';

// What the sandbox posts after accepting a request: delivery receipts in the documented v1
// `deliveryInfoNotification` shape (seed 003) for both APIs, and simulated replies in the
// seed-000 SMS MO shape. Pure builders; posting lives in poster.ts.

export type ReceiptStatus = keyof typeof SANDBOX_RECEIPT_CODES;

export interface AcceptedDestination {
  address: string;
  /** Per-destination transaction id (v1 transid; for v2 the request's messageId). */
  transid: string;
  correlationId?: string;
  /** What this destination got: the message with its $(variables) filled in. */
  text?: string;
}

export interface AcceptedRequest {
  api: 'v1' | 'v2';
  /** v1 deliverychannel or v2 channel. */
  channel: string;
  notifyUrl?: string;
  callbackData?: string;
  /** v2 requestedReceipts (lower case); receipts not listed are not posted. undefined = all. */
  requestedReceipts?: string[];
  messageId?: string;
  from?: string;
  text?: string;
  destinations: AcceptedDestination[];
}

const CHANNEL_LABELS: Record<string, string> = {
  sms: 'SMS',
  rcs: 'RCS',
  email: 'Email',
  voice: 'Voice',
  push: 'Push',
  rt: 'RT',
  appmessaging: 'RT',
  fb: 'FB',
  twitter: 'Twitter',
  wa: 'WA',
  wechat: 'WeChat',
};

const STATUS_WORDS: Record<ReceiptStatus, string> = { submitted: 'Submitted', delivered: 'Delivered', read: 'Read', failed: 'Failed' };
const STATUS_DESCRIPTIONS: Record<ReceiptStatus, string> = {
  submitted: 'Submitted to the network (sandbox)',
  delivered: 'Delivered to the handset (sandbox)',
  read: 'Read by the recipient (sandbox)',
  failed: SANDBOX_FAILURE_DESCRIPTION,
};

/** The requestedReceipts names (seed 001) that ask for each status the sandbox posts. */
const RECEIPT_NAMES: Record<ReceiptStatus, readonly string[]> = {
  // SENT: "supported for legacy implementations and behaves the same as SUBMITTED" (current SMS page).
  submitted: ['submitted', 'sent'],
  delivered: ['delivered'],
  read: ['read'],
  failed: ['failed', 'undelivered', 'bounced', 'bounce', 'invalid'],
};

/** The receipts one destination gets, in order: submitted, then delivered (or failed), then read for RCS. */
export function receiptSequence(request: AcceptedRequest, destination: AcceptedDestination): ReceiptStatus[] {
  const statuses: ReceiptStatus[] = ['submitted', sandboxFails(destination.address) ? 'failed' : 'delivered'];
  if (request.channel === 'rcs' && statuses[1] === 'delivered') statuses.push('read');
  const wanted = request.requestedReceipts;
  if (wanted === undefined) return statuses;
  const names = new Set(wanted.map((name) => name.trim().toLowerCase().replace(/_/g, ' ')));
  return statuses.filter((status) => RECEIPT_NAMES[status].some((name) => names.has(name)));
}

export function buildReceipt(
  request: AcceptedRequest,
  destination: AcceptedDestination,
  status: ReceiptStatus,
  now = new Date(),
): Record<string, unknown> {
  const notification: Record<string, unknown> = {
    correlationid: destination.correlationId ?? '',
    transid: destination.transid,
    callbackData: request.callbackData ?? '',
  };
  if (request.messageId !== undefined) notification.messageId = request.messageId;
  notification.deliveryInfo = {
    destination: destination.address,
    deliveryStatus: STATUS_WORDS[status],
    deliveryChannel: CHANNEL_LABELS[request.channel] ?? request.channel,
    code: sandboxReceiptCode(status, request.channel),
    Description: STATUS_DESCRIPTIONS[status],
    timestamp: now.toISOString(),
  };
  return { deliveryInfoNotification: notification };
}

/** Only SMS destinations reply, in the seed-000 SMS MO shape. */
export function canReply(request: AcceptedRequest, destination: AcceptedDestination): boolean {
  return request.channel === 'sms' && /^\+?\d{7,15}$/.test(destination.address) && !sandboxFails(destination.address);
}

function shortText(text: string | undefined): string {
  if (!text) return 'your message';
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}

export function buildReply(request: AcceptedRequest, destination: AcceptedDestination, now = new Date()): Record<string, unknown> {
  const iso = now.toISOString();
  return {
    userId: '',
    channel: 'SMS',
    da: request.from ?? '',
    oa: destination.address.replace(/^\+/, ''),
    // Quotes what this recipient got, not the template ("Hi Ann", never "Hi $(name)").
    message: `Sandbox reply to "${shortText(destination.text ?? request.text)}"`,
    tid: randomUUID(),
    datetime: iso.slice(0, 19).replace('T', ' '),
    ts: iso,
    timeStamp: iso,
    x_networkid: '0',
  };
}

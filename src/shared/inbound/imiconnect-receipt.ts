import { z } from 'zod';
import type { InboundChannel, NormalizedEvent } from './event';
import { RECEIPT_KEYS, withUsualKeys } from './field-case';
import { channelKey, collectDetails, firstTime, noCorrelation, statusOf, str } from './fields';
import { isRecord } from '../is-record';
import { receiptCodeText } from './receipt-codes';
import { addIntegrationDetails } from './imiconnect-context';
import { addReceiptExtras } from './imiconnect-receipt-extras';
import { APPLE_CHANNEL_NAMES } from './imiconnect-apple';

// Delivery receipts. API v1 (seed 003) posts `{"deliveryInfoNotification": {transid,
// correlationid, callbackData, deliveryInfo: {destination, deliveryStatus, deliveryChannel, code,
// Description}}}` to the notifyurl. API v2 posts per-message status webhooks keyed by messageId
// (the seeds point to "Outbound Webhooks" without a sample): read as {messageId, status, channel,
// destination|to, callbackData, code, description, timestamp}. The channel pages of Webex Connect's
// Outbound Webhooks documentation add deliveryChannel values (push, rt, whatsapp, email, fb) and
// the fields destinationType, additionalInfo (the provider's own error), subtid, pushId, deviceid.

const Scalar = z.union([z.string(), z.number()]).optional();

// Loose at the top too: email and Data Streams receipts carry `x-wx-gtrid` and `dataIntegration` beside it.
export const DeliveryInfoNotification = z.looseObject({
  deliveryInfoNotification: z.looseObject({
    transid: Scalar,
    correlationid: Scalar,
    callbackData: Scalar,
    // API v2 receipts in this shape also name the messageId the send was answered with.
    messageId: Scalar,
    deliveryInfo: z.looseObject({
      destination: Scalar,
      deliveryStatus: Scalar,
      deliveryChannel: Scalar,
      code: Scalar,
      Description: Scalar,
    }),
  }),
});
export type DeliveryInfoNotification = z.infer<typeof DeliveryInfoNotification>;

export const V2StatusWebhook = z.looseObject({
  messageId: z.union([z.string(), z.number()]),
  status: z.string(),
  channel: Scalar,
  destination: Scalar,
  to: Scalar,
  callbackData: Scalar,
  code: Scalar,
  description: Scalar,
  timestamp: Scalar,
  transactionId: Scalar,
  correlationId: Scalar,
});
export type V2StatusWebhook = z.infer<typeof V2StatusWebhook>;

const CHANNELS: Record<string, InboundChannel> = {
  sms: 'sms',
  rcs: 'rcs',
  email: 'email',
  push: 'push',
  voice: 'voice',
  rt: 'rtm',
  rtm: 'rtm',
  appmessaging: 'rtm',
  inapp: 'rtm',
  inappmessaging: 'rtm',
  livechat: 'livechat',
  fb: 'facebook',
  facebook: 'facebook',
  messenger: 'facebook',
  facebookmessenger: 'facebook',
  twitter: 'twitter',
  wa: 'whatsapp',
  whatsapp: 'whatsapp',
  wechat: 'wechat',
  ...APPLE_CHANNEL_NAMES,
};

export function receiptChannel(value: unknown): InboundChannel {
  return CHANNELS[channelKey(value)] ?? 'other';
}

const RECEIPT_DETAIL_KEYS = [
  'deliveryChannel',
  'destinationType',
  'additionalInfo',
  'subtid',
  'pushId',
  'deviceid',
  'messageCount',
] as const;

/** The vendor's description, or our words for its code on its channel; `codeMeaning` in details when both say something. */
function describedStatus(deliveryStatus: unknown, code: unknown, description: unknown, details: Record<string, string>, channel: unknown) {
  const status = statusOf(deliveryStatus, code, description);
  const words = receiptCodeText(status?.code ?? null, channel);
  if (status === null || words === null) return status;
  if (status.description === null) status.description = words;
  else if (status.description !== words) details.codeMeaning = words;
  return status;
}

export function isDeliveryInfoNotification(body: Record<string, unknown>): boolean {
  return isRecord(body.deliveryInfoNotification);
}

/** A v2 status webhook: messageId + status, and not a LeadConnector event (those carry `type`). */
export function isV2StatusWebhook(body: Record<string, unknown>): boolean {
  return 'messageId' in body && typeof body.status === 'string' && !('type' in body) && !('locationId' in body);
}

/** A receipt's dedupe key: one row per (message, status, destination); retries collapse. */
function receiptKey(id: string | null, status: string | null, destination: string | null): string | null {
  return id === null ? null : [id, status ?? '', destination ?? ''].join('|');
}

/** A receipt whose fields arrive in other spellings ("TransId", "deliveryinfo") reads like the documented one. */
export function withUsualReceiptKeys(body: Record<string, unknown>): Record<string, unknown> {
  const n = body.deliveryInfoNotification;
  if (!isRecord(n)) return body;
  const notification = withUsualKeys(n, RECEIPT_KEYS);
  const info = notification.deliveryInfo;
  const deliveryInfo = isRecord(info) ? withUsualKeys(info, RECEIPT_KEYS) : info;
  if (notification === n && deliveryInfo === info) return body;
  return { ...body, deliveryInfoNotification: { ...notification, deliveryInfo } };
}

export function normalizeDeliveryInfo(payload: DeliveryInfoNotification): NormalizedEvent {
  const n = payload.deliveryInfoNotification;
  const info = n.deliveryInfo;
  // The live-chat Clicked receipt (7528) puts its ids inside deliveryInfo rather than beside it.
  const own = (key: 'transid' | 'correlationid' | 'callbackData' | 'subtid') =>
    str((n as Record<string, unknown>)[key]) ?? str((info as Record<string, unknown>)[key]);
  const transid = own('transid');
  const destination = str(info.destination);
  const details = collectDetails(info as Record<string, unknown>, RECEIPT_DETAIL_KEYS);
  const subtid = own('subtid');
  if (subtid !== null) details.subtid = subtid;
  const status = describedStatus(
    info.deliveryStatus,
    info.code,
    info.Description ?? (info as Record<string, unknown>).description,
    details,
    info.deliveryChannel,
  );
  const infoFields = info as Record<string, unknown>;
  addReceiptExtras(details, infoFields, n as Record<string, unknown>, str(info.Description ?? infoFields.description));
  addIntegrationDetails(details, payload as Record<string, unknown>);
  return {
    source: 'imiconnect',
    kind: 'receipt',
    channel: receiptChannel(info.deliveryChannel),
    direction: 'outbound',
    from: null,
    to: destination,
    fromName: null,
    subject: null,
    text: null,
    attachments: [],
    externalId: receiptKey(transid, status?.deliveryStatus ?? null, destination),
    correlation: {
      ...noCorrelation(),
      transid,
      messageId: str(n.messageId),
      correlationId: own('correlationid'),
      callbackData: own('callbackData'),
    },
    status,
    eventTime: firstTime(
      (info as Record<string, unknown>).timeStamp,
      (info as Record<string, unknown>).timestamp,
      (n as Record<string, unknown>).timestamp,
    ),
    details,
  };
}

export function normalizeV2Status(payload: V2StatusWebhook): NormalizedEvent {
  const messageId = str(payload.messageId);
  const destination = str(payload.destination ?? payload.to);
  const details = collectDetails(payload as Record<string, unknown>, ['channel']);
  const status = describedStatus(payload.status, payload.code, payload.description, details, payload.channel);
  return {
    source: 'imiconnect',
    kind: 'receipt',
    channel: receiptChannel(payload.channel),
    direction: 'outbound',
    from: null,
    to: destination,
    fromName: null,
    subject: null,
    text: null,
    attachments: [],
    externalId: receiptKey(messageId, status?.deliveryStatus ?? null, destination),
    correlation: {
      transid: str(payload.transactionId),
      messageId,
      correlationId: str(payload.correlationId),
      callbackData: str(payload.callbackData),
    },
    status,
    eventTime: firstTime(payload.timestamp, (payload as Record<string, unknown>).timeStamp),
    details,
  };
}

import { z } from 'zod';
import type { InboundChannel, NormalizedEvent } from './event';
import { collectDetails, firstTime, isRecord, noCorrelation, statusOf, str } from './fields';

// Delivery receipts. API v1 (seed 003) posts `{"deliveryInfoNotification": {transid,
// correlationid, callbackData, deliveryInfo: {destination, deliveryStatus, deliveryChannel, code,
// Description}}}` to the notifyurl. API v2 posts per-message status webhooks keyed by messageId
// (the seeds point to "Outbound Webhooks" without a sample): read as {messageId, status, channel,
// destination|to, callbackData, code, description, timestamp}.

const Scalar = z.union([z.string(), z.number()]).optional();

export const DeliveryInfoNotification = z.object({
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
  fb: 'facebook',
  facebook: 'facebook',
  twitter: 'twitter',
  wa: 'whatsapp',
  whatsapp: 'whatsapp',
  wechat: 'wechat',
};

export function receiptChannel(value: unknown): InboundChannel {
  return CHANNELS[str(value)?.toLowerCase() ?? ''] ?? 'other';
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

export function normalizeDeliveryInfo(payload: DeliveryInfoNotification): NormalizedEvent {
  const n = payload.deliveryInfoNotification;
  const info = n.deliveryInfo;
  const transid = str(n.transid);
  const destination = str(info.destination);
  const status = statusOf(info.deliveryStatus, info.code, info.Description ?? (info as Record<string, unknown>).description);
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
      correlationId: str(n.correlationid),
      callbackData: str(n.callbackData),
    },
    status,
    eventTime: firstTime((info as Record<string, unknown>).timestamp, (n as Record<string, unknown>).timestamp),
    details: collectDetails(info as Record<string, unknown>, ['deliveryChannel']),
  };
}

export function normalizeV2Status(payload: V2StatusWebhook): NormalizedEvent {
  const messageId = str(payload.messageId);
  const destination = str(payload.destination ?? payload.to);
  const status = statusOf(payload.status, payload.code, payload.description);
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
    eventTime: firstTime(payload.timestamp),
    details: collectDetails(payload as Record<string, unknown>, ['channel']),
  };
}

import { z } from 'zod';
import type { InboundAttachment, InboundKind, NormalizedEvent } from './event';
import { genericAttachments, readAttachmentString } from './imiconnect-attachments';
import { collectDetails, firstTime, noCorrelation, num, str } from './fields';
import { addIntegrationDetails } from './imiconnect-context';
import { isRecord } from '../is-record';

// IMIconnect RCS inbound: `channel: "rcs"`, the user's `msisdn`, the agent's `appId`, an `event`
// (MO, ATTACHMENT, Location, postback, SUBSCRIBE, UNSUBSCRIBE), `tid` and `messageId`. The seeds
// carry no RCS inbound sample, so field names beyond those are read leniently (message/text,
// attachment/attachments, location/latitude/longitude, postback/postbackData). The v6.20 pages
// (/rcs-outbound-webhooks, /data-streams-rcs) add `carrier` and `serviceProvider`, and Data Streams
// sends a tap as event "MO" with the tapped suggestion's data in `postback`.

const Scalar = z.union([z.string(), z.number()]).optional();

export const ImiRcsPayload = z.looseObject({
  channel: z.string().regex(/^rcs$/i),
  msisdn: Scalar,
  appId: Scalar,
  event: Scalar,
  tid: Scalar,
  messageId: Scalar,
});
export type ImiRcsPayload = z.infer<typeof ImiRcsPayload>;

export function isImiRcs(body: Record<string, unknown>): boolean {
  return typeof body.channel === 'string' && body.channel.toLowerCase() === 'rcs';
}

function rcsKind(event: string): InboundKind {
  switch (event) {
    case 'subscribe':
      return 'subscribe';
    case 'unsubscribe':
      return 'unsubscribe';
    case 'postback':
      return 'postback';
    default:
      return 'message';
  }
}

const DETAIL_KEYS = ['appId', 'event', 'userId', 'postbackData', 'suggestionText', 'carrier', 'serviceProvider'] as const;

export function normalizeImiRcs(payload: ImiRcsPayload): NormalizedEvent {
  const body = payload as Record<string, unknown>;
  const event = (str(payload.event) ?? 'MO').toLowerCase();
  const details = collectDetails(body, DETAIL_KEYS);
  addIntegrationDetails(details, body);
  const tid = str(payload.tid);
  const messageId = str(payload.messageId);
  const normalized: NormalizedEvent = {
    source: 'imiconnect',
    kind: event === 'mo' && str(body.postback) !== null ? 'postback' : rcsKind(event),
    channel: 'rcs',
    direction: 'inbound',
    from: str(payload.msisdn),
    to: str(payload.appId),
    fromName: null,
    subject: null,
    text: str(body.message ?? body.text),
    attachments: [],
    externalId: messageId ?? tid,
    correlation: { ...noCorrelation(), transid: tid, messageId },
    status: null,
    eventTime: firstTime(body.ts, body.timeStamp, body.timestamp, body.datetime),
    details,
  };
  const parsed = readAttachmentString(body.attachment ?? body.attachments, genericAttachments);
  normalized.attachments = parsed.attachments;
  if (parsed.problem) details.problem = parsed.problem;
  const location = locationOf(body);
  if (location) normalized.attachments.push(location);
  if (normalized.kind === 'postback') {
    const postback = isRecord(body.postback) ? body.postback : {};
    const data = str(body.postbackData ?? postback.data ?? body.postback);
    if (data !== null) details.postbackData = data;
    normalized.text ??= str(postback.text ?? body.suggestionText) ?? data;
  }
  return normalized;
}

function locationOf(body: Record<string, unknown>): InboundAttachment | null {
  const holder = isRecord(body.location) ? body.location : body;
  const lat = num(holder.latitude ?? holder.lat);
  const lng = num(holder.longitude ?? holder.lng ?? holder.long);
  if (lat === undefined || lng === undefined) return null;
  const attachment: InboundAttachment = { type: 'location', url: null, lat, lng };
  const label = str(holder.label ?? holder.address);
  if (label !== null) attachment.label = label;
  return attachment;
}

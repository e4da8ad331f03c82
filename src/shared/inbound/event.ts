import { z } from 'zod';

/**
 * One inbound event as Relaydesk stores and shows it, whatever sent it: an IMIconnect MO
 * notification, a delivery receipt, a LeadConnector message event, or a JSON body of a shape we do
 * not know. The normalized fields drive the feed, search and correlation; `raw` and `headers`
 * keep exactly what arrived so nothing is lost to normalization.
 */

/** Who sent the webhook. `unknown` = valid JSON nobody recognised (kept as kind `unknown`). */
export const InboundSource = z.enum(['imiconnect', 'leadconnector', 'unknown']);
export type InboundSource = z.infer<typeof InboundSource>;

/** Sources a URL can name: `POST /webhooks/<source>`. */
export const WebhookSource = z.enum(['imiconnect', 'leadconnector']);
export type WebhookSource = z.infer<typeof WebhookSource>;

/**
 * What happened. `message`: a user's text/attachment (MO, LeadConnector In/OutboundMessage);
 * `receipt`: a delivery report for something we sent; `postback`: a button/suggestion/list tap;
 * `optin` (Facebook OnOptin); `subscribe` / `unsubscribe` (RCS, email lists, WhatsApp marketing
 * preference); `profile`: account/profile events; `call`: a call or voicemail; `activity`: a
 * conversation event that carries no message (live-chat typing indicator); `note`: an agent's
 * internal comment (LeadConnector InternalComment); `unknown`: valid JSON of a shape we do not know.
 */
export const InboundKind = z.enum([
  'message',
  'receipt',
  'postback',
  'optin',
  'subscribe',
  'unsubscribe',
  'profile',
  'call',
  'activity',
  'note',
  'unknown',
]);
export type InboundKind = z.infer<typeof InboundKind>;

/** Normalized channel names (lower case); anything else is `other`. */
export const InboundChannel = z.enum([
  'sms',
  'rtm',
  'facebook',
  'twitter',
  'wechat',
  'rcs',
  'whatsapp',
  'push',
  'voice',
  'email',
  'call',
  'gmb',
  'instagram',
  'livechat',
  'apple',
  'other',
]);
export type InboundChannel = z.infer<typeof InboundChannel>;

/**
 * `inbound`: from a user to us. `outbound`: about something sent to a user (a delivery receipt, a
 * LeadConnector OutboundMessage), so `to` is the user.
 */
export const InboundDirection = z.enum(['inbound', 'outbound']);
export type InboundDirection = z.infer<typeof InboundDirection>;

export const AttachmentType = z.enum([
  'image',
  'video',
  'audio',
  'voice',
  'file',
  'sticker',
  'gif',
  'location',
  'link',
  'recording',
  'voicemail',
  'contact',
  'other',
]);
export type AttachmentType = z.infer<typeof AttachmentType>;

export const InboundAttachment = z.object({
  type: AttachmentType,
  /** Where the media lives; null when the vendor only gives a media id (WeChat voice/video). */
  url: z.string().nullable(),
  name: z.string().optional(),
  mimeType: z.string().optional(),
  /** Location attachments. */
  lat: z.number().optional(),
  lng: z.number().optional(),
  /** Location label, link title, or a shared contact's name and number. */
  label: z.string().optional(),
  previewUrl: z.string().optional(),
  /** Vendor media id (WeChat MediaId, Twitter media id, Facebook sticker id). */
  mediaId: z.string().optional(),
});
export type InboundAttachment = z.infer<typeof InboundAttachment>;

/** Ids that tie this event to an outbound request (API v1 transid/correlationid/callbackData, v2 messageId). */
export const InboundCorrelation = z.object({
  transid: z.string().nullable(),
  messageId: z.string().nullable(),
  correlationId: z.string().nullable(),
  callbackData: z.string().nullable(),
});
export type InboundCorrelation = z.infer<typeof InboundCorrelation>;

/** Delivery state (receipts) or the vendor's message status (LeadConnector `status`). */
export const InboundStatus = z.object({
  deliveryStatus: z.string().nullable(),
  code: z.string().nullable(),
  description: z.string().nullable(),
});
export type InboundStatus = z.infer<typeof InboundStatus>;

/** How the event reached us. */
export const InboundVia = z.enum(['webhook', 'poll', 'replay']);
export type InboundVia = z.infer<typeof InboundVia>;

/** What a normalizer produces from one payload: everything but the storage facts. */
export const NormalizedEvent = z.object({
  source: InboundSource,
  kind: InboundKind,
  channel: InboundChannel,
  direction: InboundDirection,
  /** Sender address: MSISDN, PSID, twitter id, WeChat user id, email, LeadConnector contact id. */
  from: z.string().nullable(),
  to: z.string().nullable(),
  /** Display name when the vendor sends one (Facebook profile name, email From name). */
  fromName: z.string().nullable(),
  /** Email subject. */
  subject: z.string().nullable(),
  text: z.string().nullable(),
  attachments: z.array(InboundAttachment),
  /** Unique per source (tid, messageId...); the same source + externalId is stored once. */
  externalId: z.string().nullable(),
  correlation: InboundCorrelation,
  status: InboundStatus.nullable(),
  /** When the vendor says it happened (ms since epoch); null when the payload has no time. */
  eventTime: z.number().nullable(),
  /** Everything else worth showing, flattened to strings: appId, userId, locale, postback payload, threadId, cc... */
  details: z.record(z.string(), z.string()),
});
export type NormalizedEvent = z.infer<typeof NormalizedEvent>;

/** A feed row: the normalized event plus storage facts, without the raw body (see InboundEvent). */
export const InboundEventRow = NormalizedEvent.extend({
  id: z.string(),
  /** When the listener/poller committed it (ms since epoch). */
  receivedAt: z.number(),
  via: InboundVia,
  /** Poll source id when via = poll. */
  pollSourceId: z.string().nullable(),
});
export type InboundEventRow = z.infer<typeof InboundEventRow>;

/** The full event: the row plus the body and headers exactly as they arrived. */
export const InboundEvent = InboundEventRow.extend({
  raw: z.string(),
  headers: z.record(z.string(), z.string()),
});
export type InboundEvent = z.infer<typeof InboundEvent>;

/** A request the listener (or poller) refused, kept so the user can see what went wrong. */
export const RejectedRequest = z.object({
  id: z.string(),
  receivedAt: z.number(),
  via: InboundVia,
  method: z.string(),
  path: z.string(),
  /** HTTP status we answered (400, 401, 413, 415). */
  httpStatus: z.number(),
  reason: z.string(),
  contentType: z.string().nullable(),
  /** Body size in bytes as received (or as declared, for an over-limit body). */
  bodyBytes: z.number(),
  /** The first REJECTED_BODY_PREVIEW_BYTES of the body, as text. */
  bodyPreview: z.string(),
  bodyTruncated: z.boolean(),
  headers: z.record(z.string(), z.string()),
});
export type RejectedRequest = z.infer<typeof RejectedRequest>;

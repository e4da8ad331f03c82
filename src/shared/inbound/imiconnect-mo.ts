import { z } from 'zod';
import type { InboundChannel, InboundKind, NormalizedEvent } from './event';
import {
  facebookAttachments,
  genericAttachments,
  readAttachmentString,
  twitterAttachments,
  wechatAttachments,
  type AttachmentParse,
} from './imiconnect-attachments';
import { APPLE_CHANNEL_NAMES, readApple } from './imiconnect-apple';
import { readEmail } from './imiconnect-email';
import { readLiveChat } from './imiconnect-livechat';
import { interactiveReply, preferenceKind, readWhatsApp } from './imiconnect-whatsapp';
import { channelKey, collectDetails, firstTime, noCorrelation, parseJsonString, str } from './fields';
import { addIntegrationDetails } from './imiconnect-context';
import { isRecord } from '../is-record';

// IMIconnect / Webex Connect inbound (MO) notifications: seed 000 (SMS, RTM, Facebook, Twitter,
// WeChat) and the vendor's Outbound Webhooks pages (WhatsApp, email, live chat / in-app,
// "Facebook Messenger"). One flat JSON object per message or event, `channel` says which;
// attachments, optin, postback, location, contacts, thread arrive as JSON inside strings.

const Scalar = z.union([z.string(), z.number()]).optional();

export const ImiMoPayload = z.looseObject({
  channel: z.string(),
  userId: Scalar,
  tid: Scalar,
  event: Scalar,
  message: Scalar,
  ts: Scalar,
  timeStamp: Scalar,
  datetime: Scalar,
});
export type ImiMoPayload = z.infer<typeof ImiMoPayload>;

/** Channel names as the documents write them, lower case without spaces ("Facebook Messenger"). */
const MO_CHANNELS: Record<string, InboundChannel> = {
  sms: 'sms',
  // MMS arrives like an SMS with media (the developer hub lists MMS beside SMS).
  mms: 'sms',
  rtm: 'rtm',
  rt: 'rtm',
  appmessaging: 'rtm',
  inapp: 'rtm',
  inappmessaging: 'rtm',
  livechat: 'livechat',
  facebook: 'facebook',
  fb: 'facebook',
  messenger: 'facebook',
  facebookmessenger: 'facebook',
  twitter: 'twitter',
  wechat: 'wechat',
  whatsapp: 'whatsapp',
  wa: 'whatsapp',
  email: 'email',
  ...APPLE_CHANNEL_NAMES,
};

/** True when `body` looks like an IMIconnect MO notification (RCS has its own normalizer). */
export function isImiMo(body: Record<string, unknown>): boolean {
  const key = channelKey(body.channel);
  if (!(key in MO_CHANNELS)) return false;
  // A v2 status webhook (messageId, status, channel) may also name a sender or app: it is a receipt.
  if (typeof body.status === 'string' && 'messageId' in body && !('tid' in body)) return false;
  return (
    'tid' in body ||
    'oa' in body ||
    'psid' in body ||
    'appId' in body ||
    'userId' in body ||
    'waid' in body ||
    (key === 'email' && 'from' in body)
  );
}

const DETAIL_KEYS = [
  'userId',
  'appId',
  'event',
  'locale',
  'gender',
  'timezone',
  'accountstatus',
  'replyTo',
  'x_networkid',
  'datetime',
  'profile_pic',
  'twitterHandle',
  'transid',
  // SMS (sms-outbound-webhooks): "SMS" or "Branded Text" (an RCS reply copied to the SMS flow), and the segment count.
  'message_source',
  'messageCount',
  // Live chat OnFormResponse: the tid of the form message answered.
  'relatedTid',
] as const;

export function normalizeImiMo(payload: ImiMoPayload): NormalizedEvent {
  const body = payload as Record<string, unknown>;
  const channel = MO_CHANNELS[channelKey(payload.channel)] ?? 'other';
  const event = str(payload.event);
  const details = collectDetails(body, DETAIL_KEYS);
  addIntegrationDetails(details, body);
  const base: NormalizedEvent = {
    source: 'imiconnect',
    kind: 'message',
    channel,
    direction: 'inbound',
    from: null,
    to: str(body.appId),
    fromName: null,
    subject: null,
    text: str(payload.message),
    attachments: [],
    externalId: str(payload.tid) ?? str(body.transid),
    // The MO's tid is its own id (externalId), not a link to anything we sent.
    correlation: noCorrelation(),
    status: null,
    eventTime: firstTime(payload.ts, payload.timeStamp, payload.datetime, body.timestamp),
    details,
  };
  let parsed: AttachmentParse = { attachments: [] };
  switch (channel) {
    case 'sms':
      base.from = str(body.oa) ?? str(body.msisdn);
      base.to = str(body.da);
      parsed = readAttachmentString(body.attachments ?? body.attachment, genericAttachments);
      break;
    case 'facebook':
      base.from = str(body.psid);
      base.fromName = str(body.name);
      parsed = readAttachmentString(body.attachments, facebookAttachments);
      base.kind = facebookKind(event, body);
      addFacebookExtras(base, body);
      break;
    case 'twitter':
      base.from = str(body.twitterId);
      base.fromName = str(body.twitterHandle);
      parsed = readAttachmentString(body.attachments, twitterAttachments);
      break;
    case 'wechat':
      base.from = str(body.wechat_user_id);
      parsed = readAttachmentString(body.attachment ?? body.attachments, wechatAttachments);
      break;
    case 'whatsapp':
      parsed = readWhatsApp(base, body);
      base.kind = eventKind(event, body);
      break;
    case 'email':
      parsed = readEmail(base, body);
      base.kind = eventKind(event, body);
      break;
    case 'rtm':
    case 'livechat':
      parsed = readLiveChat(base, body);
      base.kind = eventKind(event, body);
      break;
    case 'apple':
      parsed = readApple(base, body);
      // Yes / No on an invitation is a tap, like a quick reply.
      base.kind = 'invitationAccepted' in body ? 'postback' : eventKind(event, body);
      break;
    default:
      base.from = str(body.userId) ?? str(body.oa) ?? str(body.msisdn);
      parsed = readAttachmentString(body.attachments ?? body.attachment, genericAttachments);
  }
  base.attachments = parsed.attachments;
  if (parsed.problem) details.problem = parsed.problem;
  if (base.kind === 'postback') addReply(base, body);
  return base;
}

/**
 * The kind an `event` names on the WhatsApp, email and live-chat channels. A tap on a button,
 * list row or quick reply is a postback even when it arrives as an MO; an event we have no word
 * for is kept as `activity` when it carries no text (so it never reads as a customer's message).
 */
function eventKind(event: string | null, body: Record<string, unknown>): InboundKind {
  const e = (event ?? '').toLowerCase().replace(/[\s_-]+/g, '');
  if (e.includes('unsubscribe') || e === 'optout' || e === 'stop') return 'unsubscribe';
  if (e.includes('subscribe') || e === 'optin' || e === 'onoptin') return 'subscribe';
  if (e.includes('preference')) return preferenceKind(body) ?? 'profile';
  if (e.includes('typing') || e.includes('indicator')) return 'activity';
  if (e.includes('profile')) return 'profile';
  if (e.includes('postback') || e.includes('reply') || e.includes('list') || e.includes('button') || e.includes('interactive'))
    return 'postback';
  if (e === '' || e === 'mo' || e.includes('message') || e.includes('form') || e.startsWith('$(')) {
    return str(body.interactiveData) !== null || str(body.buttonText) !== null ? 'postback' : 'message';
  }
  return str(body.message) === null && body.attachments === undefined ? 'activity' : 'message';
}

/** A postback's tapped title becomes the text; its payload goes to details. */
function addReply(event: NormalizedEvent, body: Record<string, unknown>): void {
  const reply = interactiveReply(body);
  if (reply === null) return;
  if (reply.data !== null) event.details.postbackData = reply.data;
  if (reply.text !== null && (event.text === null || event.text === str(body.interactiveData))) event.text = reply.text;
  event.text ??= reply.data;
}

function facebookKind(event: string | null, body: Record<string, unknown>): InboundKind {
  const e = (event ?? '').toLowerCase();
  if (e === 'mo' || e === '') return 'accountstatus' in body ? 'profile' : 'message';
  if (e === 'onoptin') return 'optin';
  if (e === 'onpostback') return 'postback';
  return 'profile';
}

/** Optin `ref` and postback `payload` are JSON strings; their useful value becomes the text. */
function addFacebookExtras(event: NormalizedEvent, body: Record<string, unknown>): void {
  for (const key of ['optin', 'postback'] as const) {
    const raw = str(body[key]);
    if (raw === null) continue;
    event.details[key] = raw;
    const parsed = parseJsonString(raw);
    const value = parsed.ok && isRecord(parsed.value) ? str(parsed.value.payload ?? parsed.value.ref ?? parsed.value.title) : raw;
    if (value !== null && event.text === null) event.text = value;
  }
}

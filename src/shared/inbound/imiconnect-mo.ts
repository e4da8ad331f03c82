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
import { collectDetails, firstTime, isRecord, noCorrelation, parseJsonString, str } from './fields';

// IMIconnect inbound (MO) notifications, seed 000: SMS, RTM (app messaging), Facebook, Twitter,
// WeChat. One flat JSON object per message, `channel` says which; attachments, optin and
// postback arrive as JSON inside strings.

const Scalar = z.union([z.string(), z.number()]).optional();

export const ImiMoPayload = z.looseObject({
  channel: z.string(),
  userId: Scalar,
  tid: Scalar,
  event: Scalar,
  message: z.string().optional(),
  ts: Scalar,
  timeStamp: Scalar,
  datetime: Scalar,
});
export type ImiMoPayload = z.infer<typeof ImiMoPayload>;

const MO_CHANNELS: Record<string, InboundChannel> = {
  sms: 'sms',
  rtm: 'rtm',
  rt: 'rtm',
  appmessaging: 'rtm',
  facebook: 'facebook',
  fb: 'facebook',
  twitter: 'twitter',
  wechat: 'wechat',
  whatsapp: 'whatsapp',
  wa: 'whatsapp',
};

/** True when `body` looks like an IMIconnect MO notification (RCS has its own normalizer). */
export function isImiMo(body: Record<string, unknown>): boolean {
  const channel = typeof body.channel === 'string' ? body.channel.toLowerCase() : '';
  return channel in MO_CHANNELS && ('tid' in body || 'oa' in body || 'psid' in body || 'appId' in body || 'userId' in body);
}

const DETAIL_KEYS = ['userId', 'appId', 'event', 'locale', 'gender', 'timezone', 'accountstatus', 'replyTo', 'x_networkid', 'datetime', 'profile_pic', 'twitterHandle'] as const;

export function normalizeImiMo(payload: ImiMoPayload): NormalizedEvent {
  const body = payload as Record<string, unknown>;
  const channel = MO_CHANNELS[payload.channel.toLowerCase()] ?? 'other';
  const event = str(payload.event);
  const details = collectDetails(body, DETAIL_KEYS);
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
    externalId: str(payload.tid),
    // The MO's tid is its own id (externalId), not a link to anything we sent.
    correlation: noCorrelation(),
    status: null,
    eventTime: firstTime(payload.ts, payload.timeStamp, payload.datetime),
    details,
  };
  let parsed: AttachmentParse = { attachments: [] };
  switch (channel) {
    case 'sms':
      base.from = str(body.oa);
      base.to = str(body.da);
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
    default:
      base.from = str(body.userId) ?? str(body.oa) ?? str(body.msisdn);
      parsed = readAttachmentString(body.attachments ?? body.attachment, genericAttachments);
  }
  base.attachments = parsed.attachments;
  if (parsed.problem) details.problem = parsed.problem;
  return base;
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

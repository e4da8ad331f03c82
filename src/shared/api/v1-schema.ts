import { z } from 'zod';
import {
  V1_MAX_CALLBACK_DATA_CHARS,
  V1_MAX_CORRELATION_ID_BYTES,
  V1_MAX_PUSH_TEXT_BYTES,
  V1_MAX_SMS_TEXT_BYTES,
  V1_MAX_TWITTER_TEXT_BYTES,
  V1_PUSH_PRIORITY_MAX,
  V1_PUSH_PRIORITY_MIN,
} from '../limits/v1';
import { HttpUrl, Instant, IntInRange, NonEmpty, utf8Bytes, EVEN_WITH_FIELD_ERRORS } from './formats';
import { interactiveBlock, V1AppMessaging } from './v1-appmessaging';
import { V1Facebook } from './v1-facebook';
import { V1TemplateParameters } from './v1-template-parameters';
import { V1WhatsApp } from './v1-whatsapp';
import { V1_CHANNELS, V1_DESTINATION_KINDS, v1ChannelOf } from './v1-channels';

// Messaging API v1 (seeds 002, 003): POST {base}/resources/v1/messaging with header `key`.
// Objects are loose: unknown fields pass to the API untouched; every documented field is checked.

export const bytesAtMost = (limit: number, note = '') =>
  z.string({ error: 'a string is required' }).refine((text) => utf8Bytes(text) <= limit, `longer than ${limit} bytes${note}`);

export const CorrelationId = z
  .string({ error: 'a string is required' })
  .refine((text) => utf8Bytes(text) <= V1_MAX_CORRELATION_ID_BYTES, `longer than ${V1_MAX_CORRELATION_ID_BYTES} bytes (UTF-8)`);

export const V1Smartlink = z.looseObject({
  linkid: z.union([z.number(), z.string().regex(/^\d+$/, 'linkid: a number')], {
    error: 'linkid: the smartlink id (a number) is required',
  }),
  validity: z
    .union([z.number().positive('minutes, more than 0'), z.string().regex(/^\d+$/, 'minutes, a number')], { error: 'minutes, a number' })
    .optional(),
});

const SMS_TYPES = ['1', '2', '3', '4'] as const;
export const V1Sms = z
  .looseObject({
    type: z
      .union([z.enum(SMS_TYPES), z.literal([1, 2, 3, 4])], { error: 'must be 1 (text), 2 (flash), 3 (binary) or 4 (unicode)' })
      .optional(),
    text: bytesAtMost(V1_MAX_SMS_TEXT_BYTES).optional(),
    body: z
      .string({ error: 'hexadecimal content is required' })
      .regex(/^(?:[0-9A-Fa-f]{2})+$/, 'not hexadecimal (pairs of 0-9, A-F)')
      .optional(),
    'media-path': z.string({ error: 'a string is required' }).optional(),
    senderid: z.string({ error: 'a string is required' }).optional(),
  })
  .superRefine((sms, ctx) => {
    const binary = String(sms.type) === '3';
    if (binary && sms.body === undefined)
      ctx.addIssue({ code: 'custom', path: ['body'], message: 'required for type 3 (binary): hexadecimal content' });
    if (!binary && (sms.text === undefined || sms.text === ''))
      ctx.addIssue({ code: 'custom', path: ['text'], message: 'the message text is required' });
  }, EVEN_WITH_FIELD_ERRORS);

export const V1Voice = z
  .looseObject({
    callflowid: z.union([z.string(), z.number()], { error: 'a call flow id' }).optional(),
    promptid: z.union([z.string(), z.number()], { error: 'a prompt id' }).optional(),
    cli: z.string({ error: 'a string is required' }).optional(),
  })
  .refine((voice) => voice.callflowid !== undefined || voice.promptid !== undefined, {
    ...EVEN_WITH_FIELD_ERRORS,
    message: 'either callflowid or promptid is required (promptid wins when both are sent)',
    path: ['callflowid'],
  });

const PushPlatformText = bytesAtMost(V1_MAX_PUSH_TEXT_BYTES);
const Extras = z.record(z.string(), z.unknown(), { error: 'an object' });

export const V1Push = z
  .looseObject({
    pushref: z.string({ error: 'a string is required' }).optional(),
    ios: z.looseObject({ text: PushPlatformText, extras: Extras.optional() }).optional(),
    android: z
      .looseObject({
        text: PushPlatformText,
        priority: IntInRange(V1_PUSH_PRIORITY_MIN, V1_PUSH_PRIORITY_MAX, 'priority').optional(),
        extras: Extras.optional(),
      })
      .optional(),
    windows: z.looseObject({ text: z.string({ error: 'the text is required' }), extras: Extras.optional() }).optional(),
    web: z
      .looseObject({
        title: z.string({ error: 'a string is required' }).optional(),
        text: z.string({ error: 'the text is required' }),
        url: HttpUrl.optional(),
        actiontext: z.string({ error: 'a string is required' }).optional(),
        // Spelled "platorm_types" in seed 003's samples and "platform_types" elsewhere: both accepted.
        platorm_types: z.array(z.enum(['chrome', 'safari', 'firefox'], { error: 'one of chrome, safari, firefox' })).optional(),
        platform_types: z.array(z.enum(['chrome', 'safari', 'firefox'], { error: 'one of chrome, safari, firefox' })).optional(),
        extras: Extras.optional(),
      })
      .optional(),
    interactive: interactiveBlock({
      device_types: z.array(z.enum(['ios', 'android', 'windows', 'web'], { error: 'one of ios, android, windows, web' })).optional(),
    }).optional(),
  })
  .refine((push) => push.ios || push.android || push.windows || push.web, {
    ...EVEN_WITH_FIELD_ERRORS,
    message: 'at least one platform block is required (ios, android, windows or web)',
  });

export const V1Twitter = z.looseObject({ text: bytesAtMost(V1_MAX_TWITTER_TEXT_BYTES) });
export const V1WeChat = z
  .looseObject({
    text: z.string({ error: 'a string is required' }).optional(),
    attachment: z
      .looseObject({
        type: z.enum(['image', 'video', 'voice', 'file'], { error: 'one of image, video, voice, file' }),
        media_id: NonEmpty('media_id'),
      })
      .optional(),
  })
  .refine((wechat) => wechat.text !== undefined || wechat.attachment !== undefined, {
    ...EVEN_WITH_FIELD_ERRORS,
    message: 'text or attachment is required (text wins when both are sent)',
  });

export const V1Ott = z.looseObject({
  fb: V1Facebook.optional(),
  twitter: V1Twitter.optional(),
  wa: V1WhatsApp.optional(),
  wechat: V1WeChat.optional(),
});

export const V1Channels = z.looseObject(
  {
    smartlinks: z.array(V1Smartlink, { error: 'an array of smartlinks' }).optional(),
    sms: V1Sms.optional(),
    voice: V1Voice.optional(),
    push: V1Push.optional(),
    appmessaging: V1AppMessaging.optional(),
    'OTT-Messaging': V1Ott.optional(),
  },
  { error: 'the channels object is required (e.g. {"sms": {...}})' },
);

export const V1Message = z.looseObject({
  template: z.union([z.string().min(1), z.number()], { error: 'template: the template ID is required' }),
  parameters: V1TemplateParameters.optional(),
});

export const V1Destination = z.looseObject({
  correlationid: CorrelationId.optional(),
  // The ids of each kind; v1-rules checks them against the channel.
  ...Object.fromEntries(V1_DESTINATION_KINDS.map((kind) => [kind, z.unknown().optional()])),
});

const DELIVERY_CHANNEL_RULE = `must be one of ${V1_CHANNELS.join(', ')} (or the vendor's spellings "whatsapp", "Messenger")`;

export const V1RequestShape = z.looseObject({
  deliverychannel: z.string({ error: DELIVERY_CHANNEL_RULE }).refine((value) => v1ChannelOf(value) !== undefined, DELIVERY_CHANNEL_RULE),
  /** The channel asset's app id: "required only for Push, In-App, Messenger, WhatsApp..." (current v1 page). */
  appid: z.string({ error: 'a string is required' }).optional(),
  options: z
    .union([z.record(z.string(), z.unknown()), z.array(z.record(z.string(), z.unknown()))], {
      error: 'an object (or array of objects) of options',
    })
    .optional(),
  notifyurlAuthId: z.string({ error: 'a string is required' }).optional(),
  contactPolicy: z.looseObject({}, { error: 'an object' }).optional(),
  channels: V1Channels,
  destination: z.array(V1Destination, { error: 'an array of destinations is required' }).min(1, 'at least one destination is required'),
  message: V1Message.optional(),
  correlationid: CorrelationId.optional(),
  notifyurl: HttpUrl.optional(),
  callbackData: z
    .string({ error: 'a string is required' })
    .max(
      V1_MAX_CALLBACK_DATA_CHARS,
      `longer than ${V1_MAX_CALLBACK_DATA_CHARS} characters (the v2 limit; v1 documents none, the stricter applies)`,
    )
    .optional(),
  expiry: Instant.optional(),
  // Any value is sent: an invalid one falls back to the client's configured priority (v1-rules warns).
  priority: z.unknown().optional(),
});
export type V1Request = z.output<typeof V1RequestShape>;

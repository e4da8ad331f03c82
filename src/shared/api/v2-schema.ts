import { z } from 'zod';
import {
  V2_MAX_CALLBACK_DATA_CHARS,
  V2_MAX_EMAIL_HTML_BYTES,
  V2_MAX_RCS_FALLBACK_TEXT_CHARS,
  V2_MAX_SMS_TEXT_CHARS,
  V2_PRIORITY_MAX,
  V2_PRIORITY_MIN,
} from '../limits/v2';
import { formatBytes } from '../limits/bytes';
import { RcsRequestContent } from '../rcs/content';
import {
  Email,
  Flag,
  HttpUrl,
  Instant,
  IntInRange,
  Msisdn,
  NonEmpty,
  NotifyUrl,
  PositiveInt,
  SubstitutionValues,
  utf8Bytes,
  EVEN_WITH_FIELD_ERRORS,
} from './formats';

// Send Message v2 (seed 001): POST {base}/v2/messages. Objects are loose (unknown fields pass
// through to the API untouched) because the vendor's own samples carry undocumented fields such as
// `smartlinks` or `appid`; every documented field is checked.

export const V2_CHANNELS = ['sms', 'email', 'rcs'] as const;
export type V2Channel = (typeof V2_CHANNELS)[number];

const CorrelationId = z.string({ error: 'a string is required' });

export const V2SmsGroup = z.looseObject({
  msisdn: z.array(Msisdn, { error: 'an array of MSISDNs is required for sms' }).min(1, 'at least one MSISDN is required'),
  correlationId: CorrelationId.optional(),
  substitutions: SubstitutionValues.optional(),
});
export const V2EmailGroup = z.looseObject({
  email: z.array(Email, { error: 'an array of email addresses is required for email' }).min(1, 'at least one email address is required'),
  correlationId: CorrelationId.optional(),
  substitutions: SubstitutionValues.optional(),
});
export const V2RcsGroup = z.looseObject({
  msisdn: z.array(Msisdn, { error: 'an array of MSISDNs is required for rcs' }).min(1, 'at least one MSISDN is required'),
  correlationId: CorrelationId.optional(),
  substitutions: SubstitutionValues.optional(),
});

export const V2SmsContent = z.looseObject({
  type: z.enum(['text', 'unicode'], { error: 'must be "text" or "unicode"' }),
  // Characters, not bytes; over 1024 is a warning (v2-rules), over 4000 refused.
  text: z
    .string({ error: 'the message text is required' })
    .min(1, 'must not be empty')
    .refine(
      (text) => [...text].length <= V2_MAX_SMS_TEXT_CHARS,
      `longer than ${V2_MAX_SMS_TEXT_CHARS} characters (developers.webexconnect.io/reference/send-sms-message-api-v2)`,
    ),
});

const MimeType = z
  .string({ error: 'a MIME type is required (e.g. image/png)' })
  .regex(/^[\w.+-]+\/[\w.+-]+$/, 'not a MIME type (type/subtype)');

export const V2EmailAttachment = z
  .looseObject({
    mimeType: MimeType.optional(),
    // The current email page spells it `mimetype` (developers.webexconnect.io/reference/email-api).
    mimetype: MimeType.optional(),
    name: NonEmpty('the file name'),
    mediaUrl: HttpUrl,
    /** Content-ID for an inline image the html refers to as cid:<value>. */
    cid: z.string({ error: 'a string is required' }).optional(),
    /** Declared size in bytes; optional, summed against the 10 MB limit when given. */
    size: z
      .number({ error: 'size in bytes, a number' })
      .int('size in bytes, a whole number')
      .nonnegative('size must not be negative')
      .optional(),
  })
  .superRefine((attachment, ctx) => {
    if (attachment.mimeType === undefined && attachment.mimetype === undefined)
      ctx.addIssue({ code: 'custom', path: ['mimeType'], message: 'a MIME type is required (e.g. image/png)' });
  }, EVEN_WITH_FIELD_ERRORS);

export const V2EmailContent = z
  .looseObject({
    type: z.enum(['text', 'html'], { error: 'must be "text" or "html"' }),
    // An empty subject is a warning (v2-rules): the seed's own samples send "".
    subject: z.string({ error: 'the subject is required' }),
    encoding: z.string({ error: 'a character set name, e.g. UTF-8' }).optional(),
    replyTo: Email.optional(),
    attachments: z.array(V2EmailAttachment, { error: 'an array of attachments' }).optional(),
    text: z.string({ error: 'a string is required' }).optional(),
    html: z
      .string({ error: 'a string is required' })
      .refine(
        (html) => utf8Bytes(html) <= V2_MAX_EMAIL_HTML_BYTES,
        `larger than ${formatBytes(V2_MAX_EMAIL_HTML_BYTES)} (${V2_MAX_EMAIL_HTML_BYTES} bytes)`,
      )
      .optional(),
  })
  .superRefine((content, ctx) => {
    // This runs even when a field failed its own check, so a field may be any JSON here: a
    // non-string already has its "a string is required" issue.
    const missing = (value: unknown): boolean => value === undefined || (typeof value === 'string' && value.trim() === '');
    if (content.type === 'text' && missing(content.text))
      ctx.addIssue({ code: 'custom', path: ['text'], message: 'required when type is "text"' });
    // type html without html is a warning (v2-rules): seed 001's table requires it, its sample omits it.
  }, EVEN_WITH_FIELD_ERRORS);

export const V2SmsOptions = z.looseObject({
  shortenLinks: Flag.optional(),
  domain: z.string({ error: 'a domain string is required' }).optional(),
  trackClicks: Flag.optional(),
  extras: z.record(z.string(), z.unknown(), { error: 'an object' }).optional(),
  // Reporting tags and the long-URL fallback of link shortening (current SMS page).
  tag1: z.string({ error: 'a string is required' }).optional(),
  tag2: z.string({ error: 'a string is required' }).optional(),
  allowFallbackURL: Flag.optional(),
});
export const V2EmailOptions = z.looseObject({
  trackClicks: Flag.optional(),
  trackOpens: Flag.optional(),
  fromName: z.string({ error: 'a string is required' }).optional(),
  cc: z.array(Email, { error: 'an array of email addresses' }).optional(),
  bcc: z.array(Email, { error: 'an array of email addresses' }).optional(),
  multipleToRecipients: Flag.optional(),
});
export const V2RcsOptions = z.looseObject({
  smsFallback: Flag.optional(),
  smsSenderId: z.string({ error: 'a sender ID string is required' }).optional(),
  text: z
    .string({ error: 'a string is required' })
    .max(V2_MAX_RCS_FALLBACK_TEXT_CHARS, `longer than ${V2_MAX_RCS_FALLBACK_TEXT_CHARS} characters`)
    .optional(),
  carrierId: z.union([z.string(), z.number()], { error: 'a carrier ID' }).optional(),
});

export const V2Template = z.looseObject({
  id: NonEmpty('the template id'),
  /** Email templates may carry their own subject (current email page). */
  subject: z.string({ error: 'a string is required' }).optional(),
});

/** Contact policy checks before sending (current v2 pages: SMS, email, RCS). */
export const V2ContactPolicy = z.looseObject({
  contactPolicyGroup: z.string({ error: 'the contact policy group id, a string' }).optional(),
  channelCheckConsent: Flag.optional(),
  channelApplyFrequencyCap: Flag.optional(),
});

/** Seed 001's SMS sample: smartlinks by id. */
export const V2Smartlink = z.looseObject({
  smartlinkId: z.union([z.number(), z.string()], { error: 'the smartlink id, a number' }),
  validity: z.union([z.number(), z.string()], { error: 'minutes, a number' }).optional(),
});

const common = {
  substitutions: SubstitutionValues.optional(),
  sendAt: Instant.optional(),
  expireAt: Instant.optional(),
  validity: PositiveInt('validity in seconds').optional(),
  priority: IntInRange(V2_PRIORITY_MIN, V2_PRIORITY_MAX, 'priority').optional(),
  callbackData: z
    .string({ error: 'a string is required' })
    .max(V2_MAX_CALLBACK_DATA_CHARS, `longer than ${V2_MAX_CALLBACK_DATA_CHARS} characters`)
    .optional(),
  notifyUrl: NotifyUrl.optional(),
  requestedReceipts: z.array(z.string({ error: 'a receipt name' }), { error: 'an array of receipt names' }).optional(),
  template: V2Template.optional(),
  notifyUrlAuthId: z.string({ error: 'the notify URL authentication id, a string' }).optional(),
  contactPolicy: V2ContactPolicy.optional(),
  /** Scheduled sends (current SMS page, "Sending SMS with Scheduler"). */
  batchId: z.string({ error: 'a string is required' }).optional(),
  /** Seed 001's generic sample ("required only for Push, In-App, Messenger..."). */
  appid: z.string({ error: 'a string is required' }).optional(),
  smartlinks: z.array(V2Smartlink, { error: 'an array of smartlinks' }).optional(),
};

const toArray = <T extends z.ZodType>(group: T) =>
  z.array(group, { error: 'an array of destination groups is required' }).min(1, 'at least one destination group is required');

export const V2SmsRequest = z.looseObject({
  channel: z.literal('sms'),
  from: NonEmpty('the sender ID'),
  to: toArray(V2SmsGroup),
  options: V2SmsOptions.optional(),
  content: V2SmsContent.optional(),
  ...common,
});
export const V2EmailRequest = z.looseObject({
  channel: z.literal('email'),
  from: Email,
  to: toArray(V2EmailGroup),
  options: V2EmailOptions.optional(),
  // The vendor's email sample puts cc/bcc at the top level; accepted there too.
  cc: z.array(Email, { error: 'an array of email addresses' }).optional(),
  bcc: z.array(Email, { error: 'an array of email addresses' }).optional(),
  /** Absent: one email per address in `to` (with all cc/bcc); true: one email to all of them. */
  multipleToRecipients: Flag.optional(),
  content: V2EmailContent.optional(),
  ...common,
});
export const V2RcsRequest = z.looseObject({
  channel: z.literal('rcs'),
  from: NonEmpty('the RCS app ID'),
  to: toArray(V2RcsGroup),
  options: V2RcsOptions.optional(),
  content: RcsRequestContent.optional(),
  ...common,
});

export const V2RequestShape = z.discriminatedUnion('channel', [V2SmsRequest, V2EmailRequest, V2RcsRequest], {
  error: 'must be "sms", "email" or "rcs"',
});
export type V2Request = z.output<typeof V2RequestShape>;
export type V2SmsRequest = z.output<typeof V2SmsRequest>;
export type V2EmailRequest = z.output<typeof V2EmailRequest>;
export type V2RcsRequest = z.output<typeof V2RcsRequest>;

import { z } from 'zod';
import { V1_MAX_INTERACTIVE_ACTIONS, V1_PUSH_PRIORITY_MAX, V1_PUSH_PRIORITY_MIN } from '../limits/v1';
import { HttpUrl, IntInRange, NonEmpty, EVEN_WITH_FIELD_ERRORS } from './formats';

// The app-messaging (RT) channel block of v1 (seed 002, and seed 003's `rt` sample, which uses
// an older flat shape: text/attachments/interactive at the top of the block). Both are accepted.

export const INTERACTIVE_CATEGORIES = [
  'SINGLE_DISMISS',
  'SINGLE_OPEN',
  'SINGLE_SUBSCRIBE',
  'SINGLE_UNSUBSCRIBE',
  'SINGLE_SHARE',
  'SINGLE_DEEPLINK',
  'SINGLE_REPLY',
  'DOUBLE_YES_NO',
  'DOUBLE_ACCEPT_CANCEL',
  'DOUBLE_SHARE_CANCEL',
  'DOUBLE_SHOPNOW_CANCEL',
  'DOUBLE_LATER_NOW',
  'DOUBLE_PLAY_NOW_PLAY_LATER',
  'DOUBLE_OK_LEARN_MORE',
  'DOUBLE_SUBSCRIBE_UNSUBSCRIBE',
  'DOUBLE_BUY_NOW_BUY_LATER',
  'DOUBLE_LIKE_SHARE',
  'DOUBLE_REPLY_DISMISS',
  'DOUBLE_REPLY_NO_DISMISS',
  'DOUBLE_REPLY_YES_DISMISS',
  'DOUBLE_REPLY_YES_NO',
] as const;
export const APP_ACTIONS = [
  'DISMISS',
  'OPEN_URL',
  'OPEN_APP',
  'DEEPLINK',
  'OPENWEBVIEW',
  'OPEN_WEBVIEW',
  'SHARE',
  'TRIVIAL_REPLY',
  'INLINE_REPLY',
] as const;
export const NOTIFICATION_ACTIONS = ['OPEN_URL', 'OPEN_WEBVIEW', 'OPEN_HTML', 'DEEPLINK', 'OPEN_APP'] as const;
const NEEDS_VALUE: readonly string[] = ['OPEN_URL', 'DEEPLINK', 'OPENWEBVIEW', 'OPEN_WEBVIEW', 'SHARE', 'OPEN_HTML'];

export const ATTACHMENT_KINDS = ['file', 'image', 'video', 'audio', 'location'] as const;

export const V1NotificationAction = z
  .looseObject({
    action: z.enum(NOTIFICATION_ACTIONS, { error: `one of ${NOTIFICATION_ACTIONS.join(', ')}` }).optional(),
    value: z.string({ error: 'a string is required' }).optional(),
  })
  .superRefine((na, ctx) => {
    if (na.action && NEEDS_VALUE.includes(na.action) && !na.value)
      ctx.addIssue({ code: 'custom', path: ['value'], message: `required for action ${na.action}` });
  }, EVEN_WITH_FIELD_ERRORS);

/** One button of an interactive notification (app messaging and push). */
export const V1InteractiveAction = z
  .looseObject({
    pos: z.union([z.number(), z.string().regex(/^\d+$/)], { error: 'pos: a position number is required' }),
    action: z.enum(APP_ACTIONS, { error: `one of ${APP_ACTIONS.join(', ')}` }),
    identifier: z.string({ error: 'a string is required' }).optional(),
    value: z.string({ error: 'a string is required' }).optional(),
  })
  .superRefine((action, ctx) => {
    if (NEEDS_VALUE.includes(action.action) && !action.value)
      ctx.addIssue({ code: 'custom', path: ['value'], message: `required for action ${action.action}` });
  }, EVEN_WITH_FIELD_ERRORS);

/** An `interactive` block: a category and its actions (SINGLE_* one, DOUBLE_* two), plus `extra` fields. */
export function interactiveBlock<Extra extends z.ZodRawShape>(extra: Extra) {
  return z
    .looseObject({
      category: z.enum(INTERACTIVE_CATEGORIES, { error: 'not a known category (SINGLE_* or DOUBLE_*, see the v1 docs)' }),
      pushref: z.string({ error: 'a string is required' }).optional(),
      actions: z
        .array(V1InteractiveAction, { error: 'an array of actions is required' })
        .min(1, 'at least one action is required')
        .max(V1_MAX_INTERACTIVE_ACTIONS, `at most ${V1_MAX_INTERACTIVE_ACTIONS} actions`),
      ...extra,
    })
    .superRefine((interactive, ctx) => {
      if (typeof interactive.category !== 'string' || !Array.isArray(interactive.actions)) return;
      const expected = interactive.category.startsWith('SINGLE_') ? 1 : 2;
      if (interactive.actions.length > expected)
        ctx.addIssue({
          code: 'custom',
          path: ['actions'],
          message: `${interactive.category} has ${expected} choice${expected === 1 ? '' : 's'}: at most ${expected} action${expected === 1 ? '' : 's'}`,
        });
    }, EVEN_WITH_FIELD_ERRORS);
}

export const V1Interactive = interactiveBlock({ messageref: z.string({ error: 'a string is required' }).optional() });

export const V1Attachment = z
  .looseObject({
    contentType: z
      .string({ error: 'the content type is required' })
      .refine(
        (type) => (ATTACHMENT_KINDS as readonly string[]).includes(type) || /^[\w.+-]+\/[\w.+-]+$/.test(type),
        `one of ${ATTACHMENT_KINDS.join(', ')} or a MIME type`,
      ),
    file: HttpUrl.optional(),
    preview: z.string({ error: 'a base64 JPEG string' }).optional(),
    size: z.union([z.number().int().nonnegative(), z.string().regex(/^\d+$/)], { error: 'size in bytes, a number' }).optional(),
    duration: z.union([z.number().nonnegative(), z.string().regex(/^\d+(\.\d+)?$/)], { error: 'seconds, a number' }).optional(),
    latitude: z.union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/)], { error: 'latitude, a number' }).optional(),
    longitude: z.union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/)], { error: 'longitude, a number' }).optional(),
  })
  .superRefine((att, ctx) => {
    if (typeof att.contentType !== 'string') return;
    const kind = att.contentType.split('/')[0]!;
    if (kind === 'location') {
      if (att.latitude === undefined) ctx.addIssue({ code: 'custom', path: ['latitude'], message: 'required for a location' });
      if (att.longitude === undefined) ctx.addIssue({ code: 'custom', path: ['longitude'], message: 'required for a location' });
      return;
    }
    if (att.file === undefined) ctx.addIssue({ code: 'custom', path: ['file'], message: 'the URL of the file is required' });
    if (kind === 'video' && !att.preview)
      ctx.addIssue({ code: 'custom', path: ['preview'], message: 'required for a video (base64 JPEG preview)' });
    if ((kind === 'video' || kind === 'audio') && att.duration === undefined)
      ctx.addIssue({ code: 'custom', path: ['duration'], message: `required for ${kind} (seconds)` });
  }, EVEN_WITH_FIELD_ERRORS);

const Anything = z.record(z.string(), z.unknown(), { error: 'an object' });
const Str = z.string({ error: 'a string is required' });
/** Keys every platform's extras share (seeds 002 and 003). */
const Extras = z.looseObject({
  notificationaction: V1NotificationAction.optional(),
  collapse_key: Str.optional(),
  sound: Str.optional(),
  badge: Str.optional(),
  customtags: Anything.optional(),
});

export const V1Notification = z.looseObject({
  title: NonEmpty('the notification title'),
  text: NonEmpty('the notification text'),
  android_extras: Extras.extend({ iconurl: HttpUrl.optional() }).optional(),
  ios_extras: Extras.extend({ attachmenturl: HttpUrl.optional() }).optional(),
  windows_extras: Extras.extend({ logo: HttpUrl.optional(), image: HttpUrl.optional() }).optional(),
  web_extras: z.looseObject({ url: HttpUrl.optional(), collapse_key: Str.optional(), action: Str.optional() }).optional(),
  interactive: V1Interactive.optional(),
});

export const V1AppMessaging = z
  .looseObject({
    message: z
      .looseObject({
        text: z.string({ error: 'the message text is required' }).min(1, 'must not be empty'),
        attachment: V1Attachment.optional(),
      })
      .optional(),
    notification: V1Notification.optional(),
    thread_type: z.string({ error: 'a string is required' }).optional(),
    thread_title: z.string({ error: 'a string is required' }).optional(),
    thread_id: z.string({ error: 'a string is required' }).optional(),
    /** Reply chips under the message (current live-chat / in-app messaging pages). */
    quickreplies: z.union([z.array(z.looseObject({})), z.looseObject({})], { error: 'quick replies: an array or object' }).optional(),
    // The flat shape of seed 003's rt sample.
    senderid: z.string({ error: 'a string is required' }).optional(),
    text: z.string({ error: 'a string is required' }).optional(),
    priority: IntInRange(V1_PUSH_PRIORITY_MIN, V1_PUSH_PRIORITY_MAX, 'priority').optional(),
    attachments: z.array(V1Attachment, { error: 'an array of attachments' }).optional(),
    interactive: V1Interactive.optional(),
    extras: Extras.optional(),
  })
  .superRefine((block, ctx) => {
    if (block.message === undefined && !block.text) {
      ctx.addIssue({ code: 'custom', path: ['message'], message: 'message.text is required (or text in the flat rt shape)' });
    }
    // Seed 002 marks thread_type and thread_title mandatory with the message object; seed 003's
    // flat rt sample has neither, so they are enforced for the seed-002 shape only.
    if (block.message !== undefined) {
      if (!block.thread_type)
        ctx.addIssue({ code: 'custom', path: ['thread_type'], message: 'required with message (e.g. "conversation")' });
      if (!block.thread_title) ctx.addIssue({ code: 'custom', path: ['thread_title'], message: 'required with message' });
    }
  }, EVEN_WITH_FIELD_ERRORS);

import { z } from 'zod';
import { V1_FB_MAX_TEMPLATE_BUTTONS } from '../limits/v1';
import { atMostItems, EVEN_WITH_FIELD_ERRORS, HttpUrl, NonEmpty } from './formats';

// Messenger in Messaging API v1: seed 003 and the current Messenger page
// (developers.webexconnect.io/reference/facebook: text, media and template attachments,
// sender_action, quick_replies). Objects are loose: unknown fields are sent and warned about.

const QuickReplies = z.union([z.array(z.looseObject({}), { error: 'an array of quick replies' }), z.looseObject({})], {
  error: 'quick replies: an array or object',
});

/** Messenger's typing indicators and read marks (current Facebook Messenger page). */
const FB_SENDER_ACTIONS = ['typing_on', 'typing_off', 'mark_seen'] as const;
/** Template types of the current Messenger page; seed 003 lists generic/buttons/receipt. */
const FB_TEMPLATE_TYPES = ['generic', 'buttons', 'button', 'receipt', 'media', 'list', 'one_time_notif_req'] as const;

/** A call-to-action button, the same in a generic bubble and a button template ("type, title, url, payload"). */
const FbButton = z
  .looseObject({
    type: z.enum(['web_url', 'postback'], { error: 'one of web_url, postback' }),
    url: HttpUrl.optional(),
    title: NonEmpty('the button title'),
    payload: z.string().optional(),
  })
  .superRefine((button, ctx) => {
    if (button.type === 'web_url' && !button.url) ctx.addIssue({ code: 'custom', path: ['url'], message: 'required for a web_url button' });
    if (button.type === 'postback' && !button.payload)
      ctx.addIssue({ code: 'custom', path: ['payload'], message: 'required for a postback button' });
  }, EVEN_WITH_FIELD_ERRORS);

const FbButtons = atMostItems(
  z.array(FbButton, { error: 'an array of buttons' }),
  V1_FB_MAX_TEMPLATE_BUTTONS,
  `at most ${V1_FB_MAX_TEMPLATE_BUTTONS} buttons (the Messenger page: "up to 3 buttons only")`,
);

/** The payload of every attachment: media `url`, and the fields of each template type. */
const FbPayload = z
  .looseObject({
    template_type: z.enum(FB_TEMPLATE_TYPES, { error: `one of ${FB_TEMPLATE_TYPES.join(', ')}` }).optional(),
    url: HttpUrl.optional(),
    // Button template (current Messenger page, "Button Template Parameter Table"): text (yes), buttons (no).
    text: z.string({ error: 'the text above the buttons, a string' }).optional(),
    buttons: FbButtons.optional(),
    elements: z
      .array(
        z.looseObject({
          title: NonEmpty('the bubble title'),
          image_url: HttpUrl.optional(),
          subtitle: z.string().optional(),
          buttons: FbButtons.optional(),
        }),
      )
      .optional(),
  })
  .superRefine((payload, ctx) => {
    // "buttons" is seed 003's spelling of the same template.
    const buttonTemplate = payload.template_type === 'button' || payload.template_type === 'buttons';
    if (buttonTemplate && (payload.text === undefined || payload.text === ''))
      ctx.addIssue({ code: 'custom', path: ['text'], message: 'required for a button template: the text that appears above the buttons' });
  }, EVEN_WITH_FIELD_ERRORS);

export const V1Facebook = z
  .looseObject({
    text: z.string({ error: 'a string is required' }).optional(),
    sender_action: z.enum(FB_SENDER_ACTIONS, { error: `one of ${FB_SENDER_ACTIONS.join(', ')}` }).optional(),
    quick_replies: QuickReplies.optional(),
    quickreplies: QuickReplies.optional(),
    attachment: z
      .looseObject({
        type: z.enum(['image', 'template', 'video', 'audio', 'file'], { error: 'one of image, template, video, audio, file' }),
        payload: FbPayload,
      })
      .optional(),
  })
  .refine((fb) => fb.text !== undefined || fb.attachment !== undefined || fb.sender_action !== undefined, {
    ...EVEN_WITH_FIELD_ERRORS,
    message: 'text, attachment or sender_action is required',
  });

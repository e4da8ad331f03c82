import { z } from 'zod';
import { V1_WA_MAX_OTP_CHARS, V1_WA_MAX_TEMPLATE_QUICK_REPLIES } from '../limits/v1';
import { atMostItems, EVEN_WITH_FIELD_ERRORS, HttpUrl, NonEmpty } from './formats';

// `message.parameters` of a v1 template. Seed 003 sends simple values (`$(name)` substitutions);
// the current WhatsApp page (developers.webexconnect.io/reference/whatsapp-apis, "Template
// Messages") adds objects named after the template's variables: a media header
// (`image`/`video`/`document`: { link, filename }), localisable `date_time` and `currency` values,
// a CTA button's dynamic `url`, an authentication `otp`, and the `quickReply` array.

const Scalar = z.union([z.string(), z.number(), z.boolean()]);

const ParameterObject = z
  .looseObject({
    type: z.string({ error: 'the parameter type, a string (date_time, currency, url or otp)' }).optional(),
    link: HttpUrl.optional(),
    filename: z.string({ error: 'a string is required' }).optional(),
    fallback_value: z.string({ error: 'a string is required' }).optional(),
    timestamp: z.union([z.string(), z.number()], { error: 'UNIX epoch seconds' }).optional(),
    currency_code: z.string({ error: 'a currency code, e.g. USD' }).optional(),
    amount_1000: z.union([z.string(), z.number()], { error: 'the amount multiplied by 1000' }).optional(),
    payload: z.string({ error: 'a string is required' }).optional(),
    value: z.string({ error: 'a string is required' }).optional(),
  })
  .superRefine((param, ctx) => {
    const need = (key: string, what: string) => {
      if (param[key] === undefined || param[key] === '') ctx.addIssue({ code: 'custom', path: [key], message: `required: ${what}` });
    };
    switch (param.type) {
      case undefined:
        need('link', 'the media URL of the image, video or document header');
        break;
      case 'date_time':
        need('fallback_value', 'what the customer sees when localisation fails');
        break;
      case 'currency':
        need('currency_code', 'the currency code, e.g. USD');
        need('amount_1000', 'the amount multiplied by 1000');
        need('fallback_value', 'what the customer sees when localisation fails');
        break;
      case 'url':
        need('payload', 'the dynamic extension of the button URL');
        break;
      case 'otp':
        need('value', 'the one-time code');
        if (typeof param.value === 'string' && [...param.value].length > V1_WA_MAX_OTP_CHARS)
          ctx.addIssue({ code: 'custom', path: ['value'], message: `longer than ${V1_WA_MAX_OTP_CHARS} characters` });
        break;
    }
  }, EVEN_WITH_FIELD_ERRORS);

const QuickReplies = atMostItems(
  z.array(z.looseObject({ button_text: NonEmpty('button_text'), payload: NonEmpty('the button payload') }), {
    error: 'an array of quick-reply buttons ({"button_text", "payload"})',
  }),
  V1_WA_MAX_TEMPLATE_QUICK_REPLIES,
  `at most ${V1_WA_MAX_TEMPLATE_QUICK_REPLIES} quick-reply buttons`,
);

export const V1TemplateParameters = z
  .record(
    z.string(),
    z.union([Scalar, ParameterObject, z.array(z.unknown())], {
      error: 'a string, number, true/false, a documented object (media link, date_time, currency, url, otp) or the quickReply array',
    }),
    { error: 'an object of name: value' },
  )
  .superRefine((params, ctx) => {
    // `quickReply` is checked here, not in the union, so each button's problem is named.
    for (const [key, value] of Object.entries(params)) {
      if (key !== 'quickReply') continue;
      const parsed = QuickReplies.safeParse(value);
      if (!parsed.success)
        for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', path: [key, ...issue.path], message: issue.message });
    }
  });

import { z } from 'zod';
import {
  V1_WA_MAX_BODY_CHARS,
  V1_WA_MAX_FOOTER_CHARS,
  V1_WA_MAX_HEADER_CHARS,
  V1_WA_MAX_LIST_BUTTON_CHARS,
  V1_WA_MAX_LIST_ROWS,
  V1_WA_MAX_LIST_SECTIONS,
  V1_WA_MAX_REPLY_BUTTONS,
  V1_WA_MAX_SECTION_TITLE_CHARS,
} from '../limits/v1';
import { isRecord } from '../is-record';
import { atMostItems, EVEN_WITH_FIELD_ERRORS, EVEN_WITH_ITEM_ERRORS, Flag, HttpUrl, NonEmpty } from './formats';
import type { IssueSink } from './issues';
import { checkWhatsAppMediaMime } from './v1-whatsapp-media';

// WhatsApp in Messaging API v1 (`channels.OTT-Messaging.wa`): seed 003's `{ "text": "..." }` and
// the typed messages of the current WhatsApp page, developers.webexconnect.io/reference/whatsapp-apis
// (v6.20.0): text, media (image, audio, document, video, sticker), location, contacts, list, reply
// buttons and the deprecated hsm. Template messages go in the request's `message` (v1-template-parameters).
// This is the vendor's own shape (media `url` + `mimeType`, `type: "list"` with a `list` block),
// not Meta's Cloud API (`link`, `interactive`): those keys are kept and warned about like any unknown key.

const chars = (text: string): number => [...text].length;
const CharsAtMost = (limit: number, what: string) =>
  z
    .string({ error: `${what}, a string` })
    .refine((text) => chars(text) <= limit, `longer than ${limit} characters (the WhatsApp page's limit)`);
const OptionalText = z.string({ error: 'a string is required' }).optional();

/** The audio, document, image, video and sticker objects ("url" and "mimeType" mandatory). */
const WaMedia = z.looseObject({
  url: HttpUrl,
  mimeType: NonEmpty('the MIME type (e.g. image/png)'),
  /** "Describes the specified image, video, or document media. Do not use with audio or sticker media." */
  caption: OptionalText,
  filename: OptionalText,
});

/** Longitude and latitude: numbers in the samples, strings in the page's schema; both are accepted. */
const Coordinate = (what: string) =>
  z
    .union([z.number(), z.string()], { error: `the ${what}, a number` })
    .refine((value) => typeof value === 'number' || /^\s*-?\d+(?:\.\d+)?\s*$/.test(value), `the ${what}, a number`);

const WaLocation = z.looseObject({
  longitude: Coordinate('longitude'),
  latitude: Coordinate('latitude'),
  name: OptionalText,
  /** "Only displayed if name is present." */
  address: OptionalText,
});

const Typed = (fields: Record<string, z.ZodType>) => z.array(z.looseObject({ ...fields, type: OptionalText }), { error: 'an array' });
const NAME_PARTS = ['first_name', 'last_name', 'middle_name', 'suffix', 'prefix'] as const;

const WaContact = z.looseObject({
  addresses: Typed({
    street: OptionalText,
    city: OptionalText,
    state: OptionalText,
    zip: OptionalText,
    country: OptionalText,
    country_code: OptionalText,
  }).optional(),
  birthday: z
    .string({ error: 'a YYYY-MM-DD date' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'a YYYY-MM-DD date')
    .optional(),
  emails: Typed({ email: OptionalText }).optional(),
  name: z
    .looseObject({
      formatted_name: NonEmpty('the full name as it normally appears'),
      ...Object.fromEntries(NAME_PARTS.map((part) => [part, OptionalText])),
    })
    .refine((name) => NAME_PARTS.some((part) => typeof name[part] === 'string' && name[part] !== ''), {
      ...EVEN_WITH_FIELD_ERRORS,
      message: `with formatted_name, at least one of ${NAME_PARTS.join(', ')} is required`,
    })
    .optional(),
  org: z.looseObject({ company: OptionalText, department: OptionalText, title: OptionalText }).optional(),
  phones: Typed({ phone: OptionalText, wa_id: OptionalText }).optional(),
  urls: Typed({ url: OptionalText }).optional(),
});

const Body = z.looseObject({ text: CharsAtMost(V1_WA_MAX_BODY_CHARS, 'the message body') }, { error: 'the body object ({"text": "..."})' });

const WaList = z.looseObject({
  header: z
    .looseObject({
      type: z.literal('text', { error: 'the header type: "text"' }),
      text: CharsAtMost(V1_WA_MAX_HEADER_CHARS, 'the header text').optional(),
    })
    .optional(),
  body: Body,
  footer: z.looseObject({ text: OptionalText }).optional(),
  action: z.looseObject(
    {
      button: CharsAtMost(V1_WA_MAX_LIST_BUTTON_CHARS, 'the text of the button that opens the list'),
      sections: z
        .array(
          z.looseObject({
            title: CharsAtMost(V1_WA_MAX_SECTION_TITLE_CHARS, 'the section title').optional(),
            rows: z.array(z.looseObject({ id: NonEmpty('the row id'), title: NonEmpty('the row title'), description: OptionalText }), {
              error: 'an array of rows',
            }),
          }),
          { error: 'an array of sections' },
        )
        .min(1, 'at least one section is required')
        .superRefine((sections, ctx) => {
          // Not `.max()`: that would hide the rows' own problems.
          if (sections.length > V1_WA_MAX_LIST_SECTIONS)
            ctx.addIssue({ code: 'custom', message: `at most ${V1_WA_MAX_LIST_SECTIONS} sections` });
          const rows = sections.reduce((sum, section) => sum + (Array.isArray(section.rows) ? section.rows.length : 0), 0);
          if (rows > V1_WA_MAX_LIST_ROWS)
            ctx.addIssue({ code: 'custom', message: `${rows} rows: at most ${V1_WA_MAX_LIST_ROWS} over all sections` });
          if (sections.length > 1)
            sections.forEach((section, i) => {
              if (!section.title)
                ctx.addIssue({ code: 'custom', path: [i, 'title'], message: 'required when the list has more than one section' });
            });
        }, EVEN_WITH_ITEM_ERRORS),
    },
    { error: 'the action object (button and sections) is required' },
  ),
});

const HeaderMedia = z.looseObject({ url: HttpUrl, provider: z.looseObject({ name: OptionalText }).optional(), filename: OptionalText });
const REPLY_HEADER_TYPES = ['text', 'document', 'video', 'image'] as const;

const WaReply = z.looseObject({
  header: z
    .looseObject({
      type: z.enum(REPLY_HEADER_TYPES, { error: `the header type: one of ${REPLY_HEADER_TYPES.join(', ')}` }),
      text: CharsAtMost(V1_WA_MAX_HEADER_CHARS, 'the header text').optional(),
      document: HeaderMedia.optional(),
      video: HeaderMedia.optional(),
      image: HeaderMedia.optional(),
    })
    .superRefine((header, ctx) => {
      const type = header.type as string | undefined;
      if (typeof type === 'string' && (REPLY_HEADER_TYPES as readonly string[]).includes(type) && header[type] === undefined)
        ctx.addIssue({ code: 'custom', path: [type], message: `required for a "${type}" header` });
    }, EVEN_WITH_FIELD_ERRORS)
    .optional(),
  body: Body,
  footer: z.looseObject({ text: CharsAtMost(V1_WA_MAX_FOOTER_CHARS, 'the footer text').optional() }).optional(),
  action: z.looseObject(
    {
      buttons: atMostItems(
        z
          .array(
            z.looseObject({
              type: z.literal('reply', { error: 'the button type: "reply"' }),
              reply: z.looseObject(
                { id: NonEmpty('the button id'), title: NonEmpty('the button title') },
                { error: 'the reply object (id and title)' },
              ),
            }),
            { error: 'an array of buttons' },
          )
          .min(1, 'at least one button is required'),
        V1_WA_MAX_REPLY_BUTTONS,
        `at most ${V1_WA_MAX_REPLY_BUTTONS} buttons`,
      ),
    },
    { error: 'the action object (buttons) is required' },
  ),
});

/** Deprecated by WhatsApp ("use Template message type instead"), still on the page. */
const WaHsm = z.looseObject({
  namespace: NonEmpty('the template namespace'),
  element_name: NonEmpty('the template element name'),
  language: z.looseObject(
    {
      code: NonEmpty('the language code (e.g. en or en_US)'),
      policy: z.enum(['deterministic', 'fallback'], { error: 'deterministic (fallback is deprecated)' }),
    },
    { error: 'the language object (code and policy)' },
  ),
  localizable_params: z.array(
    z.looseObject({
      default: z.string({ error: 'the default text, a string' }),
      currency: z
        .looseObject({
          currency_code: NonEmpty('currency_code'),
          amount_1000: z.union([z.number(), z.string()], { error: 'amount_1000, a number' }),
        })
        .optional(),
      date_time: z.looseObject({}).optional(),
    }),
    { error: 'an array of parameters ({"default": "..."})' },
  ),
});

/** Message types of the WhatsApp page whose content is a block of the same name. */
export const WA_TYPED_BLOCKS = ['image', 'audio', 'document', 'video', 'sticker', 'location', 'contacts', 'list', 'reply', 'hsm'] as const;
const WA_TYPES: readonly string[] = ['text', ...WA_TYPED_BLOCKS];

export const V1WhatsApp = z
  .looseObject({
    type: z.string({ error: 'the message type, e.g. "text"' }).optional(),
    text: z
      .union(
        [
          z.string().min(1, 'must not be empty'),
          z.looseObject({ body: z.string({ error: 'the text body is required' }).min(1, 'must not be empty') }),
        ],
        { error: 'the text, as a string or {"body": "..."}' },
      )
      .optional(),
    preview_url: Flag.optional(),
    identity_key_hash: z.string({ error: 'a string is required' }).optional(),
    image: WaMedia.optional(),
    audio: WaMedia.optional(),
    document: WaMedia.optional(),
    video: WaMedia.optional(),
    sticker: WaMedia.optional(),
    location: WaLocation.optional(),
    contacts: z.array(WaContact, { error: 'an array of contacts' }).optional(),
    list: WaList.optional(),
    reply: WaReply.optional(),
    hsm: WaHsm.optional(),
  })
  .superRefine((wa, ctx) => {
    const type = wa.type;
    if (type === 'text' && wa.text === undefined) ctx.addIssue({ code: 'custom', path: ['text'], message: 'required for "type": "text"' });
    if (typeof type === 'string' && (WA_TYPED_BLOCKS as readonly string[]).includes(type) && wa[type] === undefined)
      ctx.addIssue({ code: 'custom', path: [type], message: `required for "type": "${type}"` });
    if (type === undefined) {
      const block = WA_TYPED_BLOCKS.find((key) => wa[key] !== undefined);
      if (block) ctx.addIssue({ code: 'custom', path: ['type'], message: `required with a "${block}" block ("type": "${block}")` });
    }
  }, EVEN_WITH_FIELD_ERRORS);

/**
 * Cross-field: a WhatsApp block needs content unless the request sends a `message.template` (the
 * page's template samples carry only `identity_key_hash` in `wa`). A type the page does not list,
 * and the deprecated hsm, are sent as they are, with a warning.
 */
export function checkWhatsAppBlock(block: unknown, hasTemplate: boolean, path: string, sink: IssueSink): void {
  if (!isRecord(block)) return;
  const type = block.type;
  if (typeof type === 'string' && !WA_TYPES.includes(type)) {
    sink.warnings.push({
      path: `${path}.type`,
      message: `"${type}" is not a message type of the WhatsApp page (${WA_TYPES.join(', ')}): it is sent as it is, unchecked`,
    });
    return;
  }
  checkWhatsAppMediaMime(block, path, sink);
  if (isRecord(block.hsm)) {
    sink.warnings.push({
      path: `${path}.hsm`,
      message: 'HSM messages are deprecated by WhatsApp (the WhatsApp page): use a template through message.template; sent as it is',
    });
    const policy = isRecord(block.hsm.language) ? block.hsm.language.policy : undefined;
    if (policy === 'fallback')
      sink.warnings.push({
        path: `${path}.hsm.language.policy`,
        message: '"fallback" is deprecated and "may lead to message delivery failures" (the WhatsApp page): use "deterministic"',
      });
  }
  if (type === undefined && block.text === undefined && !hasTemplate && !WA_TYPED_BLOCKS.some((key) => block[key] !== undefined))
    sink.errors.push({
      path: `${path}.text`,
      message: 'the text is required (or a "type" with its own block, e.g. image, or message.template)',
    });
}

import { z } from 'zod';
import {
  RCS_AGENT_EVENTS,
  RCS_CARD_DESCRIPTION_MAX_CHARS,
  RCS_CARD_ORIENTATIONS,
  RCS_CARD_TITLE_MAX_CHARS,
  RCS_CAROUSEL_CARD_SUGGESTIONS_MAX,
  RCS_CAROUSEL_MAX_CARDS,
  RCS_CAROUSEL_MIN_CARDS,
  RCS_CAROUSEL_WIDTHS,
  RCS_MEDIA_HEIGHTS,
  RCS_MESSAGE_SUGGESTIONS_MAX,
  RCS_PHONE_MAX_DIGITS,
  RCS_RICH_CARD_SUGGESTIONS_MAX,
  RCS_SUGGESTION_TEXT_MAX_CHARS,
  RCS_TEXT_DOCUMENTED_MAX_CHARS,
  RCS_TEXT_MAX_CHARS,
  RCS_THUMBNAIL_ALIGNMENTS,
} from '../limits/rcs';

/*
 * The `content` object of a v2 Send Message with channel "rcs" (seed 001, rcsMessage).
 *
 * Three schemas come from one builder:
 *  - RcsRequestContent refuses only what the vendor documents. A v2 request is checked with it, and
 *    so is a design before Send (rcsIssues): the designer blocks exactly what the outbox refuses.
 *  - RcsContent also enforces the rules from elsewhere (RBM lengths, carousel size, event times,
 *    the stricter 1024); those are warnings everywhere a user sends (api/rcs-warnings.ts).
 *  - RcsContentShape checks only the structure (known types and keys, value kinds). The designer
 *    loads anything that passes it, then shows rule violations inline at the field, so a pasted
 *    payload with a too-long title still loads and the user can fix it there.
 */

/** `$(name)` substitution placeholders are filled per destination, so they are accepted as-is. */
const PLACEHOLDER = /\$\([^)]+\)/;

export function isHttpUrl(value: string): boolean {
  if (PLACEHOLDER.test(value)) return true;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

const E164 = new RegExp(`^\\+[1-9]\\d{1,${RCS_PHONE_MAX_DIGITS - 1}}$`);
export function isE164(value: string): boolean {
  return E164.test(value) || PLACEHOLDER.test(value);
}

function isIsoDateTime(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(value) && !Number.isNaN(Date.parse(value));
}

function oneOf(values: readonly string[]): string {
  return values.length === 2 ? `${values[0]} or ${values[1]}` : `one of ${values.join(', ')}`;
}

/** A string field; a missing one reads "is required", a wrong kind "must be a string". */
const str = () => z.string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a string') });

/** Names an unknown key and what it is not part of, so a pasted payload says what to remove. */
function strictObject<S extends z.ZodRawShape>(what: string, shape: S) {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((k) => `"${k}"`).join(', ')}: not part of ${what} in the v2 docs`
        : undefined,
  });
}

/**
 * `vendorOnly` builds what a v2 request is refused for: only the rules the vendor documents
 * (suggestion counts, the 3072-character text), with unknown keys let through. The rules that come
 * from elsewhere (RBM chip and card lengths, carousel size, event times) and the 1024 of the SMS
 * fallback are warnings there (api/rcs-warnings.ts), in the designer too.
 */
function build(rules: boolean, vendorOnly = false) {
  // Typed as the strict object either way: the loose one parses the same fields and keeps extras.
  const object = <S extends z.ZodRawShape>(what: string, shape: S) =>
    (vendorOnly ? z.looseObject(shape) : strictObject(what, shape)) as ReturnType<typeof strictObject<S>>;
  const enumOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: `must be ${oneOf(values)}` });

  const limited = (max: number, rule: string, required: boolean) => {
    let s = str();
    if (!rules) return s;
    if (required) s = s.min(1, { error: `is required (${rule})` });
    if (vendorOnly) return s;
    return s.max(max, { error: (issue) => `at most ${max} characters (${rule}); has ${String((issue.input as string).length)}` });
  };
  const required = (what: string) => {
    const s = str();
    return rules ? s.trim().min(1, { error: `is required (${what})` }) : s;
  };
  const checked = (check: (v: string) => boolean, rule: string) => {
    const s = str();
    return rules ? s.refine(check, { error: rule }) : s;
  };
  const url = (what: string) => checked(isHttpUrl, `not a web address (${what} must be an http:// or https:// URL)`);
  const count = (max: number, where: string) => (rules ? { error: `at most ${max} suggestions ${where}` } : undefined);

  const chipText = limited(RCS_SUGGESTION_TEXT_MAX_CHARS, `chip text limit ${RCS_SUGGESTION_TEXT_MAX_CHARS}`, true);
  const postbackData = str().optional();
  const number = (min: number, max: number, what: string) => {
    const n = z.number({ error: 'must be a number' });
    return rules
      ? n.min(min, { error: `${what} must be between ${min} and ${max}` }).max(max, { error: `${what} must be between ${min} and ${max}` })
      : n;
  };

  const reply = object('a reply suggestion', {
    type: z.literal('reply'),
    displayText: chipText,
    postbackData: rules ? required('a reply must carry postbackData so the chatbot knows which chip was tapped') : str().optional(),
  });
  const openUrl = object('an openUrl suggestion', {
    type: z.literal('openUrl'),
    displayText: chipText,
    url: url('openUrl.url'),
    postbackData,
  });
  const dialPhone = object('a dialPhone suggestion', {
    type: z.literal('dialPhone'),
    displayText: chipText,
    phone: checked(isE164, `not an E.164 phone number (+ then up to ${RCS_PHONE_MAX_DIGITS} digits, e.g. +14163688400)`),
    postbackData,
  });
  const viewLocationBase = object('a viewLocation suggestion', {
    type: z.literal('viewLocation'),
    displayText: chipText,
    latitude: number(-90, 90, 'latitude').optional(),
    longitude: number(-180, 180, 'longitude').optional(),
    address: str().optional(),
    query: str().optional(),
    label: str().optional(),
    postbackData,
  });
  const viewLocation = rules
    ? viewLocationBase.superRefine((s, ctx) => {
        const hasLat = s.latitude !== undefined;
        const hasLong = s.longitude !== undefined;
        if (hasLat !== hasLong) {
          ctx.addIssue({
            code: 'custom',
            path: [hasLat ? 'longitude' : 'latitude'],
            message: 'latitude and longitude go together: give both or neither',
          });
        } else if (!hasLat && !s.query?.trim() && !s.address?.trim()) {
          ctx.addIssue({
            code: 'custom',
            path: ['latitude'],
            message: 'a location needs latitude and longitude, or an address/query',
          });
        }
      })
    : viewLocationBase;
  const shareLocation = object('a shareLocation suggestion', {
    type: z.literal('shareLocation'),
    displayText: chipText,
    postbackData,
  });
  const calendarEventBase = object('a calendarEvent suggestion', {
    type: z.literal('calendarEvent'),
    displayText: chipText,
    startTime: checked(isIsoDateTime, 'not an ISO 8601 date-time with a zone (e.g. 2026-03-14T09:00:00Z)'),
    endTime: checked(isIsoDateTime, 'not an ISO 8601 date-time with a zone (e.g. 2026-03-14T10:00:00Z)'),
    meetingTitle: required('the calendar event needs a title'),
    meetingDescription: str().optional(),
    postbackData,
  });
  const calendarEvent =
    rules && !vendorOnly
      ? calendarEventBase.superRefine((s, ctx) => {
          if (Date.parse(s.startTime) >= Date.parse(s.endTime)) {
            ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'the event must end after it starts (endTime after startTime)' });
          }
        })
      : calendarEventBase;

  const suggestion = z.discriminatedUnion('type', [reply, openUrl, dialPhone, viewLocation, shareLocation, calendarEvent], {
    error: (issue) =>
      issue.code === 'invalid_union'
        ? `must be one of ${['reply', 'openUrl', 'dialPhone', 'viewLocation', 'shareLocation', 'calendarEvent'].join(', ')}`
        : undefined,
  });
  const suggestions = (max: number, where: string) => {
    const arr = z.array(suggestion, { error: 'must be a list of suggestions' });
    return (rules ? arr.max(max, count(max, where)) : arr).optional();
  };

  const media = object('card media (url, height, fileSize)', {
    url: url('media.url'),
    height: enumOf(RCS_MEDIA_HEIGHTS),
    fileSize: (rules
      ? z
          .number({ error: 'must be a number of bytes' })
          .int({ error: 'must be a whole number of bytes' })
          .positive({ error: 'must be a positive number of bytes' })
      : z.number({ error: 'must be a number of bytes' })
    ).optional(),
  });
  const title = limited(RCS_CARD_TITLE_MAX_CHARS, `rich card title limit ${RCS_CARD_TITLE_MAX_CHARS}`, false).optional();
  const description = limited(
    RCS_CARD_DESCRIPTION_MAX_CHARS,
    `rich card description limit ${RCS_CARD_DESCRIPTION_MAX_CHARS}`,
    false,
  ).optional();
  const needsSomething = (c: { title?: string | undefined; description?: string | undefined; media?: unknown }, ctx: z.RefinementCtx) => {
    if (!c.title?.trim() && !c.description?.trim() && c.media === undefined) {
      ctx.addIssue({ code: 'custom', path: ['title'], message: 'a card needs at least a title, a description or media' });
    }
  };

  const richCardBase = object('a rich card', {
    title,
    description,
    orientation: enumOf(RCS_CARD_ORIENTATIONS),
    thumbnailAlignment: enumOf(RCS_THUMBNAIL_ALIGNMENTS).optional(),
    media: media.optional(),
    // Documented in the current RCS page (developers.webexconnect.io/reference/rcs-api).
    thumbnail: z.union([str(), z.looseObject({ url: str().optional() })], { error: 'a thumbnail URL or {"url": ...}' }).optional(),
    suggestions: suggestions(RCS_RICH_CARD_SUGGESTIONS_MAX, 'on a rich card'),
  });
  const richCard = rules ? richCardBase.superRefine(needsSomething) : richCardBase;
  const carouselCardBase = object('a carousel card', {
    title,
    description,
    media: media.optional(),
    suggestions: suggestions(RCS_CAROUSEL_CARD_SUGGESTIONS_MAX, 'on a carousel card'),
  });
  const carouselCard = rules ? carouselCardBase.superRefine(needsSomething) : carouselCardBase;

  const messageSuggestions = suggestions(RCS_MESSAGE_SUGGESTIONS_MAX, 'on a message');

  const text = object('a text message', {
    type: z.literal('text'),
    text: rules
      ? z
          .string({ error: 'must be a string' })
          .min(1, { error: 'is required (a text message needs text)' })
          .max(vendorOnly ? RCS_TEXT_DOCUMENTED_MAX_CHARS : RCS_TEXT_MAX_CHARS, {
            error: (issue) =>
              vendorOnly
                ? `at most ${RCS_TEXT_DOCUMENTED_MAX_CHARS} characters (the rcsMessage table); has ${String((issue.input as string).length)}`
                : `at most ${RCS_TEXT_MAX_CHARS} characters (RCS text; the rcsMessage table allows ${RCS_TEXT_DOCUMENTED_MAX_CHARS} but SMS fallback allows ${RCS_TEXT_MAX_CHARS}, so the stricter applies); has ${String((issue.input as string).length)}`,
          })
      : str(),
    suggestions: messageSuggestions,
  });
  const mediaMessage = object('a media message', {
    type: z.literal('media'),
    mediaContentUrl: url('mediaContentUrl'),
    fileSize: media.shape.fileSize,
    suggestions: messageSuggestions,
  });
  const standalone = object('a standalone message', {
    type: z.literal('standalone'),
    richCard,
    suggestions: messageSuggestions,
  });
  const cards = z.array(carouselCard, { error: 'must be a list of cards' });
  const carousel = object('a carousel message', {
    type: z.literal('carousel'),
    width: enumOf(RCS_CAROUSEL_WIDTHS),
    cards:
      rules && !vendorOnly
        ? cards
            .min(RCS_CAROUSEL_MIN_CARDS, { error: `a carousel needs at least ${RCS_CAROUSEL_MIN_CARDS} cards` })
            .max(RCS_CAROUSEL_MAX_CARDS, { error: `a carousel holds at most ${RCS_CAROUSEL_MAX_CARDS} cards` })
        : cards,
    suggestions: messageSuggestions,
  });
  const agentEventBase = object('an agentEvent', {
    type: z.literal('agentEvent'),
    event: enumOf(RCS_AGENT_EVENTS),
    messageId: str().optional(),
  });
  const agentEvent = rules
    ? agentEventBase.superRefine((e, ctx) => {
        if (e.event === 'READ' && !e.messageId?.trim()) {
          ctx.addIssue({ code: 'custom', path: ['messageId'], message: 'a READ event needs the messageId of the message that was read' });
        }
      })
    : agentEventBase;

  const content = z.discriminatedUnion('type', [text, mediaMessage, standalone, carousel, agentEvent], {
    error: (issue) => (issue.code === 'invalid_union' ? 'must be one of text, media, standalone, carousel, agentEvent' : undefined),
  });
  return { content, suggestion, richCard, carouselCard, media };
}

const strict = build(true);
const shape = build(false);

/** RCS `content` of a v2 request: refused only for what the vendor documents (see build). */
export const RcsRequestContent = build(true, true).content;

/** RCS `content` with every rule enforced, documented by the vendor or not (see the top). */
export const RcsContent = strict.content;
export type RcsContent = z.infer<typeof RcsContent>;
/** The same structure without limits or cross-field rules: what the designer can load and edit. */
export const RcsContentShape = shape.content;

export const RcsSuggestion = strict.suggestion;
export type RcsSuggestion = z.infer<typeof RcsSuggestion>;
export type RcsSuggestionType = RcsSuggestion['type'];
export const RcsRichCard = strict.richCard;
export type RcsRichCard = z.infer<typeof RcsRichCard>;
export const RcsCarouselCard = strict.carouselCard;
export type RcsCarouselCard = z.infer<typeof RcsCarouselCard>;
export const RcsMedia = strict.media;
export type RcsMedia = z.infer<typeof RcsMedia>;
export type RcsContentType = RcsContent['type'];

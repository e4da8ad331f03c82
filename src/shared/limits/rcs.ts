// RCS limits from the v2 Send Message document (seed 001), each written once.
import { V2_MAX_RCS_FALLBACK_TEXT_CHARS } from './v2';

/**
 * Text of an RCS `type: text` message. The rcsMessage table says "up to 3072 chars", but the same
 * document caps the SMS fallback text (rcsOptions.text) and SMS at 1024: a message that falls back
 * to SMS must fit there too. The documents disagree, so past 1024 is a warning (issue 16), not a refusal.
 */
export const RCS_TEXT_MAX_CHARS = 1024;
/** What the rcsMessage table alone allows; shown in messages so users know why 1024 applies. */
export const RCS_TEXT_DOCUMENTED_MAX_CHARS = 3072;
/** rcsOptions.text, the SMS fallback text (the v2 limits own the number). */
export const RCS_FALLBACK_TEXT_MAX_CHARS = V2_MAX_RCS_FALLBACK_TEXT_CHARS;

/** Suggestions attached to the message itself (chip row under the bubble). */
export const RCS_MESSAGE_SUGGESTIONS_MAX = 10;
/** Suggestions inside a standalone rich card. */
export const RCS_RICH_CARD_SUGGESTIONS_MAX = 4;
/** Suggestions inside one carousel card. */
export const RCS_CAROUSEL_CARD_SUGGESTIONS_MAX = 2;
/** Chip label (displayText) of any suggestion. */
export const RCS_SUGGESTION_TEXT_MAX_CHARS = 25;

export const RCS_CARD_TITLE_MAX_CHARS = 200;
export const RCS_CARD_DESCRIPTION_MAX_CHARS = 2000;

export const RCS_CAROUSEL_MIN_CARDS = 2;
export const RCS_CAROUSEL_MAX_CARDS = 10;

/** E.164: a leading +, then at most 15 digits, the first not 0. */
export const RCS_PHONE_MAX_DIGITS = 15;

export const RCS_CONTENT_TYPES = ['text', 'media', 'standalone', 'carousel', 'agentEvent'] as const;
export const RCS_SUGGESTION_TYPES = ['reply', 'openUrl', 'dialPhone', 'viewLocation', 'shareLocation', 'calendarEvent'] as const;
export const RCS_MEDIA_HEIGHTS = ['SHORT', 'MEDIUM', 'TALL'] as const;
export const RCS_CARD_ORIENTATIONS = ['VERTICAL', 'HORIZONTAL'] as const;
export const RCS_THUMBNAIL_ALIGNMENTS = ['LEFT', 'RIGHT'] as const;
export const RCS_CAROUSEL_WIDTHS = ['SMALL', 'MEDIUM'] as const;
export const RCS_AGENT_EVENTS = ['IS_TYPING', 'READ'] as const;

import { describe, expect, it } from 'vitest';
import {
  RCS_CARD_DESCRIPTION_MAX_CHARS,
  RCS_CARD_TITLE_MAX_CHARS,
  RCS_CAROUSEL_MAX_CARDS,
  RCS_MESSAGE_SUGGESTIONS_MAX,
  RCS_RICH_CARD_SUGGESTIONS_MAX,
  RCS_SUGGESTION_TEXT_MAX_CHARS,
  RCS_TEXT_DOCUMENTED_MAX_CHARS,
  RCS_TEXT_MAX_CHARS,
} from '../../src/shared/limits';
import { RcsContent, RcsContentShape, type RcsSuggestion } from '../../src/shared/rcs/content';
import { RCS_STARTING_POINTS } from '../../src/shared/rcs/gallery';
import { rcsIssues } from '../../src/shared/rcs/issues';
import { newSuggestion } from '../../src/shared/rcs/suggestions';
import { rcsDesignWarnings } from '../../src/shared/rcs/warnings';
import { RCS_SUGGESTION_TYPES } from '../../src/shared/limits/rcs';

const reply = (n: number): RcsSuggestion => ({ type: 'reply', displayText: `Chip ${n}`, postbackData: `p${n}` });
const card = (n: number) => ({ title: `Card ${n}`, media: { url: 'https://example.com/a.jpg', height: 'SHORT' as const } });
const paths = (content: unknown) => rcsIssues(content).map((i) => `${i.path}: ${i.message}`);
// What the designer shows in amber and sends anyway (the design is held as RcsContent even when it breaks a limit).
const warned = (content: unknown) => rcsDesignWarnings(content as RcsContent).map((i) => `${i.path}: ${i.message}`);

describe('RCS content rules', () => {
  it('accepts every starting point of the gallery and a fresh suggestion of every type', () => {
    for (const start of RCS_STARTING_POINTS) expect(paths(start.content), start.id).toEqual([]);
    const suggestions = RCS_SUGGESTION_TYPES.map((t) => newSuggestion(t));
    expect(paths({ type: 'text', text: 'hi', suggestions })).toEqual([]);
  });

  it('refuses text past the documented 3072 only; past 1024 it warns, naming the documents that disagree', () => {
    expect(paths({ type: 'text', text: 'x'.repeat(RCS_TEXT_MAX_CHARS) })).toEqual([]);
    expect(warned({ type: 'text', text: 'x'.repeat(RCS_TEXT_MAX_CHARS) })).toEqual([]);
    const over = { type: 'text', text: 'x'.repeat(RCS_TEXT_MAX_CHARS + 1) };
    expect(paths(over)).toEqual([]);
    expect(warned(over)).toEqual([
      'text: 1025 characters: the rcsMessage table allows 3072, but the SMS fallback (rcsOptions.text) and SMS allow 1024 (seed 001): a fallback would not fit',
    ]);
    // The strict schema, for callers that want every rule, still refuses it.
    expect(RcsContent.safeParse(over).success).toBe(false);
    expect(paths({ type: 'text', text: 'x'.repeat(RCS_TEXT_DOCUMENTED_MAX_CHARS + 1) })).toEqual([
      'text: at most 3072 characters (the rcsMessage table); has 3073',
    ]);
  });

  it('limits suggestions per message, per rich card and per carousel card, naming the path', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => reply(i));
    expect(paths({ type: 'text', text: 'a', suggestions: many(RCS_MESSAGE_SUGGESTIONS_MAX) })).toEqual([]);
    expect(paths({ type: 'text', text: 'a', suggestions: many(RCS_MESSAGE_SUGGESTIONS_MAX + 1) })).toEqual([
      'suggestions: at most 10 suggestions on a message',
    ]);
    expect(
      paths({
        type: 'standalone',
        richCard: { orientation: 'VERTICAL', title: 't', suggestions: many(RCS_RICH_CARD_SUGGESTIONS_MAX + 1) },
      }),
    ).toEqual(['richCard.suggestions: at most 4 suggestions on a rich card']);
    expect(paths({ type: 'carousel', width: 'SMALL', cards: [card(1), { ...card(2), suggestions: many(3) }] })).toEqual([
      'cards[1].suggestions: at most 2 suggestions on a carousel card',
    ]);
  });

  it('warns about title, description and chip text past Google RBM limits, naming the source, without refusing', () => {
    const content = {
      type: 'standalone',
      richCard: {
        orientation: 'HORIZONTAL',
        thumbnailAlignment: 'RIGHT',
        title: 't'.repeat(RCS_CARD_TITLE_MAX_CHARS + 1),
        description: 'd'.repeat(RCS_CARD_DESCRIPTION_MAX_CHARS + 1),
        suggestions: [{ type: 'reply', displayText: 'c'.repeat(RCS_SUGGESTION_TEXT_MAX_CHARS + 1), postbackData: 'x' }],
      },
    };
    expect(paths(content)).toEqual([]);
    expect(warned(content)).toEqual([
      "richCard.title: 201 characters: card titles over 200 may be cut (Google RBM's limit, not in the vendor's docs)",
      "richCard.description: 2001 characters: descriptions over 2000 may be cut (Google RBM's limit, not in the vendor's docs)",
      "richCard.suggestions[0].displayText: 26 characters: chips over 25 are cut on phones (Google RBM's limit, not in the vendor's docs)",
    ]);
  });

  it('warns about carousels outside 2 to 10 cards (RBM) and refuses a width or media height the docs do not list', () => {
    const one = { type: 'carousel', width: 'SMALL', cards: [card(1)] };
    expect(paths(one)).toEqual([]);
    expect(warned(one)).toEqual(["cards: 1 card: carousels take 2 to 10 (Google RBM's limit, not in the vendor's docs)"]);
    const eleven = { type: 'carousel', width: 'MEDIUM', cards: Array.from({ length: RCS_CAROUSEL_MAX_CARDS + 1 }, (_, i) => card(i)) };
    expect(paths(eleven)).toEqual([]);
    expect(warned(eleven)).toEqual(["cards: 11 cards: carousels take 2 to 10 (Google RBM's limit, not in the vendor's docs)"]);
    expect(
      paths({ type: 'carousel', width: 'LARGE', cards: [card(1), { media: { url: 'https://e.com/x.png', height: 'HUGE' } }] }),
    ).toEqual(['width: must be SMALL or MEDIUM', 'cards[1].media.height: must be one of SHORT, MEDIUM, TALL']);
  });

  it('checks each suggestion type by its own fields', () => {
    const s = (extra: object) => paths({ type: 'text', text: 'a', suggestions: [{ displayText: 'Go', ...extra }] });
    expect(s({ type: 'reply', postbackData: ' ' })[0]).toMatch(/^suggestions\[0\]\.postbackData: is required/);
    expect(s({ type: 'openUrl', url: 'ftp://x' })).toEqual([
      'suggestions[0].url: not a web address (openUrl.url must be an http:// or https:// URL)',
    ]);
    expect(s({ type: 'dialPhone', phone: '0044 20 7946' })[0]).toMatch(/phone: not an E\.164 phone number/);
    expect(s({ type: 'dialPhone', phone: '+442079460000' })).toEqual([]);
    expect(s({ type: 'viewLocation', latitude: 10 })).toEqual([
      'suggestions[0].longitude: latitude and longitude go together: give both or neither',
    ]);
    expect(s({ type: 'viewLocation' })[0]).toMatch(/needs latitude and longitude, or an address\/query/);
    expect(s({ type: 'viewLocation', query: 'coffee near me', label: 'Coffee' })).toEqual([]);
    expect(s({ type: 'viewLocation', latitude: 91, longitude: 0 })).toEqual([
      'suggestions[0].latitude: latitude must be between -90 and 90',
    ]);
    expect(s({ type: 'shareLocation' })).toEqual([]);
    const cal = { type: 'calendarEvent', meetingTitle: 'Visit', startTime: '2026-05-01T10:00:00Z' };
    // An event that does not end after it starts is a calendar rule, not the vendor's: a warning.
    const backwards = { type: 'text', text: 'a', suggestions: [{ displayText: 'Go', ...cal, endTime: '2026-05-01T11:00:00+02:00' }] };
    expect(paths(backwards)).toEqual([]);
    expect(warned(backwards)).toEqual([
      "suggestions[0].endTime: the event does not end after it starts: calendars may refuse it (a calendar rule; the vendor's own sample uses equal times)",
    ]);
    expect(s({ ...cal, endTime: 'tomorrow' })[0]).toMatch(/endTime: not an ISO 8601 date-time/);
    expect(s({ type: 'teleport' })).toEqual([
      'suggestions[0].type: must be one of reply, openUrl, dialPhone, viewLocation, shareLocation, calendarEvent',
    ]);
  });

  it('accepts $(name) placeholders where values are substituted per recipient', () => {
    const content = {
      type: 'media',
      mediaContentUrl: '$(banner)',
      suggestions: [{ type: 'dialPhone', displayText: 'Call', phone: '$(agentPhone)' }],
    };
    expect(paths(content)).toEqual([]);
  });

  it('needs a READ event to name the message and a card to show something', () => {
    expect(paths({ type: 'agentEvent', event: 'READ' })).toEqual([
      'messageId: a READ event needs the messageId of the message that was read',
    ]);
    expect(paths({ type: 'agentEvent', event: 'IS_TYPING' })).toEqual([]);
    expect(paths({ type: 'standalone', richCard: { orientation: 'VERTICAL' } })).toEqual([
      'richCard.title: a card needs at least a title, a description or media',
    ]);
  });

  it('the shape schema loads content that breaks limits, but not unknown fields or types', () => {
    const tooLong = { type: 'text', text: 'x'.repeat(5000) };
    expect(RcsContent.safeParse(tooLong).success).toBe(false);
    expect(RcsContentShape.safeParse(tooLong).success).toBe(true);
    expect(RcsContentShape.safeParse({ type: 'text', text: 'a', colour: 'red' }).success).toBe(false);
    expect(RcsContentShape.safeParse({ type: 'video' }).success).toBe(false);
  });
});

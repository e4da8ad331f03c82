import { describe, expect, it } from 'vitest';
import { RCS_CAROUSEL_MAX_CARDS } from '../../src/shared/limits';
import type { RcsContent } from '../../src/shared/rcs/content';
import { addCard, changeType, deleteCard, duplicateCard, moveCard, type RcsCarousel } from '../../src/shared/rcs/edit';
import { RCS_STARTING_POINTS } from '../../src/shared/rcs/gallery';
import { loadRcsPayload } from '../../src/shared/rcs/load';
import { mediaTypeFromUrl } from '../../src/shared/rcs/media';
import { buildRcsRequest, fallbackTextFor, toCurl } from '../../src/shared/rcs/request';
import { postbackFor } from '../../src/shared/rcs/suggestions';

const carousel = (): RcsCarousel => structuredClone(RCS_STARTING_POINTS.find((s) => s.id === 'carousel-offers')!.content) as RcsCarousel;
const titles = (c: RcsCarousel) => c.cards.map((card) => card.title);

describe('designer edits', () => {
  it('reorders, duplicates, adds and deletes carousel cards', () => {
    const c = carousel();
    expect(titles(moveCard(c, 0, 2))).toEqual(['City break', 'Mountain lodge', 'Weekend getaway']);
    expect(titles(moveCard(c, 2, 0))).toEqual(['Mountain lodge', 'Weekend getaway', 'City break']);
    expect(titles(moveCard(c, 1, 99))).toEqual(['Weekend getaway', 'Mountain lodge', 'City break']);
    const dup = duplicateCard(c, 0);
    expect(titles(dup)).toEqual(['Weekend getaway', 'Weekend getaway', 'City break', 'Mountain lodge']);
    dup.cards[1]!.title = 'changed';
    expect(c.cards[0]!.title).toBe('Weekend getaway');
    expect(titles(deleteCard(c, 1))).toEqual(['Weekend getaway', 'Mountain lodge']);
    let full = c;
    for (let i = 0; i < 20; i++) full = addCard(full);
    expect(full.cards).toHaveLength(RCS_CAROUSEL_MAX_CARDS);
    expect(duplicateCard(full, 0).cards).toHaveLength(RCS_CAROUSEL_MAX_CARDS);
  });

  it('changing the type keeps the message chips and the first card', () => {
    const c = carousel();
    const standalone = changeType(c, 'standalone') as Extract<RcsContent, { type: 'standalone' }>;
    expect(standalone.richCard).toMatchObject({ orientation: 'VERTICAL', title: 'Weekend getaway' });
    expect(standalone.suggestions).toEqual(c.suggestions);
    const back = changeType(standalone, 'carousel') as RcsCarousel;
    expect(back.cards).toHaveLength(2);
    expect(back.cards[0]!.title).toBe('Weekend getaway');
    expect(changeType(c, 'agentEvent')).toEqual({ type: 'agentEvent', event: 'IS_TYPING' });
    expect(changeType(c, 'text')).toMatchObject({ type: 'text', text: 'Weekend getaway\n2 nights from $199' });
  });

  it('generates readable, unique postbackData', () => {
    expect(postbackFor('reply', 'Yes, please!')).toBe('reply_yes_please');
    expect(postbackFor('reply', 'Yes', ['reply_yes'])).toBe('reply_yes_2');
    expect(postbackFor('openUrl', '🙂')).toBe('openUrl_chip');
  });

  it('reads the media type from the URL', () => {
    expect(mediaTypeFromUrl('https://x.com/a/b.JPG?w=2')).toEqual({ kind: 'image', mime: 'image/jpeg', extension: 'jpg' });
    expect(mediaTypeFromUrl('https://x.com/clip.mp4').kind).toBe('video');
    expect(mediaTypeFromUrl('https://bit.ly/2J5i2x0').kind).toBe('unknown');
  });

  it('exports a v2 body and a cURL command with a key placeholder only', () => {
    const body = buildRcsRequest({
      from: 'a_1',
      msisdns: ['+14155550100'],
      content: { type: 'text', text: "it's here" },
      options: { smsFallback: true, text: 'fallback', smsSenderId: ' ', carrierId: '' },
    });
    expect(body).toEqual({
      channel: 'rcs',
      from: 'a_1',
      to: [{ msisdn: ['+14155550100'] }],
      options: { smsFallback: true, text: 'fallback' },
      requestedReceipts: ['DELIVERED', 'READ'],
      content: { type: 'text', text: "it's here" },
    });
    expect(
      buildRcsRequest({
        from: 'a',
        msisdns: [],
        content: { type: 'agentEvent', event: 'IS_TYPING' },
        options: { smsFallback: false, text: 'x' },
      }).options,
    ).toBeUndefined();
    const curl = toCurl(body, { baseUrl: 'https://api.example.com/', auth: 'key' });
    expect(curl).toContain("curl -sS -X POST 'https://api.example.com/v2/messages'");
    expect(curl).toContain('-H "key: $SERVICE_KEY"');
    expect(curl).toContain(`it'\\''s here`);
  });

  it('refuses a request of another channel and a request without content, saying why', () => {
    const sms = loadRcsPayload('{"channel":"sms","content":{"type":"text","text":"x"}}');
    expect(sms.ok || sms.problems).toEqual([{ path: 'channel', message: 'this is a "sms" request; the designer loads rcs' }]);
    const tpl = loadRcsPayload('{"channel":"rcs","template":{"id":"1"}}');
    expect(tpl.ok || tpl.problems[0]!.path).toBe('content');
    const nested = loadRcsPayload(
      '{"channel":"rcs","content":{"type":"text","text":"x","suggestions":[{"type":"reply","displayText":1}]}}',
    );
    expect(nested.ok || nested.problems).toEqual([{ path: 'content.suggestions[0].displayText', message: 'must be a string' }]);
    const broken = loadRcsPayload('{\n  "type": "text",\n  "text": [1 2]\n}');
    expect(broken.ok || broken.problems[0]!.path).toBe('line 3, column 14');
  });
});

describe('SMS fallback text from a design', () => {
  it('keeps titles, descriptions and link/phone targets, and fits the limit', () => {
    const product = RCS_STARTING_POINTS.find((s) => s.id === 'product-card')!.content;
    expect(fallbackTextFor(product, 1024)).toBe(
      'Trail Runner 2 — now 30% off\nLightweight, grippy and waterproof. Offer ends Sunday.\nBuy now: https://example.com/shop/trail-runner-2\nCall the store: +14155550100',
    );
    const long = fallbackTextFor({ type: 'text', text: 'x'.repeat(2000) }, 1024);
    expect(long).toHaveLength(1024);
    expect(long.endsWith('…')).toBe(true);
    expect(fallbackTextFor({ type: 'agentEvent', event: 'IS_TYPING' }, 1024)).toBe('');
  });
});

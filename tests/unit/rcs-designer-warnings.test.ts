import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SANDBOX_PROFILE } from '../../src/shared/profiles/profile';
import type { RcsContent } from '../../src/shared/rcs/content';
import { blankContent } from '../../src/shared/rcs/edit';
import { RCS_STARTING_POINTS } from '../../src/shared/rcs/gallery';
import { rcsIssues } from '../../src/shared/rcs/issues';
import { describeRcsPath } from '../../src/shared/rcs/paths';
import { buildRcsRequest, curlTarget, toCurl } from '../../src/shared/rcs/request';
import { RCS_SAMPLE_MEDIA, sampleMediaName, sampleMediaUrl } from '../../src/shared/rcs/samples';
import { suggestionsOf } from '../../src/shared/rcs/suggestions';
import { rcsDesignWarnings, usesSampleMedia } from '../../src/shared/rcs/warnings';

const resource = (name: string) => fileURLToPath(new URL(`../../resources/samples/${name}.png`, import.meta.url));

function mediaUrls(content: RcsContent): string[] {
  if (content.type === 'media') return [content.mediaContentUrl];
  if (content.type === 'standalone') return content.richCard.media ? [content.richCard.media.url] : [];
  if (content.type === 'carousel') return content.cards.flatMap((c) => (c.media ? [c.media.url] : []));
  return [];
}

describe('RCS sample media', () => {
  it('every starting point and blank design uses only shipped samples, each a small file in resources/', () => {
    const urls = [
      ...RCS_STARTING_POINTS.map((p) => p.content),
      blankContent('media'),
      blankContent('standalone'),
      blankContent('carousel'),
    ].flatMap(mediaUrls);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(sampleMediaName(url), url).not.toBeNull();
    for (const name of RCS_SAMPLE_MEDIA) {
      expect(existsSync(resource(name)), name).toBe(true);
      expect(statSync(resource(name)).size).toBeLessThan(10_000);
    }
    // Still valid content: the URLs are https and end in the media type.
    for (const p of RCS_STARTING_POINTS) expect(rcsIssues(p.content), p.id).toEqual([]);
  });

  it('recognises only its own host and names', () => {
    expect(sampleMediaName(sampleMediaUrl('beach'))).toBe('beach');
    expect(sampleMediaName('https://SAMPLES.relaydesk.invalid/city.png?x=1')).toBe('city');
    expect(sampleMediaName('https://samples.relaydesk.invalid/unknown.png')).toBeNull();
    expect(sampleMediaName('https://example.com/beach.png')).toBeNull();
  });

  it('warns at each sample that a real send needs a public URL', () => {
    const carousel = RCS_STARTING_POINTS.find((p) => p.id === 'carousel-offers')!.content;
    const warnings = rcsDesignWarnings(carousel);
    expect(warnings.map((w) => w.path)).toEqual(['cards[0].media.url', 'cards[1].media.url', 'cards[2].media.url']);
    expect(warnings[0]!.message).toContain('a real send needs a public https URL');
    expect(usesSampleMedia(carousel)).toBe(true);
    expect(usesSampleMedia({ type: 'media', mediaContentUrl: 'https://cdn.example.com/a.png' })).toBe(false);
  });
});

describe('duplicate postbackData', () => {
  it('flags every copy, across cards and message chips, naming the others', () => {
    const content: RcsContent = {
      type: 'carousel',
      width: 'MEDIUM',
      cards: [
        { title: 'A', suggestions: [{ type: 'reply', displayText: 'Book', postbackData: 'book' }] },
        { title: 'B', suggestions: [{ type: 'reply', displayText: 'Book', postbackData: 'book' }] },
      ],
      suggestions: [
        { type: 'reply', displayText: 'More', postbackData: 'more' },
        { type: 'reply', displayText: 'Book', postbackData: 'book' },
      ],
    };
    const dupes = rcsDesignWarnings(content).filter((w) => w.path.endsWith('postbackData'));
    expect(dupes.map((w) => w.path)).toEqual([
      'cards[0].suggestions[0].postbackData',
      'cards[1].suggestions[0].postbackData',
      'suggestions[1].postbackData',
    ]);
    expect(dupes[0]!.message).toBe(
      '"book" is also the postbackData of card 2, suggestion 1 and message suggestion 2: a reply could not tell them apart',
    );
    expect(suggestionsOf(content).map((x) => x.path)).toEqual([
      'cards[0].suggestions[0]',
      'cards[1].suggestions[0]',
      'suggestions[0]',
      'suggestions[1]',
    ]);
    // Distinct values warn about nothing.
    expect(rcsDesignWarnings(RCS_STARTING_POINTS[0]!.content)).toEqual([]);
  });
});

describe('describeRcsPath', () => {
  it('says where, in words', () => {
    expect(describeRcsPath('cards[1].suggestions[2].displayText')).toBe('Card 2, suggestion 3, text');
    expect(describeRcsPath('suggestions[0].url')).toBe('Message suggestion 1, URL');
    expect(describeRcsPath('richCard.media.url')).toBe('Rich card, media URL');
    expect(describeRcsPath('richCard.suggestions[0].postbackData')).toBe('Rich card, suggestion 1, postbackData');
    expect(describeRcsPath('content.suggestions[0].displayText')).toBe('Message suggestion 1, text');
    expect(describeRcsPath('text')).toBe('Message text');
    expect(describeRcsPath('')).toBe('The message');
    expect(describeRcsPath('line 3, column 14')).toBe('Line 3, column 14');
  });
});

describe('cURL export', () => {
  const body = buildRcsRequest({ from: 'a_1', msisdns: ['+14155550100'], content: { type: 'text', text: 'hi' } });
  it("posts to the chosen profile's endpoint with placeholder credentials for its auth mode", () => {
    const eu = { region: 'eu', baseUrl: 'https://api.eu.webexconnect.io', authMode: 'jwt' as const };
    const jwt = toCurl(body, curlTarget(eu, null));
    expect(jwt).toContain("'https://api.eu.webexconnect.io/v2/messages'");
    expect(jwt).toContain('-H "Authorization: Bearer $JWT"');
    expect(jwt).not.toContain('key:');
    const both = toCurl(body, curlTarget({ ...eu, authMode: 'both' }, null));
    expect(both).toContain('$JWT');
    expect(both).toContain('-H "key: $SERVICE_KEY"');
  });
  it('uses the running sandbox for the sandbox profile, and the placeholder only when nothing is known', () => {
    expect(curlTarget(SANDBOX_PROFILE, 'http://127.0.0.1:4567/')).toEqual({ baseUrl: 'http://127.0.0.1:4567/', auth: 'key' });
    expect(toCurl(body, curlTarget(SANDBOX_PROFILE, 'http://127.0.0.1:4567/'))).toContain("'http://127.0.0.1:4567/v2/messages'");
    expect(curlTarget(SANDBOX_PROFILE, null).baseUrl).toBe('https://YOUR-API-ENDPOINT');
    expect(curlTarget(undefined, null).baseUrl).toBe('https://YOUR-API-ENDPOINT');
  });
});

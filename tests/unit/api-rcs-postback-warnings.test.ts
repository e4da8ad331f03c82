import { describe, expect, it } from 'vitest';
import { validateRequest } from '../../src/shared/api/validate';
import { NOW, v2Rcs } from './helpers/api-requests';

// The designer's rule (a postbackData used twice cannot be told apart in a reply) holds for a
// request validated from Compose's JSON tab or `outbound:validate` too, in the same words.

function rcsBody(content: Record<string, unknown>): Record<string, unknown> {
  return { ...v2Rcs(), content };
}

describe('v2 RCS validation: postbackData used twice', () => {
  it('warns at each copy, naming the other, and still lets the request be sent', () => {
    const body = rcsBody({
      type: 'text',
      text: 'Pick one',
      suggestions: [
        { type: 'reply', displayText: 'Yes', postbackData: 'yes' },
        { type: 'reply', displayText: 'Sure', postbackData: ' yes ' },
        { type: 'reply', displayText: 'No', postbackData: 'no' },
      ],
    });
    const result = validateRequest('v2', body, { now: NOW });
    expect(result.ok).toBe(true);
    const dupes = result.warnings.filter((w) => w.path.endsWith('postbackData'));
    expect(dupes).toEqual([
      {
        path: 'content.suggestions[0].postbackData',
        message: '"yes" is also the postbackData of message suggestion 2: a reply could not tell them apart',
      },
      {
        path: 'content.suggestions[1].postbackData',
        message: '"yes" is also the postbackData of message suggestion 1: a reply could not tell them apart',
      },
    ]);
  });

  it("compares across a carousel's cards and the message chips; distinct values warn about nothing", () => {
    const card = (title: string, postbackData: string) => ({
      title,
      description: 'd',
      media: { url: 'https://example.com/a.png', height: 'MEDIUM' },
      suggestions: [{ type: 'reply', displayText: 'Book', postbackData }],
    });
    const body = rcsBody({
      type: 'carousel',
      width: 'MEDIUM',
      cards: [card('A', 'book'), card('B', 'book')],
      suggestions: [{ type: 'reply', displayText: 'More', postbackData: 'more' }],
    });
    const result = validateRequest('v2', body, { now: NOW });
    expect(result.ok).toBe(true);
    const paths = result.warnings.filter((w) => w.path.endsWith('postbackData')).map((w) => w.path);
    expect(paths).toEqual(['content.cards[0].suggestions[0].postbackData', 'content.cards[1].suggestions[0].postbackData']);
    const distinct = rcsBody({
      type: 'text',
      text: 'Pick',
      suggestions: [
        { type: 'reply', displayText: 'Yes', postbackData: 'yes' },
        { type: 'reply', displayText: 'No', postbackData: 'no' },
      ],
    });
    expect(validateRequest('v2', distinct, { now: NOW }).warnings.filter((w) => w.path.endsWith('postbackData'))).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateRequest } from '../../src/shared/api/validate';
import { RCS_CAROUSEL_CARD_SUGGESTIONS_MAX, RCS_SUGGESTION_TEXT_MAX_CHARS, RCS_TEXT_MAX_CHARS } from '../../src/shared/limits/rcs';
import type { RcsContent } from '../../src/shared/rcs/content';
import { RCS_STARTING_POINTS } from '../../src/shared/rcs/gallery';
import { rcsIssues } from '../../src/shared/rcs/issues';
import { loadRcsPayload } from '../../src/shared/rcs/load';
import { buildRcsRequest } from '../../src/shared/rcs/request';
import { rcsDesignWarnings } from '../../src/shared/rcs/warnings';
import { NOW } from './helpers/api-requests';

// Issue 16: the designer refuses a design only for what the outbox refuses (the vendor's documented
// rules), and warns, in the outbox's words, about the rest. Each design below goes through both.

const carousel = structuredClone(RCS_STARTING_POINTS.find((p) => p.id === 'carousel-offers')!.content) as Extract<
  RcsContent,
  { type: 'carousel' }
>;
const reply = (displayText: string, postbackData: string) => ({ type: 'reply' as const, displayText, postbackData });
const seedCarousel = loadRcsPayload(readFileSync(join(import.meta.dirname, 'fixtures', 'rcs-seed-001', 'seed-loose-carousel.txt'), 'utf8'));
if (!seedCarousel.ok) throw new Error('the seed carousel no longer loads');

const DESIGNS: { name: string; content: RcsContent; sendable: boolean }[] = [
  { name: 'a starting point', content: carousel, sendable: true },
  {
    name: `a chip over ${RCS_SUGGESTION_TEXT_MAX_CHARS} characters and text over ${RCS_TEXT_MAX_CHARS}`,
    content: { type: 'text', text: 'x'.repeat(RCS_TEXT_MAX_CHARS + 76), suggestions: [reply('Book this wonderful city break', 'book')] },
    sendable: true,
  },
  { name: 'the seed carousel with equal event times', content: seedCarousel.content, sendable: true },
  { name: 'a one-card carousel', content: { ...carousel, cards: carousel.cards.slice(0, 1) }, sendable: true },
  {
    name: `${RCS_CAROUSEL_CARD_SUGGESTIONS_MAX + 1} suggestions on a carousel card`,
    content: {
      ...carousel,
      cards: carousel.cards.map((card, i) =>
        i === 0 ? { ...card, suggestions: [reply('A', 'a'), reply('B', 'b'), reply('C', 'c')] } : card,
      ),
    },
    sendable: false,
  },
  { name: 'text past the documented 3072', content: { type: 'text', text: 'x'.repeat(3073) }, sendable: false },
  { name: 'an empty chip', content: { type: 'text', text: 'hi', suggestions: [reply('', 'p')] }, sendable: false },
];

describe('the designer blocks what the outbox refuses, and warns about the rest in its words', () => {
  for (const design of DESIGNS) {
    it(design.name, () => {
      const body = buildRcsRequest({ from: 'a_1', msisdns: ['+14155550100'], content: design.content });
      const result = validateRequest('v2', body, { now: NOW });
      expect(rcsIssues(design.content).length === 0, 'designer lets it be sent').toBe(design.sendable);
      expect(result.ok, 'outbox accepts it').toBe(design.sendable);
      const fromOutbox = result.warnings.filter((w) => w.path.startsWith('content.')).map((w) => `${w.path.slice(8)}: ${w.message}`);
      const inDesigner = rcsDesignWarnings(design.content).map((w) => `${w.path}: ${w.message}`);
      for (const warning of fromOutbox) expect(inDesigner).toContain(warning);
    });
  }

  it('names the source of each rule it does not refuse for', () => {
    const warnings = rcsDesignWarnings(DESIGNS[1]!.content).map((w) => w.message);
    expect(warnings).toEqual([
      '1100 characters: the rcsMessage table allows 3072, but the SMS fallback (rcsOptions.text) and SMS allow 1024 (seed 001): a fallback would not fit',
      "30 characters: chips over 25 are cut on phones (Google RBM's limit, not in the vendor's docs)",
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeSms, replaceLookalikes } from '../../src/shared/compose/sms-encoding';

describe('SMS encoding and segments', () => {
  it('keeps plain text in GSM-7: 160 fit one part, 161 need two, 306 two, 307 three', () => {
    expect(analyzeSms('a'.repeat(160))).toMatchObject({ encoding: 'GSM-7', units: 160, segments: 1, remainingInSegment: 0 });
    expect(analyzeSms('a'.repeat(161))).toMatchObject({ segments: 2, perSegment: 153 });
    expect(analyzeSms('a'.repeat(306)).segments).toBe(2);
    expect(analyzeSms('a'.repeat(307)).segments).toBe(3);
  });

  it('counts extension characters (€ [ ] { } ^ ~ | \\ and form feed) as two septets', () => {
    const out = analyzeSms('€'.repeat(80));
    expect(out).toMatchObject({ encoding: 'GSM-7', characters: 80, units: 160, segments: 1 });
    expect(out.extensionCharacters).toEqual(['€']);
    expect(analyzeSms('€'.repeat(80) + 'a').segments).toBe(2);
    expect(analyzeSms('[]{}^~|\\\f').units).toBe(18);
  });

  it('never splits an escape pair across two parts', () => {
    // 152 plain + one € would need 154 septets in part one: the € moves to part two.
    const out = analyzeSms('a'.repeat(152) + '€' + 'a'.repeat(10));
    expect(out.units).toBe(164);
    expect(out.segments).toBe(2);
    expect(out.remainingInSegment).toBe(153 - 12);
  });

  it('switches to UCS-2 for one non-GSM character: 70 fit, 71 need two, 134 two, 135 three', () => {
    expect(analyzeSms('é'.repeat(70)).encoding).toBe('GSM-7'); // é is in the GSM alphabet
    expect(analyzeSms('ж'.repeat(70))).toMatchObject({ encoding: 'UCS-2', units: 70, segments: 1 });
    expect(analyzeSms('ж'.repeat(71))).toMatchObject({ segments: 2, perSegment: 67 });
    expect(analyzeSms('ж'.repeat(134)).segments).toBe(2);
    expect(analyzeSms('ж'.repeat(135)).segments).toBe(3);
  });

  it('counts an emoji as two UCS-2 units and one character, and never splits it', () => {
    expect(analyzeSms('😀'.repeat(35))).toMatchObject({ encoding: 'UCS-2', characters: 35, units: 70, segments: 1 });
    expect(analyzeSms('😀'.repeat(36)).segments).toBe(2);
    // 66 units then an emoji: the pair would straddle parts, so part one closes at 66.
    const out = analyzeSms('ж'.repeat(66) + '😀' + 'ж'.repeat(5));
    expect(out.units).toBe(73);
    expect(out.segments).toBe(2);
    expect(out.remainingInSegment).toBe(67 - 7);
  });

  it('lists the characters that force UCS-2 with their position and a look-alike when one exists', () => {
    const out = analyzeSms('It’s 5 – 6 😀');
    expect(out.ucs2Characters).toEqual([
      { char: '’', index: 2, replacement: "'" },
      { char: '–', index: 7, replacement: '-' },
      { char: '😀', index: 11 },
    ]);
  });

  it('replaces smart quotes, dashes, ellipses and non-breaking spaces to get back to GSM-7', () => {
    const fixed = replaceLookalikes('“Hi” it’s\u00A0here — now…');
    expect(fixed).toEqual({ text: '"Hi" it\'s here - now...', replaced: 6 });
    expect(analyzeSms(fixed.text).encoding).toBe('GSM-7');
  });

  it('treats an empty text as zero parts', () => {
    expect(analyzeSms('')).toMatchObject({ segments: 0, units: 0, remainingInSegment: 160 });
  });
});

describe('declared unicode type', () => {
  it('counts a type-unicode message as UCS-2 even when it would fit GSM-7', () => {
    expect(analyzeSms('a'.repeat(71), { forceUcs2: true })).toMatchObject({ encoding: 'UCS-2', units: 71, segments: 2, perSegment: 67 });
  });
});

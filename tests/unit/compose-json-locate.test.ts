import { describe, expect, it } from 'vitest';
import { lineOf, locatePaths, offsetOfPath } from '../../src/renderer/src/features/compose/json-locate';

describe('finding a validation path in the JSON text', () => {
  const text = JSON.stringify({ channel: 'sms', to: [{ msisdn: ['447700900001', 'bad'] }], content: { text: 'a "quoted" \\ b', type: 'text' } }, null, 2);
  const paths = locatePaths(text);

  it('gives the line of keys and array items', () => {
    expect(lineOf(text, offsetOfPath(paths, 'channel')!)).toBe(2);
    expect(lineOf(text, offsetOfPath(paths, 'to[0].msisdn[1]')!)).toBe(7);
    expect(lineOf(text, offsetOfPath(paths, 'content.type')!)).toBe(13);
  });

  it('falls back to the nearest parent for a missing field', () => {
    expect(lineOf(text, offsetOfPath(paths, 'content.subject')!)).toBe(11);
    expect(offsetOfPath(paths, '')).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { loadRcsPayload } from '../../src/shared/rcs/load';
import { parseLooseJson } from '../../src/shared/rcs/loose-json';

describe('reading JSON pasted from the docs', () => {
  it('strict JSON is read as-is, with nothing reported', () => {
    expect(parseLooseJson('{"a": "x // y", "b": [1, 2]}')).toEqual({ ok: true, value: { a: 'x // y', b: [1, 2] }, repairs: [] });
  });

  it('repairs comments, trailing commas, missing commas and a string left open, and says so', () => {
    const result = parseLooseJson(`{
  /* the message */
  "type": "text", // always text here
  "text": "say \\"hi\\" // not a comment"
  "suggestions": [],
}`);
    expect(result).toEqual({
      ok: true,
      value: { type: 'text', text: 'say "hi" // not a comment', suggestions: [] },
      repairs: [
        'line 2: removed a /* */ comment',
        'line 3: removed a // comment',
        'removed a trailing comma',
        'added a missing comma before "suggestions"',
      ],
    });
  });

  it('points at the line and column of what it cannot repair', () => {
    expect(parseLooseJson('{\n  "a": 1,\n  "b": tru\n}')).toMatchObject({
      ok: false,
      line: 3,
      column: 8,
      message: expect.stringContaining('expected a value'),
    });
    expect(parseLooseJson('   ')).toMatchObject({ ok: false, message: 'nothing to read: paste a JSON object' });
  });

  it('names an unknown field and what it is not part of', () => {
    const result = loadRcsPayload('{"type": "standalone", "richCard": {"orientation": "VERTICAL", "title": "t", "subtitle": "s"}}');
    expect(result.ok || result.problems).toEqual([
      { path: 'richCard', message: 'unknown field "subtitle": not part of a rich card in the v2 docs' },
    ]);
    const array = loadRcsPayload('[1, 2]');
    expect(array.ok || array.problems[0]!.message).toBe('expected a JSON object: an RCS content object or a v2 request');
  });
});

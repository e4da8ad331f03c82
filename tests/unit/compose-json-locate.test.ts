import { describe, expect, it } from 'vitest';
import { Text } from '@codemirror/state';
import { looseJsonDiagnostics } from '../../src/renderer/src/components/json-code-lint';
import { parseJsonText } from '../../src/renderer/src/features/compose/body-edit';
import { lineOf, locatePaths, offsetOfPath } from '../../src/renderer/src/features/compose/json-locate';

describe('finding a validation path in the JSON text', () => {
  const text = JSON.stringify(
    { channel: 'sms', to: [{ msisdn: ['447700900001', 'bad'] }], content: { text: 'a "quoted" \\ b', type: 'text' } },
    null,
    2,
  );
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

describe('loose JSON in the JSON tab (comments, trailing commas, as the docs write it)', () => {
  const loose =
    '{\n  // the channel\n  "channel": "sms",\n  /* recipients\n     go here */\n  "to": [{ "msisdn": ["1", "2",], },],\n  "content": { "type": "text", }\n}';

  it('is accepted as the body and its paths keep their lines', () => {
    const read = parseJsonText(loose);
    expect(read).toEqual({ ok: true, body: { channel: 'sms', to: [{ msisdn: ['1', '2'] }], content: { type: 'text' } } });
    const paths = locatePaths(loose);
    expect(lineOf(loose, offsetOfPath(paths, 'channel')!)).toBe(3);
    expect(lineOf(loose, offsetOfPath(paths, 'to[0].msisdn[1]')!)).toBe(6);
    expect(lineOf(loose, offsetOfPath(paths, 'content.type')!)).toBe(7);
  });

  it('is linted by the same reader, the problem marked on its own line', () => {
    expect(looseJsonDiagnostics(Text.of(loose.split('\n')))).toEqual([]);
    const broken = '{\n  // fine\n  "channel": "sms",\n  "to": oops\n}';
    const doc = Text.of(broken.split('\n'));
    const [problem, ...more] = looseJsonDiagnostics(doc);
    expect(more).toEqual([]);
    expect(problem!.severity).toBe('error');
    expect(doc.lineAt(problem!.from).number).toBe(4);
    expect(broken.slice(problem!.from, problem!.to)).toBe('o');
    expect(problem!.message).toMatch(/^Line 4: .*expected a value/);
    // The store says the same, with the line and column.
    expect(parseJsonText(broken)).toEqual({ ok: false, message: expect.stringMatching(/line 4, column 9$/) });
  });
});

import { describe, expect, it } from 'vitest';
import { previewAll, substituteForPreview } from '../../src/shared/compose/preview';
import { substitute } from '../../src/shared/template/substitution';

describe('substitution as the preview uses it', () => {
  it('personal beats global, global fills what personal lacks, per recipient', () => {
    const body = {
      channel: 'sms',
      from: 'ACME',
      to: [
        { msisdn: ['447700900001'], substitutions: { name: 'Ana', code: 'A1' } },
        { msisdn: ['447700900002', '447700900003'], substitutions: { code: 'B2' } },
      ],
      substitutions: { name: 'friend', code: 'GLOBAL' },
      content: { type: 'text', text: 'Hi $(name), code $(code)' },
    };
    expect(previewAll(body).map((p) => [p.recipient?.address, p.sms?.text.text])).toEqual([
      ['447700900001', 'Hi Ana, code A1'],
      ['447700900002', 'Hi friend, code B2'],
      ['447700900003', 'Hi friend, code B2'],
    ]);
  });

  it('lists a missing value per recipient and keeps the $(name) visible', () => {
    const [first, second] = previewAll({
      channel: 'sms',
      to: [{ msisdn: ['447700900001'], substitutions: { name: 'Ana' } }, { msisdn: ['447700900002'] }],
      content: { type: 'text', text: 'Hi $(name)' },
    });
    expect(first!.missing).toEqual([]);
    expect(second!.missing).toEqual(['name']);
    expect(second!.sms!.text.text).toBe('Hi $(name)');
  });

  it('handles repeated, adjacent and unclosed variables', () => {
    expect(substitute('$(a)$(a)$(b)', { a: 'x', b: 'y' }).text).toBe('xxy');
    expect(substitute('$(a$(b)', { b: 'y' }).text).toBe('$(ay');
    expect(substitute('$(', {}).text).toBe('$(');
    expect(substitute('cost $(x) $(', { x: 5 }).text).toBe('cost 5 $(');
  });

  it('does not call the vendor’s $(unsubscribe) unresolved', () => {
    const out = substituteForPreview('<a href="$(unsubscribe)">stop</a> $(name)', {}, {});
    expect(out.missing).toEqual(['name']);
    expect(out.spans.find((s) => s.name === 'unsubscribe')?.resolved).toBe(true);
  });

  it('renders numbers and booleans as text and an empty string as empty', () => {
    expect(substitute('$(n) $(b) [$(e)]', { n: 3, b: false, e: '' }).text).toBe('3 false []');
  });
});

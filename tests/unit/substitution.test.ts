import { describe, expect, it } from 'vitest';
import { findVariables, substitute } from '../../src/shared/template/substitution';

describe('$(variable) substitution', () => {
  it('personal values beat global ones', () => {
    expect(substitute('Hi $(name), $(offer)', { name: 'Ana' }, { name: 'there', offer: '10% off' }).text).toBe('Hi Ana, 10% off');
  });

  it('lists each missing variable once and leaves it visible', () => {
    const out = substitute('$(a) $(b) $(a)', {}, {});
    expect(out.missing).toEqual(['a', 'b']);
    expect(out.text).toBe('$(a) $(b) $(a)');
  });

  it('handles repeated and adjacent variables', () => {
    expect(substitute('$(x)$(y)$(x)', { x: '1', y: '2' }).text).toBe('121');
  });

  it('keeps `$(` without a close as literal text', () => {
    expect(substitute('Price $(amount and $(name)', { name: 'Bo' }).text).toBe('Price $(amount and Bo');
    expect(findVariables('$(open and $(ok)')).toEqual(['ok']);
  });

  it('marks spans for highlighting resolved and unresolved values', () => {
    const out = substitute('Hi $(name) $(code)', { name: 'Ana' });
    expect(out.spans).toEqual([
      { start: 3, end: 6, name: 'name', resolved: true },
      { start: 7, end: 14, name: 'code', resolved: false },
    ]);
  });

  it('treats an empty string as a value, not as missing', () => {
    expect(substitute('[$(x)]', { x: '' })).toMatchObject({ text: '[]', missing: [] });
  });
});

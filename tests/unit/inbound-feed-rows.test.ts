import { describe, expect, it } from 'vitest';
import type { InboundEventRow } from '../../src/shared/inbound/event';
import { idsBetween, indexOfId, moveTarget, newestFirst } from '../../src/renderer/src/features/inbound/feed-rows';

// The feed holds rows by position with holes where a page is not loaded yet (after a scrollbar
// jump). Selection, ranges and keyboard moves must skip the holes, and End must reach the end of
// the whole list, not of what happens to be loaded.

const row = (id: number, receivedAt = 1000 - id): InboundEventRow => ({ id: String(id), receivedAt }) as InboundEventRow;

/** Rows 0-2 loaded, 3-6 not, 7-8 loaded (as after a jump), in a list of 10. */
function sparse(): (InboundEventRow | undefined)[] {
  const rows: (InboundEventRow | undefined)[] = [row(100), row(99), row(98)];
  rows[7] = row(93);
  rows[8] = row(92);
  return rows;
}

describe('feed rows with holes', () => {
  it('finds ids past the holes', () => {
    expect(indexOfId(sparse(), '93')).toBe(7);
    expect(indexOfId(sparse(), '95')).toBe(-1);
    expect(indexOfId(sparse(), null)).toBe(-1);
  });

  it('a shift-click range takes the loaded rows between, in either direction', () => {
    expect(idsBetween(sparse(), '99', '92')).toEqual(['99', '98', '93', '92']);
    expect(idsBetween(sparse(), '92', '99')).toEqual(['99', '98', '93', '92']);
    expect(idsBetween(sparse(), null, '98')).toEqual(['98']);
    expect(idsBetween(sparse(), '99', '12345')).toEqual([]);
  });

  it('moves land inside the whole list, holes included, so End reaches its last row', () => {
    const rows = sparse();
    expect(moveTarget(rows, 10, null, 1)).toBe(0);
    expect(moveTarget(rows, 10, null, -1)).toBe(0);
    expect(moveTarget(rows, 10, '98', 1)).toBe(3);
    expect(moveTarget(rows, 10, '100', Number.MAX_SAFE_INTEGER)).toBe(9);
    expect(moveTarget(rows, 10, '93', -Number.MAX_SAFE_INTEGER)).toBe(0);
    expect(moveTarget(rows, 10, '99', 10)).toBe(9);
    expect(moveTarget([], 0, null, 1)).toBe(-1);
  });

  it('orders live rows newest first, ties by id', () => {
    expect(newestFirst([row(1, 5), row(3, 7), row(2, 7)]).map((r) => r.id)).toEqual(['3', '2', '1']);
  });
});

import type { InboundPage } from '../../../../shared/contract/inbound';
import type { InboundEventRow } from '../../../../shared/inbound/event';

// Pure helpers over the feed's rows: newest first, by position, with holes where a page is not
// loaded yet (see feed-store.ts).

export type FeedRows = readonly (InboundEventRow | undefined)[];

/** Position of the row with this id, or -1 (holes are skipped). */
export function indexOfId(rows: FeedRows, id: string | null): number {
  return id === null ? -1 : rows.findIndex((r) => r?.id === id);
}

/** Ids of the loaded rows from one id to another, in either order (a shift-click range). */
export function idsBetween(rows: FeedRows, fromId: string | null, toId: string): string[] {
  const to = indexOfId(rows, toId);
  if (to < 0) return [];
  const from = indexOfId(rows, fromId);
  const [a, b] = from < 0 ? [to, to] : from < to ? [from, to] : [to, from];
  return rows.slice(a, b + 1).flatMap((r) => (r ? [r.id] : []));
}

/**
 * Where a keyboard move of `delta` rows lands, clamped to the list (`length` counts rows not
 * loaded yet). With nothing selected a single step lands on the newest row; bigger jumps count
 * from it. -1 for an empty list.
 */
export function moveTarget(rows: FeedRows, length: number, selectedId: string | null, delta: number): number {
  const last = Math.max(length, rows.length) - 1;
  if (last < 0) return -1;
  const index = indexOfId(rows, selectedId);
  const target = index < 0 && Math.abs(delta) === 1 ? 0 : Math.max(index, 0) + delta;
  return Math.max(0, Math.min(last, target));
}

/** Newest first; ties (same millisecond) by id, which grows with arrival. */
export function newestFirst(events: InboundEventRow[]): InboundEventRow[] {
  return [...events].sort((a, b) => b.receivedAt - a.receivedAt || (a.id < b.id ? 1 : -1));
}

/** The feed's count of matching rows; a lower bound when the core stopped counting at a cap. */
export interface FeedTotal {
  total: number;
  totalIsLowerBound: boolean;
}

/** The count after the page at position `at` answered. */
export function totalAfterPage(count: FeedTotal, at: number, page: Pick<InboundPage, 'events' | 'nextCursor'>): FeedTotal {
  // Fewer rows than the count promised (it was counted before a change): stop at the end.
  if (page.events.length === 0) return { total: Math.min(count.total, at), totalIsLowerBound: false };
  if (!count.totalIsLowerBound) return { total: count.total, totalIsLowerBound: false };
  // A capped count: each page near its end shows how far the list goes, and the last where it ends.
  const reached = at + page.events.length;
  if (page.nextCursor === null) return { total: reached, totalIsLowerBound: false };
  return { total: Math.max(count.total, reached + 1), totalIsLowerBound: true };
}

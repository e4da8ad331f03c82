import { describe, expect, it } from 'vitest';
import { storeEvents } from '../../bench/stored-events';
import { openDatabase } from '../../src/main/core/db/database';
import { DerivedIndexer } from '../../src/main/core/inbound/derived-index';
import { InboundEventRepo } from '../../src/main/core/inbound/event-repo';
import { RawBodyIndexer } from '../../src/main/core/inbound/raw-index';
import { SEARCH_TOTAL_CAP } from '../../src/main/core/inbound/search-page';
import { totalAfterPage } from '../../src/renderer/src/features/inbound/feed-rows';
import { tempDir } from './helpers/temp-dir';

// A search for a common word counts its matches only up to a cap (at a million events, counting
// them all took ~1.8 s): past it the answer says "at least", and its pages stay exact.

const EVENTS = SEARCH_TOTAL_CAP + 400;
const bodyOf = (n: number) => ({
  userId: '9009',
  channel: 'SMS',
  oa: `4477009${String(n).padStart(5, '0')}`,
  da: '2105',
  message: `refund number ${n}${n % 3 === 0 ? ' urgent' : ''}`,
  tid: `cap-${n}`,
});

describe('search totals past the cap', () => {
  it(
    'says "at least" for a word in more events than the cap, exactly below it, and pages the same rows either way',
    { timeout: 120_000 },
    () => {
      const db = openDatabase({ dataDir: tempDir() });
      storeEvents(db, EVENTS, 1, bodyOf, (n) => n * 1000);
      new DerivedIndexer(db).catchUp();
      // Part of the bodies indexed, the rest found by the scan: one answer from both.
      new RawBodyIndexer(db).step(EVENTS / 2);
      const repo = new InboundEventRepo(db, new DerivedIndexer(db));
      const newestFirst = (keep: (n: number) => boolean) =>
        Array.from({ length: EVENTS }, (_, i) => EVENTS - i)
          .filter(keep)
          .map(String);

      const common = repo.query({ search: 'refund' }, null, 100);
      expect(common.total).toBe(SEARCH_TOTAL_CAP);
      expect(common.totalIsLowerBound).toBe(true);
      expect(common.events.map((e) => e.id)).toEqual(newestFirst(() => true).slice(0, 100));
      // A prefix is the same search while the user types.
      expect(repo.query({ search: 'refu' }, null, 10)).toMatchObject({ total: SEARCH_TOTAL_CAP, totalIsLowerBound: true });

      // Past the cap, pages after a cursor and an offset are still the right rows, to the last.
      const cursor = Number(common.events[0]!.id) + 1;
      const deep = repo.query({ search: 'refund' }, cursor, 100, EVENTS - 150);
      expect(deep.events.map((e) => e.id)).toEqual(newestFirst(() => true).slice(EVENTS - 150, EVENTS - 50));
      const last = repo.query({ search: 'refund' }, cursor, 100, EVENTS - 50);
      expect(last.events).toHaveLength(50);
      expect(last.nextCursor).toBeNull();

      const rare = repo.query({ search: 'urgent' }, null, 100);
      expect(rare).toMatchObject({ total: newestFirst((n) => n % 3 === 0).length, totalIsLowerBound: false });
      expect(rare.events.map((e) => e.id)).toEqual(newestFirst((n) => n % 3 === 0).slice(0, 100));
      // Other filters narrow what is counted.
      const recent = repo.query({ search: 'refund', fromTime: (EVENTS - 99) * 1000 }, null, 500);
      expect(recent).toMatchObject({ total: 100, totalIsLowerBound: false, nextCursor: null });
      expect(recent.events.map((e) => e.id)).toEqual(newestFirst(() => true).slice(0, 100));
      // A feed without a search counts every row.
      expect(repo.query({}, null, 1)).toMatchObject({ total: EVENTS, totalIsLowerBound: false });
      db.close();
    },
  );

  it('the feed grows a capped count as it pages past it, and settles on the real end', () => {
    const rows = (n: number) => Array.from({ length: n }, () => ({}) as never);
    const capped = { total: 10_000, totalIsLowerBound: true };
    expect(totalAfterPage(capped, 9_800, { events: rows(500), nextCursor: '1' })).toEqual({ total: 10_301, totalIsLowerBound: true });
    expect(totalAfterPage(capped, 9_999, { events: rows(40), nextCursor: null })).toEqual({ total: 10_039, totalIsLowerBound: false });
    expect(totalAfterPage(capped, 0, { events: rows(500), nextCursor: '1' })).toEqual(capped);
    expect(totalAfterPage({ total: 300, totalIsLowerBound: false }, 100, { events: rows(200), nextCursor: null })).toEqual({
      total: 300,
      totalIsLowerBound: false,
    });
    expect(totalAfterPage({ total: 300, totalIsLowerBound: false }, 250, { events: [], nextCursor: null })).toEqual({
      total: 250,
      totalIsLowerBound: false,
    });
  });
});

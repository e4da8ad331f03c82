import { describe, expect, it, vi } from 'vitest';
import type { InboundPage } from '../../../src/shared/contract/inbound';
import type { InboundEventRow } from '../../../src/shared/inbound/event';

// The feed store against a stand-in for `inbound:query` with the core's semantics (ids grow with
// commit order, newest first, `cursor` = ids below it, `offset` skips). The core's query itself
// is tested in inbound-feed.test.ts and the whole path in the e2e specs; this pins down the
// races between a reload's answer and live pushes, which the e2e cannot time.

const stored: InboundEventRow[] = [];
const row = (id: number): InboundEventRow =>
  ({
    id: String(id),
    receivedAt: 1_700_000_000_000 + id,
    source: 'imiconnect',
    kind: 'message',
    channel: 'sms',
    direction: 'inbound',
  }) as InboundEventRow;
const commit = (id: number): InboundEventRow => {
  const r = row(id);
  stored.push(r);
  return r;
};

let hold: Promise<void> | null = null;
vi.mock('../../../src/renderer/src/features/inbound/feed-api', () => ({
  getEvent: vi.fn(),
  queryFeed: async (_filter: unknown, _now: number, cursor: string | null, limit: number, offset = 0): Promise<InboundPage> => {
    // The answer reflects the moment the query ran; it may reach the page later.
    const newest = [...stored].reverse().filter((r) => cursor === null || Number(r.id) < Number(cursor));
    const answer = { events: newest.slice(offset, offset + limit), nextCursor: null, total: newest.length };
    if (hold) await hold;
    return answer;
  },
}));

const { useFeedStore } = await import('../../../src/renderer/src/features/inbound/feed-store');

describe('feed store: reload answers and live pushes', () => {
  it('counts every event once when pushes and the first page overlap, and jumps land on the right rows', async () => {
    for (let id = 1; id <= 1000; id++) commit(id);
    let release!: () => void;
    hold = new Promise((r) => (release = r));
    const reloading = useFeedStore.getState().reload();
    // Pushes of rows the query already counted arrive while its answer is on the way...
    useFeedStore.getState().receive(stored.slice(-20));
    // ...and one committed after it ran.
    useFeedStore.getState().receive([commit(1001)]);
    hold = null;
    release();
    await reloading;
    let state = useFeedStore.getState();
    expect(state.total).toBe(1001);
    expect(state.rows[0]!.id).toBe('1001');
    expect(state.rows[1]!.id).toBe('1000');

    // A push trailing the page that already counted its row (old, not among the first 500).
    useFeedStore.getState().receive([stored[399]!]);
    expect(useFeedStore.getState().total).toBe(1001);

    // A jump deep down: position 900 is the 900th row below the live one.
    await useFeedStore.getState().ensureLoaded(900, 910);
    state = useFeedStore.getState();
    expect(state.rows[900]!.id).toBe('101');
    expect(state.rows[910]!.id).toBe('91');
    expect(state.rows.filter(Boolean).length).toBeLessThan(1001);

    // A live row on top shifts positions; a later jump still lands right.
    useFeedStore.getState().receive([commit(1002)]);
    await useFeedStore.getState().ensureLoaded(990, 1001);
    state = useFeedStore.getState();
    expect(state.total).toBe(1002);
    expect(state.rows[1001]!.id).toBe('1');
    expect(state.rows[901]!.id).toBe('101');
  });
});

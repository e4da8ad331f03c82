import { describe, expect, it, vi } from 'vitest';
import type { RecipientOutcome, RecipientsPage, SendsPage, SendSummary } from '../../../src/shared/contract/outbound';

// History's stores against a stand-in for the calls they make. The core's queries are tested
// with the core and the whole path in tests/e2e/history-*.spec.ts; this pins down what the e2e
// cannot time: an answer to an older filter arriving after the newer one.

const recipient = (destination: string, delivery: RecipientOutcome['delivery']): RecipientOutcome => ({
  jobId: 'job-1',
  requestId: 'req-1',
  requestSeq: 1,
  destination,
  text: `Hi ${destination}`,
  delivery,
  api: { state: 'accepted', code: null, description: null },
  vendorId: null,
  lastReceipt: null,
  likelyReply: null,
});
const everyone = [recipient('447900000101', 'delivered'), recipient('447900000113', 'failed'), recipient('447900000102', 'delivered')];
const crowd = Array.from({ length: 700 }, (_, i) => recipient(`4479100${String(i).padStart(5, '0')}`, 'accepted'));
const send = (jobId: string, failed: number): SendSummary => ({
  jobId,
  createdAt: 1,
  finishedAt: null,
  profileId: 'sandbox',
  profileName: 'Sandbox',
  api: 'v2',
  channel: 'sms',
  requests: 1,
  destinations: 3,
  state: 'done',
  firstAddress: '447900000101',
  preview: null,
  delivery: { pending: 0, accepted: 0, delivered: 3 - failed, read: 0, failed, unknown: 0 },
});

/** Answers held back until released, so a test decides the order they arrive in. */
const held: Array<() => void> = [];
function later<T>(value: T): Promise<T> {
  return new Promise((resolve) => held.push(() => resolve(value)));
}

vi.mock('../../../src/renderer/src/api', () => ({
  api: {
    'outbound:recipients': (q: { jobId: string; failedOnly: boolean; offset: number; limit: number }): Promise<RecipientsPage> => {
      const all = q.jobId === 'big' ? crowd : everyone;
      const items = q.failedOnly ? all.filter((r) => r.delivery === 'failed') : all;
      return later({ items: items.slice(q.offset, q.offset + q.limit), total: items.length });
    },
    'outbound:sends': (q: { failedOnly: boolean }): Promise<SendsPage> => {
      const items = q.failedOnly ? [send('job-1', 1)] : [send('job-2', 0), send('job-1', 1)];
      return later({ items, total: items.length });
    },
    on: () => () => {},
  },
}));

const { useRecipientsStore } = await import('../../../src/renderer/src/features/history/recipients-store');
const { useSendsStore } = await import('../../../src/renderer/src/features/history/sends-store');

describe('History stores: a filter answered out of order', () => {
  it('the recipients table shows the failed-only answer even when the unfiltered one arrives last', async () => {
    const opening = useRecipientsStore.getState().open('job-1');
    useRecipientsStore.getState().setFailedOnly(true);
    // The failed-only answer first, then the older unfiltered one.
    held.pop()!();
    held.pop()!();
    await opening;
    await new Promise((r) => setTimeout(r, 0));
    const state = useRecipientsStore.getState();
    expect(state.failedOnly).toBe(true);
    expect(state.items.map((r) => r.destination)).toEqual(['447900000113']);
    expect(state.total).toBe(1);
  });

  it('the list of sends shows the failed-only answer even when the unfiltered one arrives last', async () => {
    const loading = useSendsStore.getState().load();
    useSendsStore.getState().setFailedOnly(true);
    held.pop()!();
    held.pop()!();
    await loading;
    await new Promise((r) => setTimeout(r, 0));
    expect(useSendsStore.getState().items.map((s) => s.jobId)).toEqual(['job-1']);
    expect(useSendsStore.getState().total).toBe(1);
  });

  it('a live reload that answers after a page loaded by scrolling keeps that page', async () => {
    const opening = useRecipientsStore.getState().open('big');
    held.shift()!();
    await opening;
    expect(useRecipientsStore.getState().items).toHaveLength(200);
    // Receipts trigger a reload (rows 0-199) while the user scrolls (rows 200-399).
    const reloading = useRecipientsStore.getState().reload();
    const scrolling = useRecipientsStore.getState().loadMore();
    held.pop()!(); // the scrolled page first
    await scrolling;
    held.pop()!(); // then the reload
    await reloading;
    const state = useRecipientsStore.getState();
    expect(state.items).toHaveLength(400);
    expect(state.items[399]!.destination).toBe('447910000399');
    expect(state.loading).toBe(false);
    // And the next page still comes.
    const more = useRecipientsStore.getState().loadMore();
    held.pop()!();
    await more;
    expect(useRecipientsStore.getState().items).toHaveLength(600);
  });
});

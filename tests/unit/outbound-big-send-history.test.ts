import { describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core';
import { JobRepo } from '../../src/main/core/outbound/job-repo';
import { RecipientRepo } from '../../src/main/core/outbound/recipient-repo';
import { RequestRepo } from '../../src/main/core/outbound/request-repo';
import type { RecipientsPage, SendsPage } from '../../src/shared/contract/outbound';
import { storeEvents } from '../../bench/stored-events';
import { testCore } from './helpers/core';

// History of big sends, written as the outbox writes them (the repos' own inserts) so that sizes
// no HTTP round trip could reach in a unit test are real SQLite rows.

async function call<T>(core: Core, name: string, input?: unknown): Promise<T> {
  const result = await core.dispatch(name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.output as T;
}

const numberOf = (n: number) => `4479${String(n).padStart(8, '0')}`;

/** One answered v2 send of `requests` x `perRequest` destinations; request `seq` got messageId `m-<seq>`. */
function storeSend(core: Core, requests: number, perRequest: number, createdAt: number): string {
  const db = core.context.db;
  const jobs = new JobRepo(db);
  const repo = new RequestRepo(db);
  const recipients = new RecipientRepo(db);
  const destinations = requests * perRequest;
  db.transaction(() => {
    jobs.insert({
      id: 'big',
      profile_id: 'sandbox',
      api: 'v2',
      request_count: requests,
      destinations,
      state: 'done',
      owner: null,
      created_at: createdAt,
      send_id: null,
    });
    for (let seq = 1; seq <= requests; seq++) {
      const addresses = Array.from({ length: perRequest }, (_, i) => numberOf((seq - 1) * perRequest + i));
      const id = `big-${seq}`;
      repo.insert({
        id,
        job_id: 'big',
        seq,
        profile_id: 'sandbox',
        api: 'v2',
        channel: 'sms',
        body: '{}',
        destinations: perRequest,
        first_address: addresses[0]!,
        addresses: JSON.stringify(addresses),
        correlation_ids: '[]',
        callback_data: null,
        state: 'sending',
        next_attempt_at: createdAt,
        created_at: createdAt,
        updated_at: createdAt,
      });
      repo.settle(id, 'accepted', { code: '202', description: 'Queued', messageIds: [`m-${seq}`] }, createdAt);
      recipients.insertMany(
        { requestId: id, jobId: 'big', createdAt },
        addresses.map((address) => ({ address, correlationId: null, text: 'Hi' })),
      );
    }
  })();
  return 'big';
}

/** A receipt for recipient number `n` of a storeSend of `perRequest` destinations a request (its request's messageId as transid). */
const receiptFor = (n: number, perRequest: number, deliveryStatus: string) => ({
  deliveryInfoNotification: {
    transid: `m-${Math.floor(n / perRequest) + 1}`,
    deliveryInfo: { destination: numberOf(n), deliveryStatus, deliveryChannel: 'sms' },
  },
});

/** One receipt per recipient number (storeSend's numbering, 3 a request), with this status word, stored at `at`. */
function storeReceiptsOf(core: Core, statuses: Record<number, string>, at: number): void {
  const receipted = Object.keys(statuses).map(Number);
  storeEvents(
    core.context.db,
    receipted.length,
    0,
    (i) => receiptFor(receipted[i]!, 3, statuses[receipted[i]!]!),
    () => at,
  );
}

/** A page of the send's recipients as [destination, delivery] pairs. */
const pagerOf = (core: Core, jobId: string) => async (query: object) => {
  const answer = await call<RecipientsPage>(core, 'outbound:recipients', { jobId, ...query });
  return { total: answer.total, items: answer.items.map((o) => [o.destination, o.delivery]) };
};

describe('History of a very big send', () => {
  // A send has no recipient limit (it is split into requests of 1000), so reading its outcomes
  // must not spread one value per recipient into a call (Math.min(...rows) throws past ~120,000).
  it('pages the recipients of a 200,000-recipient send instead of failing', async () => {
    const core = await testCore();
    const jobId = storeSend(core, 200, 1000, Date.now());
    const page = await call<RecipientsPage>(core, 'outbound:recipients', { jobId, limit: 2 });
    expect(page.total).toBe(200_000);
    expect(page.items.map((o) => [o.destination, o.delivery])).toEqual([
      [numberOf(0), 'accepted'],
      [numberOf(1), 'accepted'],
    ]);
  }, 300_000);

  // A page of recipients is linked by itself, but a receipt must still find its recipient among
  // the whole request: a v2 messageId is every row's, so a page holding one row of a request
  // must not take the receipts of the request's other rows as its own.
  it("pages a send's recipients with the outcomes of the whole list, also across a request's edge and for failedOnly", async () => {
    const core = await testCore();
    const sentAt = Date.now() - 60_000;
    const jobId = storeSend(core, 2, 3, sentAt);
    const statuses: Record<number, string> = { 1: 'Failed', 2: 'Delivered', 3: 'DeliveryUncertain', 5: 'Failed' };
    storeReceiptsOf(core, statuses, sentAt + 1000);
    const page = pagerOf(core, jobId);
    const all = [
      [numberOf(0), 'accepted'],
      [numberOf(1), 'failed'],
      [numberOf(2), 'delivered'],
      [numberOf(3), 'unknown'],
      [numberOf(4), 'accepted'],
      [numberOf(5), 'failed'],
    ];
    expect(await page({})).toEqual({ total: 6, items: all });
    expect(await page({ offset: 2, limit: 2 })).toEqual({ total: 6, items: all.slice(2, 4) });
    expect(await page({ offset: 5, limit: 2 })).toEqual({ total: 6, items: all.slice(5) });
    const problems = all.filter(([, delivery]) => delivery === 'failed' || delivery === 'unknown');
    expect(await page({ failedOnly: true })).toEqual({ total: 3, items: problems });
    expect(await page({ failedOnly: true, offset: 1, limit: 1 })).toEqual({ total: 3, items: problems.slice(1, 2) });
  }, 120_000);

  // "Failed only" counts rows by position and reads only the page's rows: rows no receipt names
  // take their request's state (all of a refused request's rows, whatever its receipts say), and
  // a page may start or end inside any request. It must give the rows the whole list filters to.
  it('pages failedOnly as the whole list filtered, across a refused request and requests with receipts', async () => {
    const core = await testCore();
    const sentAt = Date.now() - 60_000;
    const jobId = storeSend(core, 3, 3, sentAt);
    new RequestRepo(core.context.db).settle('big-2', 'failed', { code: '400', description: 'Bad request' }, sentAt);
    const statuses: Record<number, string> = { 1: 'Failed', 2: 'Delivered', 3: 'Delivered', 6: 'DeliveryUncertain', 8: 'Failed' };
    storeReceiptsOf(core, statuses, sentAt + 1000);
    const page = pagerOf(core, jobId);
    const problems = [
      [numberOf(1), 'failed'],
      [numberOf(3), 'failed'],
      [numberOf(4), 'failed'],
      [numberOf(5), 'failed'],
      [numberOf(6), 'unknown'],
      [numberOf(8), 'failed'],
    ];
    const all = (await page({})).items;
    expect(all.filter(([, delivery]) => delivery === 'failed' || delivery === 'unknown')).toEqual(problems);
    expect(await page({ failedOnly: true })).toEqual({ total: 6, items: problems });
    for (const [offset, limit] of [
      [0, 1],
      [1, 2],
      [2, 3],
      [4, 5],
      [6, 1],
    ] as const) {
      expect(await page({ failedOnly: true, offset, limit })).toEqual({ total: 6, items: problems.slice(offset, offset + limit) });
    }
    const sends = await call<SendsPage>(core, 'outbound:sends', {});
    expect(sends.items.find((s) => s.jobId === jobId)!.delivery).toEqual({
      pending: 0,
      accepted: 2,
      delivered: 1,
      read: 0,
      failed: 5,
      unknown: 1,
    });
  }, 120_000);

  // The ingest writer stamps one batch with one time (a poll page, a burst of webhooks), so more
  // receipts than one lookup answers can share a millisecond: paging by time alone skipped them.
  it('counts every receipt when more than a lookup page of them arrived in the same millisecond', async () => {
    const core = await testCore();
    const sentAt = Date.now() - 60_000;
    const jobId = storeSend(core, 1, 1000, sentAt);
    // Two receipts per recipient (submitted, then delivered), all stored at one instant.
    const status = (n: number) => (n < 1000 ? 'Submitted' : 'Delivered');
    storeEvents(
      core.context.db,
      2000,
      0,
      (n) => receiptFor(n % 1000, 1000, status(n)),
      () => sentAt + 1000,
    );
    const sends = await call<SendsPage>(core, 'outbound:sends', {});
    expect(sends.items.find((s) => s.jobId === jobId)!.delivery).toMatchObject({ delivered: 1000, accepted: 0 });
  }, 120_000);

  // The sends list counts a send's outcomes without reading every recipient (only those of
  // requests some receipt belongs to), and must give the numbers the per-recipient rules give,
  // also as receipts keep arriving (History's live update).
  it("counts a 100,000-recipient send's outcomes by state, and again when later receipts arrive", async () => {
    const core = await testCore();
    const sentAt = Date.now() - 60_000;
    const jobId = storeSend(core, 100, 1000, sentAt);
    // The API refused the last request: its recipients failed, whatever a receipt says.
    new RequestRepo(core.context.db).settle('big-100', 'failed', { code: '400', description: 'Bad request' }, sentAt);
    const receipts = (from: number, count: number, statusOf: (n: number) => string, at: number) =>
      storeEvents(
        core.context.db,
        count,
        from,
        (n) => receiptFor(n, 1000, statusOf(n)),
        () => at,
      );
    const delivery = async () => (await call<SendsPage>(core, 'outbound:sends', {})).items.find((s) => s.jobId === jobId)!.delivery;

    // Requests 1-3: a third delivered, a third failed, a third only submitted.
    receipts(0, 3000, (n) => ['Delivered', 'Failed', 'Submitted'][n % 3]!, sentAt + 1000);
    expect(await delivery()).toEqual({ pending: 0, accepted: 97_000, delivered: 1000, read: 0, failed: 2000, unknown: 0 });

    // Later: the submitted ones are delivered, a late "submitted" does not undo a delivery, request 4
    // is read, 100 of request 5 are in doubt, and receipts for the refused request change nothing.
    receipts(0, 3000, (n) => ['Submitted', 'Failed', 'Delivered'][n % 3]!, sentAt + 2000);
    receipts(3000, 1000, () => 'Read', sentAt + 2000);
    receipts(4000, 100, () => 'DeliveryUncertain', sentAt + 2000);
    receipts(99_000, 10, () => 'Delivered', sentAt + 2000);
    expect(await delivery()).toEqual({ pending: 0, accepted: 94_900, delivered: 2000, read: 1000, failed: 2000, unknown: 100 });
  }, 300_000);
});

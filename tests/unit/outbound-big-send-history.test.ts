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
      (n) => ({
        deliveryInfoNotification: {
          transid: 'm-1',
          deliveryInfo: { destination: numberOf(n % 1000), deliveryStatus: status(n), deliveryChannel: 'sms' },
        },
      }),
      () => sentAt + 1000,
    );
    const sends = await call<SendsPage>(core, 'outbound:sends', {});
    expect(sends.items.find((s) => s.jobId === jobId)!.delivery).toMatchObject({ delivered: 1000, accepted: 0 });
  }, 120_000);
});

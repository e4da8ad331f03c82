import { describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core';
import { JobRepo } from '../../src/main/core/outbound/job-repo';
import { RecipientRepo } from '../../src/main/core/outbound/recipient-repo';
import { RequestRepo } from '../../src/main/core/outbound/request-repo';
import type { RecipientsPage } from '../../src/shared/contract/outbound';
import { testCore } from './helpers/core';

// History of a send bigger than any one JavaScript call can take as arguments: a send has no
// recipient limit (it is split into requests of 1000), so reading its outcomes must not spread
// one value per recipient into a call (Math.min(...rows) throws past about 120,000).

const RECIPIENTS = 200_000;

async function call<T>(core: Core, name: string, input?: unknown): Promise<T> {
  const result = await core.dispatch(name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.output as T;
}

/** One answered send of RECIPIENTS destinations, written as the outbox writes it. */
function storeBigSend(core: Core): string {
  const db = core.context.db;
  const jobs = new JobRepo(db);
  const requests = new RequestRepo(db);
  const recipients = new RecipientRepo(db);
  const now = Date.now();
  db.transaction(() => {
    jobs.insert({
      id: 'big',
      profile_id: 'sandbox',
      api: 'v2',
      request_count: 200,
      destinations: RECIPIENTS,
      state: 'done',
      owner: null,
      created_at: now,
      send_id: null,
    });
    for (let seq = 1; seq <= 200; seq++) {
      const addresses = Array.from({ length: 1000 }, (_, i) => `4479${String((seq - 1) * 1000 + i).padStart(8, '0')}`);
      requests.insert({
        id: `big-${seq}`,
        job_id: 'big',
        seq,
        profile_id: 'sandbox',
        api: 'v2',
        channel: 'sms',
        body: '{}',
        destinations: 1000,
        first_address: addresses[0]!,
        addresses: JSON.stringify(addresses),
        correlation_ids: '[]',
        callback_data: null,
        state: 'accepted',
        next_attempt_at: now,
        created_at: now + seq,
        updated_at: now + seq,
      });
      recipients.insertMany(
        { requestId: `big-${seq}`, jobId: 'big', createdAt: now + seq },
        addresses.map((address) => ({ address, correlationId: null, text: 'Hi' })),
      );
    }
  })();
  return 'big';
}

describe('History of a very big send', () => {
  it('pages the recipients of a 200,000-recipient send instead of failing', async () => {
    const core = await testCore();
    const jobId = storeBigSend(core);
    const page = await call<RecipientsPage>(core, 'outbound:recipients', { jobId, limit: 2 });
    expect(page.total).toBe(RECIPIENTS);
    expect(page.items.map((o) => [o.destination, o.delivery])).toEqual([
      ['447900000000', 'accepted'],
      ['447900000001', 'accepted'],
    ]);
  }, 300_000);
});

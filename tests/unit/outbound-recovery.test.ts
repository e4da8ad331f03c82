import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../src/main/core';
import { DATABASE_FILE_NAME } from '../../src/main/core/db/database';
import type { JobProgress, ListPage, OutboundRequestSummary, RequestDetail, SendReceipt } from '../../src/shared/contract/outbound';
import { tempDir } from './helpers/temp-dir';

const cores: Core[] = [];
afterEach(async () => {
  while (cores.length) await cores.pop()!.close();
});

async function call<T>(core: Core, name: string, input: unknown): Promise<T> {
  const result = await core.dispatch(name, input);
  if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
  return result.output as T;
}

function waitForJob(core: Core, jobId: string): Promise<JobProgress> {
  return new Promise((resolve) => {
    const stop = core.events.subscribe((name, payload) => {
      const p = payload as JobProgress;
      if (name === 'outbound:progress' && p.jobId === jobId && (p.state === 'done' || p.state === 'cancelled')) {
        stop();
        resolve(p);
      }
    });
  });
}

const body = {
  channel: 'sms',
  from: 'RELAYDESK',
  content: { type: 'text', text: 'Hello' },
  to: Array.from({ length: 25 }, (_, i) => ({ msisdn: [`4479${String(i).padStart(8, '0')}`] })),
};

describe('outbox recovery after a process died', () => {
  it('takes over the job: what was on the wire becomes unknown (never re-sent), the queued rest is sent; the user then settles or re-sends', async () => {
    const dataDir = tempDir();
    // A process queues a send while its sandbox is not up, so nothing leaves yet...
    const first = await createCore({ dataDir, startServices: false, logger: { info() {}, warn() {}, error() {} } });
    const receipt = await call<SendReceipt>(first, 'outbound:send', { profileId: 'sandbox', body });
    expect(receipt.requestCount).toBe(3);
    await first.close();
    // ...and dies (pid 2^22+1 never runs here) with request 1 on the wire.
    const db = new Database(join(dataDir, DATABASE_FILE_NAME));
    db.prepare(`UPDATE outbound_jobs SET owner = '4194305:dead'`).run();
    db.prepare(`UPDATE outbound_requests SET state = 'sending', attempts = 1 WHERE seq = 1`).run();
    db.prepare(
      `INSERT INTO outbound_attempts (request_id, attempt, started_at, outcome) SELECT id, 1, 0, 'sending' FROM outbound_requests WHERE seq = 1`,
    ).run();
    db.close();

    // The app starts (listener, in-app sandbox, outbox worker) and finishes the job.
    const app = await createCore({ dataDir, listenPort: 0, sandboxPort: 0, logger: { info() {}, warn() {}, error() {} } });
    cores.push(app);
    const final = await Promise.race([
      waitForJob(app, receipt.jobId),
      new Promise<JobProgress>((resolve) =>
        setTimeout(async () => resolve((await call<JobProgress[]>(app, 'outbound:jobs', undefined))[0]!), 15_000),
      ),
    ]);
    expect(final).toMatchObject({ sent: 15, failed: 10, remaining: 0, state: 'done' });
    const page = await call<ListPage>(app, 'outbound:list', { jobId: receipt.jobId });
    const bySeq = page.items.sort((a, b) => a.seq - b.seq);
    expect(bySeq.map((r) => r.state)).toEqual(['unknown', 'accepted', 'accepted']);
    const unknown = bySeq[0]!;
    const detail = await call<RequestDetail>(app, 'outbound:get', { id: unknown.id });
    expect(detail.attempts[0]).toMatchObject({ outcome: 'unknown' });
    expect(detail.request.responseDescription).toMatch(/may or may not have arrived/);

    // Only an unknown request can be settled; a settled one cannot be settled again.
    const settled = await call<OutboundRequestSummary>(app, 'outbound:settle', { id: unknown.id, as: 'failed' });
    expect(settled.state).toBe('failed');
    await expect(call(app, 'outbound:settle', { id: unknown.id, as: 'accepted' })).rejects.toThrow(
      /Only a request whose outcome is unknown/,
    );

    // Re-send is a new job with the same body.
    const again = await call<SendReceipt>(app, 'outbound:resend', { id: unknown.id });
    expect(again).toMatchObject({ requestCount: 1, destinations: 10 });
    expect(await waitForJob(app, again.jobId)).toMatchObject({ sent: 10, state: 'done' });
    const resent = (await call<ListPage>(app, 'outbound:list', { jobId: again.jobId })).items[0]!;
    expect((await call<RequestDetail>(app, 'outbound:get', { id: resent.id })).body).toEqual(detail.body);
  }, 30_000);

  it('answers clearly for an unknown request id or job', async () => {
    const core = await createCore({ dataDir: tempDir(), startServices: false, logger: { info() {}, warn() {}, error() {} } });
    cores.push(core);
    await expect(call(core, 'outbound:get', { id: 'nope' })).rejects.toThrow(/No sent request nope/);
    await expect(call(core, 'outbound:cancel', { jobId: 'nope' })).rejects.toThrow(/No send job nope/);
    await expect(call(core, 'outbound:resend', { id: 'nope' })).rejects.toThrow(/No sent request/);
  });
});

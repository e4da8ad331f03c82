import { afterEach, describe, expect, it } from 'vitest';
import type { JobProgress, ListPage, RequestDetail, SendReceipt, ValidateResult } from '../../src/shared/contract/outbound';
import type { Core } from '../../src/main/core';
import { startSandbox, type Sandbox } from '../../src/main/core/sandbox/server';
import { testCore } from './helpers/core';

const sandboxes: Sandbox[] = [];
afterEach(async () => {
  while (sandboxes.length) await sandboxes.pop()!.close();
});

async function sandbox(options: Parameters<typeof startSandbox>[0] = {}): Promise<Sandbox> {
  const s = await startSandbox({ port: 0, receiptDelayMs: 60_000, ...options });
  sandboxes.push(s);
  return s;
}

/** A one-shot core whose built-in Sandbox profile points at `url` (TPS 10, as shipped). */
async function coreFor(url: string): Promise<Core> {
  const core = await testCore();
  core.context.status.setService('sandbox', { running: true, url, error: null });
  return core;
}

async function call<T>(core: Core, name: string, input: unknown): Promise<T> {
  const result = await core.dispatch(name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.output as T;
}

function waitForJob(core: Core, jobId: string, timeoutMs = 20_000): Promise<JobProgress> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`job ${jobId} did not finish`)), timeoutMs);
    const stop = core.events.subscribe((name, payload) => {
      const p = payload as JobProgress;
      if (name === 'outbound:progress' && p.jobId === jobId && (p.state === 'done' || p.state === 'cancelled')) {
        clearTimeout(timer);
        stop();
        resolve(p);
      }
    });
  });
}

const msisdn = (i: number) => `4479${String(i).padStart(8, '0')}`;

function v2Body(count: number, extra: Record<string, unknown> = {}) {
  return {
    channel: 'sms',
    from: 'RELAYDESK',
    content: { type: 'text', text: 'Hello $(name)' },
    to: Array.from({ length: count }, (_, i) => ({ msisdn: [msisdn(i)], correlationId: `p-${i}`, substitutions: { name: `Person ${i}` } })),
    ...extra,
  };
}

function v1Body(count: number) {
  return {
    deliverychannel: 'sms',
    channels: { sms: { text: 'Hello', type: '1' } },
    destination: [{ msisdn: Array.from({ length: count }, (_, i) => msisdn(i)) }],
  };
}

const requestsOf = (s: Sandbox) => s.log.entries().filter((e) => e.kind === 'request');

describe('outbox against the real sandbox over HTTP', () => {
  it('validates and plans a send by TPS without sending anything', async () => {
    const s = await sandbox();
    const core = await coreFor(s.url);
    const plan = await call<ValidateResult>(core, 'outbound:validate', { profileId: 'sandbox', body: v2Body(25) });
    expect(plan).toMatchObject({
      api: 'v2',
      errors: [],
      batches: { count: 3, destinations: 25, maxPerRequest: 10, estimatedSeconds: 2 },
      blockers: [],
    });
    const bad = await call<ValidateResult>(core, 'outbound:validate', {
      profileId: 'sandbox',
      body: { ...v2Body(1), to: [{ msisdn: ['12'] }] },
    });
    expect(bad.errors[0]?.path).toBe('to[0].msisdn[0]');
    expect(requestsOf(s)).toHaveLength(0);
  });

  it('sends a personalised bulk paced by TPS: every destination once, at most 10 per second, all accepted', async () => {
    const s = await sandbox({ tps: 10 });
    const core = await coreFor(s.url);
    const receipt = await call<SendReceipt>(core, 'outbound:send', { profileId: 'Sandbox', body: v2Body(25) });
    expect(receipt).toMatchObject({ requestCount: 3, destinations: 25 });
    const final = await waitForJob(core, receipt.jobId);
    expect(final).toMatchObject({ sent: 25, failed: 0, remaining: 0, state: 'done' });

    const arrived = requestsOf(s);
    expect(arrived).toHaveLength(3);
    expect(new Set(arrived.map((e) => (e.kind === 'request' ? e.status : 0)))).toEqual(new Set([201]));
    const groups = arrived.flatMap((e) =>
      e.kind === 'request' ? (e.body as { to: { msisdn: string[]; correlationId: string; substitutions: unknown }[] }).to : [],
    );
    expect(groups.map((g) => g.msisdn[0]).sort()).toEqual(Array.from({ length: 25 }, (_, i) => msisdn(i)).sort());
    expect(groups.find((g) => g.msisdn[0] === msisdn(17))).toEqual({
      msisdn: [msisdn(17)],
      correlationId: 'p-17',
      substitutions: { name: 'Person 17' },
    });
    // 25 destinations at 10/s: the third request cannot go before 2 s after the first.
    const times = arrived.map((e) => Date.parse(e.at));
    expect(times[2]! - times[0]!).toBeGreaterThanOrEqual(1900);

    const page = await call<ListPage>(core, 'outbound:list', { jobId: receipt.jobId });
    expect(page.items.map((i) => i.state)).toEqual(['accepted', 'accepted', 'accepted']);
    const detail = await call<RequestDetail>(core, 'outbound:get', { id: page.items[0]!.id });
    expect(detail.attempts).toHaveLength(1);
    expect(detail.ids.messageIds).toHaveLength(1);
    expect(detail.timeline.map((t) => t.kind)).toEqual(['queued', 'attempt']);
  }, 30_000);

  it('retries a 7020 (TPS exceeded) answer with backoff until the API takes it', async () => {
    const s = await sandbox({ tps: 10 });
    const core = await coreFor(s.url);
    // Another client has just used this second's 10 destinations, so our first try gets 7020.
    const other = await fetch(`${s.url}/resources/v1/messaging`, {
      method: 'POST',
      headers: { key: 'sandbox-key', 'content-type': 'application/json' },
      body: JSON.stringify({ ...v1Body(10), destination: [{ msisdn: Array.from({ length: 10 }, (_, i) => msisdn(500 + i)) }] }),
    });
    expect(((await other.json()) as { response: { code: string }[] }).response[0]!.code).toBe('1001');
    const receipt = await call<SendReceipt>(core, 'outbound:send', { profileId: 'sandbox', body: v1Body(10) });
    const final = await waitForJob(core, receipt.jobId, 30_000);
    expect(final).toMatchObject({ sent: 10, failed: 0, state: 'done' });
    const [item] = (await call<ListPage>(core, 'outbound:list', { jobId: receipt.jobId })).items;
    const detail = await call<RequestDetail>(core, 'outbound:get', { id: item!.id });
    expect(detail.attempts[0]).toMatchObject({ outcome: 'retry', code: '7020' });
    expect(detail.attempts.at(-1)).toMatchObject({ outcome: 'accepted', code: '1001' });
    expect(detail.attempts.length).toBeGreaterThan(1);
    // Our 10 destinations were accepted exactly once.
    const accepted = requestsOf(s).filter((e) => e.kind === 'request' && JSON.stringify(e.response).includes('1001'));
    const ids = accepted.flatMap((e) =>
      e.kind === 'request' ? (e.body as { destination: { msisdn: string[] }[] }).destination[0]!.msisdn : [],
    );
    expect(ids.sort()).toEqual(
      [...Array.from({ length: 10 }, (_, i) => msisdn(i)), ...Array.from({ length: 10 }, (_, i) => msisdn(500 + i))].sort(),
    );
  }, 40_000);

  it('fails a 401 at once, with the reason, and does not retry it', async () => {
    const s = await sandbox({ credentials: [{ serviceId: 'other', key: 'other-key', jwtSecret: 'b3RoZXI=' }] });
    const core = await coreFor(s.url);
    const receipt = await call<SendReceipt>(core, 'outbound:send', { profileId: 'sandbox', body: v2Body(2) });
    const final = await waitForJob(core, receipt.jobId);
    expect(final).toMatchObject({ sent: 0, failed: 2, state: 'done' });
    const [item] = (await call<ListPage>(core, 'outbound:list', { jobId: receipt.jobId })).items;
    expect(item).toMatchObject({ state: 'failed', attempts: 1, responseCode: '401' });
    expect(item!.responseDescription).toMatch(/Authentication failed/);
    expect(requestsOf(s)).toHaveLength(1);
  });

  it('goes offline when the API cannot be reached, keeps the send queued, and sends it when it is back', async () => {
    const first = await startSandbox({ port: 0 });
    const port = first.port;
    await first.close();
    const core = await coreFor(`http://127.0.0.1:${port}`);
    const statuses: boolean[] = [];
    core.events.subscribe((name, payload) => {
      if (name === 'app:status') statuses.push((payload as { online: boolean }).online);
    });
    const receipt = await call<SendReceipt>(core, 'outbound:send', { profileId: 'sandbox', body: v2Body(3) });
    await expect.poll(() => core.context.status.get().online, { timeout: 5000 }).toBe(false);
    const [queued] = (await call<ListPage>(core, 'outbound:list', { jobId: receipt.jobId })).items;
    expect(queued).toMatchObject({ state: 'queued', responseCode: 'network' });
    const progress = await call<JobProgress[]>(core, 'outbound:jobs', undefined);
    expect(progress.find((p) => p.jobId === receipt.jobId)?.state).toBe('offline');

    const back = await sandbox({ port });
    const final = await waitForJob(core, receipt.jobId, 40_000);
    expect(final).toMatchObject({ sent: 3, state: 'done' });
    expect(core.context.status.get().online).toBe(true);
    expect(statuses).toEqual([false, true]);
    expect(requestsOf(back)).toHaveLength(1);
  }, 60_000);

  it('cancels what is still queued and keeps what was sent', async () => {
    const s = await sandbox();
    const core = await coreFor(s.url);
    const receipt = await call<SendReceipt>(core, 'outbound:send', { profileId: 'sandbox', body: v2Body(40) });
    await expect.poll(() => requestsOf(s).length, { timeout: 5000 }).toBeGreaterThan(0);
    const cancelled = await call<JobProgress>(core, 'outbound:cancel', { jobId: receipt.jobId });
    expect(cancelled.sent + cancelled.remaining).toBeLessThan(40);
    const final = await waitForJob(core, receipt.jobId);
    expect(final.state).toBe('cancelled');
    const page = await call<ListPage>(core, 'outbound:list', { jobId: receipt.jobId });
    expect(page.counts.cancelled).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 1200));
    expect(requestsOf(s).length).toBe(page.counts.accepted ?? 0);
  });
});

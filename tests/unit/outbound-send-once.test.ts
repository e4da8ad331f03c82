import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core';
import type { ListPage, SendReceipt, ValidateResult } from '../../src/shared/contract/outbound';
import type { Profile } from '../../src/shared/profiles/profile';
import { startSandbox, type Sandbox } from '../../src/main/core/sandbox/server';
import { testCore } from './helpers/core';

// Single-flight sends and the missing-secret refusal, through the real dispatch, SQLite and sandbox.

const sandboxes: Sandbox[] = [];
afterEach(async () => {
  while (sandboxes.length) await sandboxes.pop()!.close();
});

async function coreWithSandbox(): Promise<{ core: Core; sandbox: Sandbox }> {
  const sandbox = await startSandbox({ port: 0, receiptDelayMs: 60_000 });
  sandboxes.push(sandbox);
  const core = await testCore();
  core.context.status.setService('sandbox', { running: true, url: sandbox.url, error: null });
  return { core, sandbox };
}

async function call<T>(core: Core, name: string, input?: unknown): Promise<T> {
  const result = await core.dispatch(name, input);
  if (!result.ok) throw Object.assign(new Error(`${name}: ${result.error.message}`), result.error);
  return result.output as T;
}

async function callError(core: Core, name: string, input?: unknown) {
  const result = await core.dispatch(name, input);
  if (result.ok) throw new Error(`${name} should have failed`);
  return result.error;
}

const body = {
  channel: 'sms',
  from: 'RELAYDESK',
  content: { type: 'text', text: 'Hi $(name)' },
  to: Array.from({ length: 50 }, (_, i) => ({ msisdn: [`4479${String(i).padStart(8, '0')}`], substitutions: { name: `P${i}` } })),
};

describe('single-flight sends', () => {
  it('a second send with the same id (a double-click) returns the first job and queues nothing', async () => {
    const { core } = await coreWithSandbox();
    const first = await call<SendReceipt>(core, 'outbound:send', { profileId: 'sandbox', sendId: 'click-0001', body });
    const again = await call<SendReceipt>(core, 'outbound:send', { profileId: 'sandbox', sendId: 'click-0001', body });
    expect(again).toEqual(first);
    const page = await call<ListPage>(core, 'outbound:list', {});
    expect(new Set(page.items.map((r) => r.jobId))).toEqual(new Set([first.jobId]));
    expect(page.total).toBe(first.requestCount);
  });

  it('two sends racing with one id make one job; a new id makes a new one', async () => {
    const { core } = await coreWithSandbox();
    const [a, b] = await Promise.all([
      call<SendReceipt>(core, 'outbound:send', { profileId: 'sandbox', sendId: 'ctrl-enter-1', body }),
      call<SendReceipt>(core, 'outbound:send', { profileId: 'sandbox', sendId: 'ctrl-enter-1', body }),
    ]);
    expect(a.jobId).toBe(b.jobId);
    const other = await call<SendReceipt>(core, 'outbound:send', { profileId: 'sandbox', sendId: 'ctrl-enter-2', body });
    expect(other.jobId).not.toBe(a.jobId);
    const jobs = (await call<ListPage>(core, 'outbound:list', { limit: 500 })).items.map((r) => r.jobId);
    expect(new Set(jobs).size).toBe(2);
  });

  it('a re-send repeated with its send id (a retried call) queues one new job', async () => {
    const { core } = await coreWithSandbox();
    const first = await call<SendReceipt>(core, 'outbound:send', { profileId: 'sandbox', body: { ...body, to: body.to.slice(0, 1) } });
    // A request still in the outbox cannot be re-sent: wait for the sandbox's answer.
    let request = (await call<ListPage>(core, 'outbound:list', { jobId: first.jobId })).items[0];
    for (let tries = 0; request?.state !== 'accepted' && tries < 200; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      request = (await call<ListPage>(core, 'outbound:list', { jobId: first.jobId })).items[0];
    }
    const again = await call<SendReceipt>(core, 'outbound:resend', { id: request!.id, sendId: 'resend-0001' });
    const retried = await call<SendReceipt>(core, 'outbound:resend', { id: request!.id, sendId: 'resend-0001' });
    expect(retried).toEqual(again);
    expect(again.jobId).not.toBe(first.jobId);
    const jobs = (await call<ListPage>(core, 'outbound:list', { limit: 500 })).items.map((r) => r.jobId);
    expect(new Set(jobs)).toEqual(new Set([first.jobId, again.jobId]));
  });

  it('refuses a send id that is not one', async () => {
    const { core } = await coreWithSandbox();
    const error = await callError(core, 'outbound:send', { profileId: 'sandbox', sendId: 'x', body });
    expect(error.message).toMatch(/send id is 8 to 100/);
  });
});

describe('a profile with no secret', () => {
  it('is refused before queueing, naming the profile and both fixes with the real variable name', async () => {
    const { core, sandbox } = await coreWithSandbox();
    const profile = await call<Profile>(core, 'profiles:create', {
      name: 'EU live',
      region: 'eu',
      serviceId: 'svc-1',
      authMode: 'key',
      tps: 25,
      senders: { sms: 'ACME' },
    });
    const plan = await call<ValidateResult>(core, 'outbound:validate', { profileId: profile.id, body });
    expect(plan.errors).toEqual([]);
    expect(plan.blockers).toHaveLength(1);
    expect(plan.blockers[0]!.code).toBe('missing_secret');
    expect(plan.blockers[0]!.message).toMatch(/Profile "EU live" has no service key/);
    expect(plan.blockers[0]!.message).toMatch(/Settings → Profiles/);
    expect(plan.blockers[0]!.message).toContain('RELAYDESK_SECRET_EU_LIVE_KEY');

    const error = await callError(core, 'outbound:send', { profileId: 'EU live', sendId: 'click-0002', body });
    expect(error.code).toBe('missing_secret');
    expect(error.message).toContain('RELAYDESK_SECRET_EU_LIVE_KEY');
    expect((await call<ListPage>(core, 'outbound:list', {})).total).toBe(0);
    expect(sandbox.log.entries().filter((e) => e.kind === 'request')).toHaveLength(0);

    // The sandbox needs no secret; nor does a profile whose variable supplies it.
    expect((await call<ValidateResult>(core, 'outbound:validate', { profileId: 'sandbox', body })).blockers).toEqual([]);
  });

  it('is not blocked when its RELAYDESK_SECRET_<NAME>_JWT variable supplies the secret', async () => {
    process.env.RELAYDESK_SECRET_STAGING_JWT = Buffer.from('s3cret-bytes').toString('base64');
    const core = await testCore();
    const profile = await call<Profile>(core, 'profiles:create', {
      name: 'Staging',
      region: 'custom',
      baseUrl: 'https://staging.example.test',
      serviceId: 'svc-2',
      authMode: 'both',
      tps: 5,
      senders: {},
    });
    const plan = await call<ValidateResult>(core, 'outbound:validate', { profileId: profile.id, body });
    expect(plan.blockers.map((b) => b.message)).toEqual([expect.stringContaining('RELAYDESK_SECRET_STAGING_KEY')]);
  });

  afterEach(() => {
    delete process.env.RELAYDESK_SECRET_STAGING_JWT;
  });
});

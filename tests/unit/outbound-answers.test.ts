import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core';
import type { JobProgress, ListPage, SendReceipt } from '../../src/shared/contract/outbound';
import type { Profile } from '../../src/shared/profiles/profile';
import { testCore } from './helpers/core';

// What the outbox records for vendor answers that are odd but fine: through the real worker,
// SQLite and HTTP against a server that answers what each test scripts.

const closers: (() => void)[] = [];
afterEach(() => {
  while (closers.length) closers.pop()!();
  delete process.env.RELAYDESK_SECRET_SCRIPTED_KEY;
});

async function scriptedApi(status: number, body: string): Promise<string> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => server.close());
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function call<T>(core: Core, name: string, input?: unknown): Promise<T> {
  const result = await core.dispatch(name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.output as T;
}

async function sendThrough(status: number, answer: string, body: unknown): Promise<ListPage['items'][number]> {
  process.env.RELAYDESK_SECRET_SCRIPTED_KEY = 'key-0123456789abcdef';
  const core = await testCore();
  const url = await scriptedApi(status, answer);
  const profile = await call<Profile>(core, 'profiles:create', {
    name: 'Scripted',
    region: 'custom',
    baseUrl: url,
    serviceId: 'svc-9',
    authMode: 'key',
    tps: 10,
    senders: {},
  });
  const finished = new Promise<void>((resolve) =>
    core.events.subscribe((name, payload) => {
      if (name === 'outbound:progress' && (payload as JobProgress).state === 'done') resolve();
    }),
  );
  const receipt = await call<SendReceipt>(core, 'outbound:send', { profileId: profile.id, body });
  await finished;
  const page = await call<ListPage>(core, 'outbound:list', { jobId: receipt.jobId });
  return page.items[0]!;
}

const v2 = { channel: 'sms', from: 'ACME', content: { type: 'text', text: 'Hi' }, to: [{ msisdn: ['447900000001'] }] };
const v1 = { deliverychannel: 'sms', channels: { sms: { text: 'Hi', type: '1' } }, destination: [{ msisdn: ['447900000001'] }] };

describe('the outbox reads vendor answers liberally', () => {
  it('records a v2 201 with "correlationId": null as accepted, not failed', async () => {
    const row = await sendThrough(
      201,
      JSON.stringify({ requestTimestamp: '2026-11-22T17:30:00+05:30', messageId: 'm-77', correlationId: null, status: 'queued' }),
      v2,
    );
    expect(row).toMatchObject({ state: 'accepted', responseCode: '201' });
  }, 30_000);

  it('records a 2xx it cannot read as unknown (may have arrived), never failed', async () => {
    const row = await sendThrough(200, '{"ok":true}', v2);
    expect(row.state).toBe('unknown');
    expect(row.responseDescription).toMatch(/may well have arrived/);
  }, 30_000);

  it('reads a v1 answer whose response is one object on HTTP 200', async () => {
    const row = await sendThrough(
      200,
      JSON.stringify({ response: { code: '1001', transid: 'tx-1', description: 'Queued', correlationid: null } }),
      v1,
    );
    expect(row).toMatchObject({ state: 'accepted', responseCode: '1001' });
  }, 30_000);

  it('reads a v1 refusal on HTTP 400 as failed with the code', async () => {
    const row = await sendThrough(400, JSON.stringify({ response: [{ code: '7004', description: 'Invalid parameters' }] }), v1);
    expect(row).toMatchObject({ state: 'failed', responseCode: '7004' });
  }, 30_000);
});

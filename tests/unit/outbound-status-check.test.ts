import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core';
import type { JobProgress, ListPage, SendReceipt, StatusCheckResult } from '../../src/shared/contract/outbound';
import type { Profile } from '../../src/shared/profiles/profile';
import { SANDBOX_SERVICE_KEY } from '../../src/shared/sandbox';
import { startSandbox, type Sandbox } from '../../src/main/core/sandbox/server';
import { testCore } from './helpers/core';
import { hugeAnswer } from './helpers/huge-answer';

// "Check status" on a History request: the core asks the status API (GET /v2/messages/{id}) of the
// real sandbox over HTTP, with the request's profile's credentials, and says every failure in words.

const sandboxes: Sandbox[] = [];
const closers: (() => void)[] = [];
const ENV_KEY = 'RELAYDESK_SECRET_STATUS_CHECKED_KEY';
afterEach(async () => {
  while (sandboxes.length) await sandboxes.pop()!.close();
  while (closers.length) closers.pop()!();
  delete process.env[ENV_KEY];
});

async function sandbox(receiptDelayMs: number): Promise<Sandbox> {
  const started = await startSandbox({ port: 0, receiptDelayMs });
  sandboxes.push(started);
  return started;
}

async function call<T>(core: Core, name: string, input?: unknown): Promise<T> {
  const result = await core.dispatch(name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.output as T;
}

/** Sends and waits for the API's answer; returns the request id. */
async function sendAndWait(core: Core, profileId: string, body: unknown): Promise<string> {
  // Done for this send's job only: progress of an earlier send in the same core must not count.
  const finished = new Set<string>();
  let wake = (): void => {};
  const unsubscribe = core.events.subscribe((name, payload) => {
    if (name !== 'outbound:progress' || (payload as JobProgress).state !== 'done') return;
    finished.add((payload as JobProgress).jobId);
    wake();
  });
  const receipt = await call<SendReceipt>(core, 'outbound:send', { profileId, body });
  while (!finished.has(receipt.jobId)) await new Promise<void>((resolve) => (wake = resolve));
  unsubscribe();
  const page = await call<ListPage>(core, 'outbound:list', { jobId: receipt.jobId });
  expect(page.items[0]?.state).toBe('accepted');
  return page.items[0]!.id;
}

const v2 = (to: string[]) => ({ channel: 'sms', from: 'ACME', content: { type: 'text', text: 'Hi' }, to: [{ msisdn: to }] });

describe('outbound:checkStatus', () => {
  it('reads each destination of the message as the sandbox says it now: delivered, or failed with its code in words', async () => {
    const api = await sandbox(30);
    const core = await testCore();
    core.context.status.setService('sandbox', { running: true, url: api.url, error: null });
    const id = await sendAndWait(core, 'sandbox', v2(['447700900001', '447700900013']));

    let result: StatusCheckResult | undefined;
    await expect
      .poll(
        async () => {
          result = await call<StatusCheckResult>(core, 'outbound:checkStatus', { id });
          return result.checks[0]?.destinations.map((d) => [d.address, d.status, d.code]);
        },
        { timeout: 20_000 },
      )
      .toEqual([
        ['447700900001', 'DELIVERED', '7500'],
        ['447700900013', 'FAILED', '7201'],
      ]);
    const check = result!.checks[0]!;
    expect(result).toMatchObject({ requestId: id, api: 'v2', note: null });
    expect(check).toMatchObject({ status: 'DELIVERED', delivery: 'delivered', code: '7500', error: null, httpStatus: 200 });
    // The code in words (the chip shows the status word itself), each destination's as its channel (SMS) means it.
    expect(check.words).toMatch(/^Delivered: /);
    expect(check.destinations[1]!.words).toMatch(/^Delivery failed at the operator/);
    expect(check.at).toMatch(/^\d{4}-\d\d-\d\dT/);
  }, 40_000);

  it('says a 404 (the API does not know the id), a refused connection and a v1 request in words that say what to do', async () => {
    const first = await sandbox(60_000);
    const core = await testCore();
    core.context.status.setService('sandbox', { running: true, url: first.url, error: null });
    const id = await sendAndWait(core, 'sandbox', v2(['447700900002']));

    // Another sandbox never accepted that message.
    const second = await sandbox(60_000);
    core.context.status.setService('sandbox', { running: true, url: second.url, error: null });
    const notFound = (await call<StatusCheckResult>(core, 'outbound:checkStatus', { id })).checks[0]!;
    expect(notFound).toMatchObject({ status: null, httpStatus: 404 });
    expect(notFound.error).toMatch(/knows no message .+ \(HTTP 404\)/);
    expect(notFound.error).toMatch(/Check that profile "Sandbox" points at the region and service that sent it/);

    await second.close();
    sandboxes.splice(sandboxes.indexOf(second), 1);
    const down = (await call<StatusCheckResult>(core, 'outbound:checkStatus', { id })).checks[0]!;
    expect(down.httpStatus).toBeNull();
    expect(down.error).toMatch(/^Could not reach 127\.0\.0\.1:\d+ \(connection refused\)\. Check your network/);

    core.context.status.setService('sandbox', { running: true, url: first.url, error: null });
    const v1 = { deliverychannel: 'sms', channels: { sms: { text: 'Hi', type: '1' } }, destination: [{ msisdn: ['447700900003'] }] };
    const v1Id = await sendAndWait(core, 'sandbox', v1);
    const v1Result = await call<StatusCheckResult>(core, 'outbound:checkStatus', { id: v1Id });
    expect(v1Result.checks).toEqual([]);
    expect(v1Result.note).toMatch(/Messaging API v1 has no status call/);
  }, 40_000);

  it("asks with the profile's credentials as a send does, and says a 401 with where to fix them", async () => {
    const api = await sandbox(60_000);
    process.env[ENV_KEY] = SANDBOX_SERVICE_KEY;
    const core = await testCore();
    const profile = await call<Profile>(core, 'profiles:create', {
      name: 'Status checked',
      region: 'custom',
      baseUrl: api.url,
      serviceId: 'svc-1',
      authMode: 'key',
      tps: 10,
      senders: {},
    });
    const id = await sendAndWait(core, profile.id, v2(['447700900004']));
    expect((await call<StatusCheckResult>(core, 'outbound:checkStatus', { id })).checks[0]).toMatchObject({
      status: 'QUEUED',
      delivery: 'accepted',
      error: null,
    });

    process.env[ENV_KEY] = 'key-not-the-right-one';
    const refused = (await call<StatusCheckResult>(core, 'outbound:checkStatus', { id })).checks[0]!;
    expect(refused.httpStatus).toBe(401);
    expect(refused.error).toMatch(
      /refused the credentials of profile "Status checked" \(HTTP 401\)\. Check its service key or JWT secret in Settings → Profiles/,
    );

    delete process.env[ENV_KEY];
    const missing = await core.dispatch('outbound:checkStatus', { id });
    expect(missing.ok).toBe(false);
    expect(!missing.ok && missing.error.message).toMatch(
      /has no service key: set it in Settings → Profiles \(or set RELAYDESK_SECRET_STATUS_CHECKED_KEY/,
    );
  }, 40_000);

  it('reads no more than 1 MiB of an answer, and says a server error and a non-JSON page', async () => {
    // A messaging API that accepts the send, then answers status checks as `statusAnswer` says.
    let statusAnswer: 'huge' | '500' | 'html' = 'huge';
    const huge = hugeAnswer(64, ' ');
    const server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        if (req.method === 'POST') {
          res.writeHead(201, { 'content-type': 'application/json' });
          return void res.end(JSON.stringify({ messageId: 'm-1', status: 'queued' }));
        }
        if (statusAnswer === 'huge') return huge.send(res);
        res.writeHead(statusAnswer === '500' ? 500 : 200, { 'content-type': statusAnswer === '500' ? 'application/json' : 'text/html' });
        res.end(statusAnswer === '500' ? JSON.stringify({ code: '5000', message: 'Internal error' }) : '<html>Welcome</html>');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    closers.push(() => server.close());
    process.env[ENV_KEY] = 'key-0123456789abcdef';
    const core = await testCore();
    const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const profile = await call<Profile>(core, 'profiles:create', {
      name: 'Status checked',
      region: 'custom',
      baseUrl,
      serviceId: 'svc-2',
      authMode: 'key',
      tps: 10,
      senders: {},
    });
    const id = await sendAndWait(core, profile.id, v2(['447700900005']));

    const tooLarge = (await call<StatusCheckResult>(core, 'outbound:checkStatus', { id })).checks[0]!;
    expect(tooLarge.error).toMatch(/sent an answer larger than 1 MiB, so it is not the messaging API: check the profile's base URL/);
    await expect.poll(() => huge.closedEarly()).toBe(true);

    statusAnswer = '500';
    const serverError = (await call<StatusCheckResult>(core, 'outbound:checkStatus', { id })).checks[0]!;
    expect(serverError).toMatchObject({ httpStatus: 500, status: null });
    expect(serverError.error).toBe('The API had a problem (HTTP 500). The API said "5000: Internal error". Try again in a few minutes.');

    statusAnswer = 'html';
    const page = (await call<StatusCheckResult>(core, 'outbound:checkStatus', { id })).checks[0]!;
    expect(page.error).toMatch(/answered, but its answer names no status/);
  }, 40_000);
});

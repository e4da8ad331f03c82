import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core';
import type { JobProgress, ListPage, RequestDetail, SendReceipt, StatusCheckResult } from '../../src/shared/contract/outbound';
import type { Profile } from '../../src/shared/profiles/profile';
import { testCore } from './helpers/core';

// A base URL that echoes what it was sent (a debugging proxy, an echo service, a mock) answers
// with our own key and JWT. The answer is kept for History and shown in the renderer, so the
// credentials must be gone from it before it is stored or shown: never in SQLite, never sent on.

const KEY = 'key-echo-0123456789abcdef';
const JWT_SECRET = Buffer.from('a JWT service secret of some length').toString('base64');
const ENV = { key: 'RELAYDESK_SECRET_ECHOED_KEY', jwt: 'RELAYDESK_SECRET_ECHOED_JWT' };
const closers: (() => void)[] = [];
afterEach(() => {
  while (closers.length) closers.pop()!();
  delete process.env[ENV.key];
  delete process.env[ENV.jwt];
});

async function call<T>(core: Core, name: string, input?: unknown): Promise<T> {
  const result = await core.dispatch(name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.output as T;
}

/** Answers every call with the headers it got: 201 with a messageId for a send, 404 for a status check. */
async function echoServer(seen: IncomingHttpHeaders[]): Promise<string> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      seen.push(req.headers);
      const sent = { key: req.headers.key, authorization: req.headers.authorization };
      if (req.method === 'POST') {
        res.writeHead(201, { 'content-type': 'application/json' });
        return void res.end(JSON.stringify({ messageId: 'm-echo', status: 'queued', echo: sent, note: `you sent key ${req.headers.key}` }));
      }
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ code: '404', message: `unknown, you sent ${req.headers.authorization}`, echo: sent }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => server.close());
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('an answer that echoes our credentials', () => {
  it('is stored and shown without the service key or the JWT', async () => {
    const seen: IncomingHttpHeaders[] = [];
    const baseUrl = await echoServer(seen);
    process.env[ENV.key] = KEY;
    process.env[ENV.jwt] = JWT_SECRET;
    const core = await testCore();
    const profile = await call<Profile>(core, 'profiles:create', {
      name: 'Echoed',
      region: 'custom',
      baseUrl,
      serviceId: 'svc-echo',
      authMode: 'both',
      tps: 10,
      senders: {},
    });
    const done = new Promise<void>((resolve) =>
      core.events.subscribe((name, payload) => {
        if (name === 'outbound:progress' && (payload as JobProgress).state === 'done') resolve();
      }),
    );
    const receipt = await call<SendReceipt>(core, 'outbound:send', {
      profileId: profile.id,
      body: { channel: 'sms', from: 'ACME', content: { type: 'text', text: 'Hi' }, to: [{ msisdn: ['447700900001'] }] },
    });
    await done;
    const id = (await call<ListPage>(core, 'outbound:list', { jobId: receipt.jobId })).items[0]!.id;
    const detail = await call<RequestDetail>(core, 'outbound:get', { id });
    const check = await call<StatusCheckResult>(core, 'outbound:checkStatus', { id });

    const jwts = seen.map((h) => h.authorization!.replace(/^Bearer /, ''));
    expect(seen.map((h) => h.key)).toEqual([KEY, KEY]);
    // The answer is still kept (with the credentials' places marked), and the send still counts.
    expect(detail.request.state).toBe('accepted');
    expect(JSON.stringify(detail.attempts[0]!.response)).toContain('you sent key [redacted]');
    expect(check.checks[0]!.error).toContain('you sent [redacted]');
    const shown = JSON.stringify({ detail, check });
    const tables = ['outbound_requests', 'outbound_attempts', 'outbound_recipients', 'outbound_jobs'];
    const stored = JSON.stringify(tables.map((t) => core.context.db.prepare(`SELECT * FROM ${t}`).all()));
    for (const secret of [KEY, ...jwts]) {
      expect(shown).not.toContain(secret);
      expect(stored).not.toContain(secret);
    }
  }, 60_000);
});

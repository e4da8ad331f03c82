import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core';
import { startSandbox, type Sandbox } from '../../src/main/core/sandbox/server';
import type { ConnectionTestResult } from '../../src/shared/profiles/connection-test';
import type { Profile } from '../../src/shared/profiles/profile';
import { testCore } from './helpers/core';

// Test connection against the real in-app sandbox (same protocol as the vendor API), with the
// secrets in the real keychain (scripts/with-keyring.sh).
const keyringReady = process.env.RELAYDESK_KEYRING_READY === '1' && !!process.env.DBUS_SESSION_BUS_ADDRESS;

const SERVICE_ID = 'svc-live-1';
const KEY = 'sandbox-test-key-31f2';
const JWT_SECRET = Buffer.from('sandbox-test-jwt-secret').toString('base64');

const sandboxes: Sandbox[] = [];
afterEach(async () => {
  while (sandboxes.length) await sandboxes.pop()!.close();
});

async function call<T>(core: Core, name: string, input?: unknown): Promise<T> {
  const reply = await core.dispatch(name, input);
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.output as T;
}

async function sandboxCore(active = true): Promise<Core> {
  const sandbox = await startSandbox({ credentials: [{ serviceId: SERVICE_ID, key: KEY, jwtSecret: JWT_SECRET, active }] });
  sandboxes.push(sandbox);
  const core = await testCore();
  core.context.status.setService('sandbox', { running: true, url: sandbox.url, error: null });
  return core;
}

async function test(core: Core, authMode: 'key' | 'jwt' | 'both', secrets: { key?: string; jwt?: string }): Promise<ConnectionTestResult> {
  const p = await call<Profile>(core, 'profiles:create', {
    name: `p-${authMode}-${Math.random()}`,
    region: 'sandbox',
    serviceId: SERVICE_ID,
    authMode,
  });
  if (secrets.key) await call(core, 'profiles:setSecret', { id: p.id, kind: 'key', secret: secrets.key });
  if (secrets.jwt) await call(core, 'profiles:setSecret', { id: p.id, kind: 'jwt', secret: secrets.jwt });
  return call<ConnectionTestResult>(core, 'profiles:testConnection', { id: p.id });
}

describe('test connection against the real sandbox', () => {
  it('the built-in Sandbox profile works with no configuration', async () => {
    const sandbox = await startSandbox();
    sandboxes.push(sandbox);
    const core = await testCore();
    core.context.status.setService('sandbox', { running: true, url: sandbox.url, error: null });
    const result = await call<ConnectionTestResult>(core, 'profiles:testConnection', { id: 'sandbox' });
    expect(result.outcome).toBe('accepted');
    expect(result.host).toBe(new URL(sandbox.url).host);
  });

  it('says the sandbox is not running when it is down', async () => {
    const core = await testCore();
    const result = await call<ConnectionTestResult>(core, 'profiles:testConnection', { id: 'sandbox' });
    expect(result.outcome).toBe('unreachable');
    expect(result.message).toMatch(/sandbox is not running/);
  });

  it.skipIf(!keyringReady)('accepts a good key and JWT, rejects wrong ones, reports an inactive service', async () => {
    const core = await sandboxCore();
    expect((await test(core, 'key', { key: KEY })).outcome).toBe('accepted');
    expect((await test(core, 'jwt', { jwt: JWT_SECRET })).outcome).toBe('accepted');
    expect((await test(core, 'both', { key: KEY, jwt: JWT_SECRET })).outcome).toBe('accepted');
    const wrongKey = await test(core, 'key', { key: 'not-the-key' });
    expect(wrongKey.outcome).toBe('keyRejected');
    expect(wrongKey.message).toMatch(/key was rejected/);
    expect((await test(core, 'jwt', { jwt: Buffer.from('wrong').toString('base64') })).outcome).toBe('keyRejected');

    const inactive = await sandboxCore(false);
    expect((await test(inactive, 'key', { key: KEY })).outcome).toBe('serviceInactive');
  });
});

describe.skipIf(!keyringReady)('secrets never leak while sending', () => {
  function filesUnder(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
  }

  it('after sending through key and JWT profiles to the sandbox, no secret is in any file or contract answer', async () => {
    const core = await sandboxCore();
    const answers: unknown[] = [];
    const events: unknown[] = [];
    core.events.subscribe((name, payload) => events.push({ name, payload }));
    const record = async <T>(name: string, input?: unknown): Promise<T> => {
      const reply = await core.dispatch(name, input);
      answers.push(reply);
      if (!reply.ok) throw new Error(`${name}: ${reply.error.message}`);
      return reply.output as T;
    };
    const done = (jobId: string) =>
      new Promise<void>((resolve) => {
        const stop = core.events.subscribe((name, payload) => {
          const p = payload as { jobId: string; state: string };
          if (name === 'outbound:progress' && p.jobId === jobId && (p.state === 'done' || p.state === 'cancelled')) {
            stop();
            resolve();
          }
        });
      });
    for (const authMode of ['key', 'jwt', 'both'] as const) {
      const p = await record<Profile>('profiles:create', { name: `send-${authMode}`, region: 'sandbox', serviceId: SERVICE_ID, authMode });
      if (authMode !== 'jwt') await record('profiles:setSecret', { id: p.id, kind: 'key', secret: KEY });
      if (authMode !== 'key') await record('profiles:setSecret', { id: p.id, kind: 'jwt', secret: JWT_SECRET });
      const body = {
        channel: 'sms',
        from: 'RELAYDESK',
        content: { type: 'text', text: 'Hi' },
        to: [{ msisdn: ['447900000001'], correlationId: `c-${authMode}` }],
      };
      const receipt = await record<{ jobId: string }>('outbound:send', { profileId: p.id, body });
      await done(receipt.jobId);
    }
    const page = await record<{ items: { id: string; state: string }[] }>('outbound:list', {});
    expect(page.items.length).toBe(3);
    expect(page.items.every((item) => item.state === 'accepted' || item.state === 'delivered' || item.state === 'sent')).toBe(true);
    for (const item of page.items) await record('outbound:get', { id: item.id });
    await record('profiles:list');
    await record('profiles:export', {});
    await core.close();

    const needles = [KEY, JWT_SECRET, 'sandbox-test-jwt-secret'];
    const seen = JSON.stringify([answers, events]);
    for (const needle of needles) expect(seen).not.toContain(needle);
    for (const file of filesUnder(core.context.dataDir)) {
      const bytes = readFileSync(file);
      for (const needle of needles) expect(bytes.includes(Buffer.from(needle)), `${needle} in ${file}`).toBe(false);
    }
  });
});

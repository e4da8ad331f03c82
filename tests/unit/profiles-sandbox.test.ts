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
  const p = await call<Profile>(core, 'profiles:create', { name: `p-${authMode}-${Math.random()}`, region: 'sandbox', serviceId: SERVICE_ID, authMode });
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

import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { decodeJwt, decodeProtectedHeader, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core';
import { KeychainSecretStore } from '../../src/main/core/profiles/secret-store';
import type { ProfilesService } from '../../src/main/core/profiles/service';
import { splitKeychainDetail } from '../../src/shared/profiles/keychain-status';
import type { Profile } from '../../src/shared/profiles/profile';
import { testCore } from './helpers/core';
import { tempDir } from './helpers/temp-dir';
import { startApiStub } from './helpers/messaging-api-stub';

// The profiles area through the real dispatch (zod in and out), real SQLite and the real
// Secret Service started by scripts/with-keyring.sh.
const keyringReady = process.env.RELAYDESK_KEYRING_READY === '1' && !!process.env.DBUS_SESSION_BUS_ADDRESS;

const SERVICE_ID = 'svc-4411';
const KEY = 'live-key-7f3a9c2e51d04b8e';
const JWT_SECRET_RAW = 'jwt-secret-bytes-9d8c7b6a';
const JWT_SECRET = Buffer.from(JWT_SECRET_RAW).toString('base64');

async function call<T = unknown>(core: Core, name: string, input?: unknown): Promise<T> {
  const reply = await core.dispatch(name, input);
  if (!reply.ok) throw Object.assign(new Error(reply.error.message), reply.error);
  return reply.output as T;
}

async function callError(core: Core, name: string, input?: unknown) {
  const reply = await core.dispatch(name, input);
  if (reply.ok) throw new Error(`${name} should have failed`);
  return reply.error;
}

/** A core plus the profiles service other areas get, from a second area over the same context. */
async function coreWithService(): Promise<{ core: Core; service: ProfilesService }> {
  const core = await testCore();
  const { createProfilesArea } = await import('../../src/main/core/profiles/area');
  return { core, service: createProfilesArea(core.context).service };
}

const input = (over: Record<string, unknown> = {}) => ({
  name: 'EU live',
  region: 'eu',
  serviceId: SERVICE_ID,
  authMode: 'key',
  tps: 25,
  senders: { sms: 'ACME', email: 'news@acme.example' },
  ...over,
});

describe('profiles: settings', () => {
  it('lists the built-in Sandbox as the default with nothing configured', async () => {
    const core = await testCore();
    const list = await call<Profile[]>(core, 'profiles:list');
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ id: 'sandbox', name: 'Sandbox', builtIn: true, isDefault: true, region: 'sandbox' });
    expect((await callError(core, 'profiles:delete', { id: 'sandbox' })).message).toMatch(/built-in Sandbox profile cannot be deleted/);
    expect((await callError(core, 'profiles:update', { id: 'sandbox', profile: input() })).code).toBe('forbidden');
  });

  it('creates a profile on a region preset with its host, and edits, duplicates, defaults and deletes it', async () => {
    const core = await testCore();
    const created = await call<Profile>(core, 'profiles:create', input());
    expect(created).toMatchObject({
      name: 'EU live',
      baseUrl: 'https://api.eu.webexconnect.io',
      tps: 25,
      authMode: 'key',
      isDefault: false,
    });
    expect(created.secrets.key).toEqual({ setAt: null, fromEnvironment: false });

    const edited = await call<Profile>(core, 'profiles:update', {
      id: created.id,
      profile: input({ region: 'custom', baseUrl: 'https://api.example.test/base/', authMode: 'both' }),
    });
    expect(edited).toMatchObject({ region: 'custom', baseUrl: 'https://api.example.test/base', authMode: 'both' });

    const copy = await call<Profile>(core, 'profiles:duplicate', { id: created.id });
    expect(copy.name).toBe('EU live copy');
    expect(copy.baseUrl).toBe('https://api.example.test/base');
    expect((await call<Profile>(core, 'profiles:duplicate', { id: created.id })).name).toBe('EU live copy 2');

    await call(core, 'profiles:setDefault', { id: copy.id });
    const list = await call<Profile[]>(core, 'profiles:list');
    expect(list.filter((p) => p.isDefault).map((p) => p.id)).toEqual([copy.id]);

    await call(core, 'profiles:delete', { id: copy.id });
    const after = await call<Profile[]>(core, 'profiles:list');
    expect(after.find((p) => p.id === copy.id)).toBeUndefined();
    expect(after.find((p) => p.isDefault)?.id).toBe('sandbox');
  });

  it('names the field and the rule when input is bad, and keeps what exists', async () => {
    const core = await testCore();
    await call(core, 'profiles:create', input());
    const noUrl = await callError(core, 'profiles:create', input({ name: 'Custom', region: 'custom' }));
    expect(noUrl).toMatchObject({ code: 'invalid_input', path: 'baseUrl' });
    expect(noUrl.message).toMatch(/baseUrl: enter the API base URL/);
    const creds = await callError(
      core,
      'profiles:create',
      input({ name: 'Custom', region: 'custom', baseUrl: 'https://user:pw@api.example.test' }),
    );
    expect(creds.message).toMatch(/must not contain a user name or password/);
    expect((await callError(core, 'profiles:create', input({ region: 'mars' }))).message).toMatch(/region: choose a region/);
    expect((await callError(core, 'profiles:create', input({ tps: 0 }))).message).toMatch(/tps: must be at least 1/);
    const dupe = await callError(core, 'profiles:create', input({ name: 'eu LIVE' }));
    expect(dupe).toMatchObject({ code: 'conflict', path: 'name' });
    expect((await callError(core, 'profiles:create', input({ name: 'sandbox' }))).code).toBe('conflict');
    expect(await call<Profile[]>(core, 'profiles:list')).toHaveLength(2);
  });

  it('exports settings without secrets and imports them back, renaming clashes', async () => {
    const core = await testCore();
    await call(core, 'profiles:create', input());
    await call(
      core,
      'profiles:create',
      input({ name: 'Staging', region: 'custom', baseUrl: 'https://staging.example.test', authMode: 'jwt' }),
    );
    const exported = await call<{ profiles: unknown[] }>(core, 'profiles:export', {});
    expect(exported.profiles).toHaveLength(2);
    expect(JSON.stringify(exported)).not.toMatch(/secret|setAt/i);

    const other = await testCore();
    const first = await call<{ created: Profile[]; renamed: unknown[] }>(other, 'profiles:import', exported);
    expect(first.created.map((p) => p.name).sort()).toEqual(['EU live', 'Staging']);
    expect(first.created.every((p) => p.secrets.key.setAt === null && p.secrets.jwt.setAt === null)).toBe(true);
    const again = await call<{ renamed: [string, string][] }>(other, 'profiles:import', exported);
    expect(again.renamed).toContainEqual(['EU live', 'EU live (imported)']);

    const bad = await callError(other, 'profiles:import', {
      ...exported,
      profiles: [{ ...(exported.profiles[0] as object), region: 'nowhere' }],
    });
    expect(bad.message).toMatch(/^profiles\[0\]\.region: choose a region/);
    expect((await callError(other, 'profiles:import', { hello: 1 })).message).toMatch(/not a Relaydesk profile export/);
    expect(await call<Profile[]>(other, 'profiles:list')).toHaveLength(5);
  });
});

describe.skipIf(!keyringReady)('profiles: secrets in the real keychain', () => {
  it('reports the keychain available when a profile opens', async () => {
    const core = await testCore();
    expect(await call(core, 'profiles:keychainStatus')).toEqual({ available: true });
  });

  it('stores a secret write-only, shows only when it was set, replaces and removes it', async () => {
    const core = await testCore();
    const p = await call<Profile>(core, 'profiles:create', input({ authMode: 'both' }));
    const withKey = await call<Profile>(core, 'profiles:setSecret', { id: p.id, kind: 'key', secret: `  ${KEY}\n` });
    expect(withKey.secrets.key.setAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(JSON.stringify(withKey)).not.toContain(KEY);
    const store = new KeychainSecretStore();
    expect(await store.get(p.id, 'key')).toBe(KEY);

    await call(core, 'profiles:setSecret', { id: p.id, kind: 'key', secret: 'replaced-key' });
    expect(await store.get(p.id, 'key')).toBe('replaced-key');
    const removed = await call<Profile>(core, 'profiles:removeSecret', { id: p.id, kind: 'key' });
    expect(removed.secrets.key.setAt).toBeNull();
    expect(await store.get(p.id, 'key')).toBeNull();
  });

  it('refuses a JWT secret that is not base64, with a clear message, and stores nothing', async () => {
    const core = await testCore();
    const p = await call<Profile>(core, 'profiles:create', input({ authMode: 'jwt' }));
    const error = await callError(core, 'profiles:setSecret', { id: p.id, kind: 'jwt', secret: 'not base64!!' });
    expect(error).toMatchObject({ code: 'invalid_input', path: 'secret' });
    expect(error.message).toMatch(/not valid base64/);
    expect(error.message).not.toContain('not base64!!');
    expect(await new KeychainSecretStore().get(p.id, 'jwt')).toBeNull();
    expect((await call<Profile[]>(core, 'profiles:list')).find((x) => x.id === p.id)!.secrets.jwt.setAt).toBeNull();
  });

  it('signs a JWT with the decoded secret carrying iss = service ID and iat = now; both modes send both headers', async () => {
    const { core, service } = await coreWithService();
    const p = await call<Profile>(core, 'profiles:create', input({ authMode: 'both' }));
    await call(core, 'profiles:setSecret', { id: p.id, kind: 'key', secret: KEY });
    await call(core, 'profiles:setSecret', { id: p.id, kind: 'jwt', secret: JWT_SECRET });
    const before = Math.floor(Date.now() / 1000);
    const target = await service.target(p.id);
    expect(target.baseUrl).toBe('https://api.eu.webexconnect.io');
    expect(target.headers.key).toBe(KEY);
    const token = target.headers.Authorization!.replace(/^Bearer /, '');
    expect(decodeProtectedHeader(token).alg).toBe('HS256');
    const { payload } = await jwtVerify(token, new TextEncoder().encode(JWT_SECRET_RAW), { algorithms: ['HS256'] });
    expect(payload.iss).toBe(SERVICE_ID);
    expect(payload.iat).toBeGreaterThanOrEqual(before);
    expect(payload.iat).toBeLessThanOrEqual(Math.floor(Date.now() / 1000));
    // Signed with the decoded bytes, not the base64 text.
    await expect(jwtVerify(token, new TextEncoder().encode(JWT_SECRET))).rejects.toThrow();
    expect(Object.keys(decodeJwt(token)).sort()).toEqual(['iat', 'iss']);
  });

  it('says which secret is missing, and a RELAYDESK_SECRET_* variable supplies it for headless use', async () => {
    const { core, service } = await coreWithService();
    const p = await call<Profile>(core, 'profiles:create', input({ name: 'ci-bot', authMode: 'key' }));
    await expect(service.target(p.id)).rejects.toMatchObject({
      code: 'credentials',
      message: expect.stringMatching(/no service key.*RELAYDESK_SECRET_CI_BOT_KEY/),
    });
    process.env.RELAYDESK_SECRET_CI_BOT_KEY = 'key-from-env';
    try {
      expect((await service.target(p.id)).headers.key).toBe('key-from-env');
      const listed = (await call<Profile[]>(core, 'profiles:list')).find((x) => x.id === p.id)!;
      expect(listed.secrets.key).toEqual({ setAt: null, fromEnvironment: true });
    } finally {
      delete process.env.RELAYDESK_SECRET_CI_BOT_KEY;
    }
  });

  it('deleting a profile deletes its keychain entries', async () => {
    const core = await testCore();
    const p = await call<Profile>(core, 'profiles:create', input({ authMode: 'both' }));
    await call(core, 'profiles:setSecret', { id: p.id, kind: 'key', secret: KEY });
    await call(core, 'profiles:setSecret', { id: p.id, kind: 'jwt', secret: JWT_SECRET });
    await call(core, 'profiles:delete', { id: p.id });
    const store = new KeychainSecretStore();
    expect(await store.get(p.id, 'key')).toBeNull();
    expect(await store.get(p.id, 'jwt')).toBeNull();
  });
});

describe.skipIf(!keyringReady)('profiles: test connection', () => {
  async function setup(authMode: 'key' | 'jwt' | 'both', secrets: { key?: string; jwt?: string }, inactive = false) {
    const core = await testCore();
    const api = await startApiStub({ serviceId: SERVICE_ID, serviceKey: KEY, jwtSecretBase64: JWT_SECRET, inactive });
    const p = await call<Profile>(core, 'profiles:create', input({ region: 'custom', baseUrl: api.url, authMode }));
    if (secrets.key) await call(core, 'profiles:setSecret', { id: p.id, kind: 'key', secret: secrets.key });
    if (secrets.jwt) await call(core, 'profiles:setSecret', { id: p.id, kind: 'jwt', secret: secrets.jwt });
    const result = await call<{ outcome: string; message: string; host: string; checks: { api: string; outcome: string }[] }>(
      core,
      'profiles:testConnection',
      { id: p.id },
    );
    return { core, api, result };
  }

  it('accepts a good key on v2 and v1', async () => {
    const { result, api } = await setup('key', { key: KEY });
    expect(result.outcome).toBe('accepted');
    expect(result.message).toMatch(/credentials were accepted/);
    expect(result.checks.map((c) => c.api)).toEqual(['v2', 'v1']);
    expect(api.requests.map((r) => r.path)).toEqual(['/v2/messages', '/resources/v1/messaging']);
  });

  it('reports a wrong key as "key rejected"', async () => {
    const { result } = await setup('key', { key: 'wrong-key' });
    expect(result.outcome).toBe('keyRejected');
    expect(result.message).toMatch(/key was rejected/);
  });

  it('accepts a good JWT and rejects a JWT signed with the wrong secret', async () => {
    expect((await setup('jwt', { jwt: JWT_SECRET })).result.outcome).toBe('accepted');
    const wrong = await setup('jwt', { jwt: Buffer.from('another-secret').toString('base64') });
    expect(wrong.result.outcome).toBe('keyRejected');
  });

  it('reports an inactive service (7007)', async () => {
    const { result } = await setup('key', { key: KEY }, true);
    expect(result.outcome).toBe('serviceInactive');
    expect(result.message).toMatch(/service is inactive/);
  });

  it('names the host when it cannot be reached', async () => {
    const core = await testCore();
    const p = await call<Profile>(core, 'profiles:create', input({ region: 'custom', baseUrl: 'http://127.0.0.1:9' }));
    await call(core, 'profiles:setSecret', { id: p.id, kind: 'key', secret: KEY });
    const result = await call<{ outcome: string; message: string }>(core, 'profiles:testConnection', { id: p.id });
    expect(result.outcome).toBe('unreachable');
    expect(result.message).toMatch(/Host unreachable: could not reach 127\.0\.0\.1:9/);
  });

  it('says a secret is missing before sending anything', async () => {
    const core = await testCore();
    const p = await call<Profile>(core, 'profiles:create', input({ authMode: 'jwt' }));
    const result = await call<{ outcome: string; message: string }>(core, 'profiles:testConnection', { id: p.id });
    expect(result.outcome).toBe('missingSecret');
    expect(result.message).toMatch(/no JWT service secret/);
  });
});

describe.skipIf(!keyringReady)('profiles: secrets never leak', () => {
  function filesUnder(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
  }

  it('no secret bytes in any file of the data directory or any contract response', async () => {
    const core = await testCore();
    const api = await startApiStub({ serviceId: SERVICE_ID, serviceKey: KEY, jwtSecretBase64: JWT_SECRET });
    const outputs: unknown[] = [];
    const record = async (name: string, payload?: unknown) => {
      const reply = await core.dispatch(name, payload);
      outputs.push(reply);
      return reply.ok ? (reply.output as Profile) : undefined;
    };
    const events: unknown[] = [];
    core.events.subscribe((name, payload) => events.push({ name, payload }));
    const p = (await record('profiles:create', input({ region: 'custom', baseUrl: api.url, authMode: 'both' })))!;
    await record('profiles:setSecret', { id: p.id, kind: 'key', secret: KEY });
    await record('profiles:setSecret', { id: p.id, kind: 'jwt', secret: JWT_SECRET });
    await record('profiles:setSecret', { id: p.id, kind: 'jwt', secret: 'bad base64 ' + KEY });
    await record('profiles:testConnection', { id: p.id });
    await record('profiles:duplicate', { id: p.id });
    await record('profiles:list');
    await record('profiles:export', {});
    await record('profiles:update', {
      id: p.id,
      profile: input({ name: 'Renamed', region: 'custom', baseUrl: api.url, authMode: 'both' }),
    });
    await record('profiles:testConnection', { id: p.id });
    expect(api.requests.length).toBeGreaterThanOrEqual(4);
    await core.close();

    const needles = [KEY, JWT_SECRET, JWT_SECRET_RAW];
    const seen = JSON.stringify([outputs, events]);
    for (const needle of needles) expect(seen).not.toContain(needle);
    for (const file of filesUnder(core.context.dataDir)) {
      const bytes = readFileSync(file);
      for (const needle of needles) expect(bytes.includes(Buffer.from(needle)), `${needle} in ${file}`).toBe(false);
    }
  });
});

describe('profiles: no keychain', () => {
  it('says up front that the keychain is unavailable, and setSecret says so in words with the profile’s own variable; nothing is stored', () => {
    // In a child process: the keyring library keeps its D-Bus connection for the process's life.
    const dataDir = tempDir();
    const coreModule = new URL('../../src/main/core/index.ts', import.meta.url).pathname;
    const script = `
      const { createCore } = await import(${JSON.stringify(coreModule)});
      const core = await createCore({ dataDir: ${JSON.stringify(dataDir)}, startServices: false });
      const created = await core.dispatch('profiles:create', { name: 'EU live', region: 'eu', serviceId: 's', authMode: 'key' });
      const status = await core.dispatch('profiles:keychainStatus');
      const reply = await core.dispatch('profiles:setSecret', { id: created.output.id, kind: 'key', secret: ${JSON.stringify(KEY)} });
      const list = await core.dispatch('profiles:list');
      await core.close();
      console.log(JSON.stringify({ status, reply, setAt: list.output.find((p) => p.name === 'EU live').secrets.key.setAt }));
    `;
    const env: NodeJS.ProcessEnv = { ...process.env, DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/relaydesk-bus' };
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      env,
      encoding: 'utf8',
      timeout: 60_000,
    });
    const { status, reply, setAt } = JSON.parse(child.stdout.trim().split('\n').pop()!) as {
      status: { ok: boolean; output: { available: boolean; reason: string; fix: string; detail: string } };
      reply: { ok: boolean; error: { code: string; message: string } };
      setAt: string | null;
    };
    // Asked before any secret is typed: unavailable, how to fix it in words, the raw text apart.
    expect(status.ok).toBe(true);
    expect(status.output).toMatchObject({ available: false, reason: 'unavailable' });
    expect(status.output.fix).toMatch(/^On Linux Relaydesk needs a running, unlocked Secret Service/);
    expect(status.output.detail.length).toBeGreaterThan(0);
    expect(status.output.fix).not.toContain(status.output.detail);
    expect(reply.ok).toBe(false);
    expect(reply.error.code).toBe('keychain_unavailable');
    // Words first, this profile's real variable (not <PROFILE_NAME>), the raw detail last.
    const { words, detail } = splitKeychainDetail(reply.error.message);
    expect(words).toMatch(/^The system keychain is not available, so this profile's secrets cannot be saved\. On Linux .*Secret Service/);
    expect(words).toContain('set RELAYDESK_SECRET_EU_LIVE_KEY in the environment');
    expect(words).not.toContain('<PROFILE_NAME>');
    expect(words).not.toContain(status.output.detail);
    expect(detail).toBe(status.output.detail);
    expect(reply.error.message).not.toContain(KEY);
    expect(setAt).toBeNull();
    for (const file of readdirSync(dataDir).filter((f) => statSync(join(dataDir, f)).isFile())) {
      expect(readFileSync(join(dataDir, file)).includes(Buffer.from(KEY))).toBe(false);
    }
  });
});

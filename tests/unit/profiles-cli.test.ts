import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KeychainSecretStore } from '../../src/main/core/profiles/secret-store';
import { cli as runInProcess } from './helpers/cli';
import { tempDir } from './helpers/temp-dir';

const keyringReady = process.env.RELAYDESK_KEYRING_READY === '1' && !!process.env.DBUS_SESSION_BUS_ADDRESS;
const KEY = 'cli-key-5e1d0c9b8a7f';
const JWT = Buffer.from('cli-jwt-secret').toString('base64');

const cli = (args: string[], stdinText = '') => runInProcess(args, { stdin: stdinText });

function allFileBytes(dir: string): Buffer {
  return Buffer.concat(
    readdirSync(dir).map((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? allFileBytes(path) : readFileSync(path);
    }),
  );
}

describe('relaydesk profile (flags and listing)', () => {
  it('lists the built-in Sandbox as the default with no setup', async () => {
    const dir = tempDir();
    const { code, out } = await cli(['profile', 'list', '--data-dir', dir]);
    expect(code).toBe(0);
    expect(out).toMatch(/\* Sandbox\s+local sandbox\s+sandbox-service\s+key\s+10\s+built in/);
    const json = JSON.parse((await cli(['profile', 'list', '--json', '--data-dir', dir])).out) as { name: string }[];
    expect(json.map((p) => p.name)).toEqual(['Sandbox']);
  });

  it('names the flag that is wrong and creates nothing', async () => {
    const dir = tempDir();
    const bad = await cli(
      ['profile', 'add', '--name', 'X', '--region', 'mars', '--service-id', 's', '--auth', 'key', '--data-dir', dir],
      KEY,
    );
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--region: choose a region/);
    expect(
      (await cli(['profile', 'add', '--name', 'X', '--region', 'eu', '--service-id', 's', '--auth', 'token', '--data-dir', dir])).err,
    ).toMatch(/--auth: must be key, jwt or both/);
    expect(
      (await cli(['profile', 'add', '--name', 'X', '--base-url', 'ftp://x', '--service-id', 's', '--auth', 'key', '--data-dir', dir])).err,
    ).toMatch(/--base-url: must start with https:\/\/ or http:\/\//);
    expect(
      (
        await cli([
          'profile',
          'add',
          '--name',
          'X',
          '--region',
          'eu',
          '--service-id',
          's',
          '--auth',
          'key',
          '--tps',
          'lots',
          '--data-dir',
          dir,
        ])
      ).err,
    ).toMatch(/--tps: must be a number/);
    expect((await cli(['profile', 'remove', 'Nope', '--data-dir', dir])).err).toMatch(/no profile named "Nope"/);
    expect((await cli(['profile', 'remove', 'Sandbox', '--data-dir', dir])).err).toMatch(/cannot be deleted/);
    expect(JSON.parse((await cli(['profile', 'list', '--json', '--data-dir', dir])).out)).toHaveLength(1);
  });
});

describe.skipIf(!keyringReady)('relaydesk profile (secrets from standard input)', () => {
  it('adds a profile with secrets read from stdin, lists it without them, and removes it with its keychain entries', async () => {
    const dir = tempDir();
    const added = await cli(
      [
        'profile',
        'add',
        '--name',
        'UK live',
        '--region',
        'uk',
        '--service-id',
        'svc-9',
        '--auth',
        'both',
        '--tps',
        '40',
        '--sender',
        'sms=ACME',
        '--data-dir',
        dir,
      ],
      `${KEY}\n${JWT}\n`,
    );
    expect(added.err).toBe('');
    expect(added.code).toBe(0);
    expect(added.out).toMatch(/added profile "UK live" \(https:\/\/api\.uk\.webexconnect\.io\)/);

    const list = await cli(['profile', 'list', '--data-dir', dir]);
    expect(list.out).toMatch(/UK live\s+api\.uk\.webexconnect\.io\s+svc-9\s+both\s+40\s+key: set \d{4}-\d\d-\d\d, jwt: set/);
    const json = await cli(['profile', 'list', '--json', '--data-dir', dir]);
    const exported = await cli(['profile', 'export', '--data-dir', dir]);
    for (const text of [list.out, json.out, exported.out, added.out]) {
      expect(text).not.toContain(KEY);
      expect(text).not.toContain(JWT);
    }
    expect(allFileBytes(dir).includes(Buffer.from(KEY))).toBe(false);
    expect(allFileBytes(dir).includes(Buffer.from(JWT))).toBe(false);

    const id = (JSON.parse(json.out) as { id: string; name: string }[]).find((p) => p.name === 'UK live')!.id;
    const store = new KeychainSecretStore();
    expect(await store.get(id, 'key')).toBe(KEY);
    expect(await store.get(id, 'jwt')).toBe(JWT);

    const removed = await cli(['profile', 'remove', 'uk live', '--data-dir', dir]);
    expect(removed.code).toBe(0);
    expect(await store.get(id, 'key')).toBeNull();
    expect(await store.get(id, 'jwt')).toBeNull();
  });

  it('refuses a JWT secret that is not base64 and leaves no half-made profile', async () => {
    const dir = tempDir();
    const bad = await cli(
      ['profile', 'add', '--name', 'J', '--region', 'us', '--service-id', 's', '--auth', 'jwt', '--data-dir', dir],
      'not base64 at all!\n',
    );
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/not valid base64/);
    expect(JSON.parse((await cli(['profile', 'list', '--json', '--data-dir', dir])).out)).toHaveLength(1);
  });

  it('exports without secrets and imports into another data directory', async () => {
    const dir = tempDir();
    await cli(
      ['profile', 'add', '--name', 'A', '--base-url', 'https://a.example.test', '--service-id', 's', '--auth', 'key', '--data-dir', dir],
      KEY,
    );
    const file = join(tempDir(), 'profiles.json');
    expect((await cli(['profile', 'export', '--out', file, '--data-dir', dir])).code).toBe(0);
    expect(readFileSync(file, 'utf8')).not.toContain(KEY);
    const other = tempDir();
    const imported = await cli(['profile', 'import', file, '--data-dir', other]);
    expect(imported.out).toMatch(/imported 1 profile/);
    expect((await cli(['profile', 'list', '--data-dir', other])).out).toMatch(/A\s+a\.example\.test\s+s\s+key\s+10\s+key: MISSING/);
    writeFileSync(file, '{ nope');
    expect((await cli(['profile', 'import', file, '--data-dir', other])).err).toMatch(/is not valid JSON/);
  });
});

describe.skipIf(!keyringReady)('relaydesk profile test', () => {
  it('tests a sandbox profile against a sandbox started for the command: accepted, then rejected with a wrong key', async () => {
    const dir = tempDir();
    expect((await cli(['profile', 'test', 'Sandbox', '--data-dir', dir])).out).toMatch(/credentials were accepted/);
    await cli(
      ['profile', 'add', '--name', 'Wrong', '--region', 'sandbox', '--service-id', 'sandbox-service', '--auth', 'key', '--data-dir', dir],
      'wrong-key\n',
    );
    const wrong = await cli(['profile', 'test', 'Wrong', '--data-dir', dir]);
    expect(wrong.code).toBe(1);
    expect(wrong.out).toMatch(/key was rejected/);
  });
});

import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { KeychainSecretStore, KeychainUnavailableError } from '../../src/main/core/profiles/secret-store';

// Runs against the real Secret Service that scripts/with-keyring.sh starts on a private D-Bus.
// Outside that script the first block is skipped with the reason, the unavailable path still runs.
const keyringReady = process.env.RELAYDESK_KEYRING_READY === '1' && !!process.env.DBUS_SESSION_BUS_ADDRESS;

describe.skipIf(!keyringReady)('keychain secret store (real Secret Service)', () => {
  it('stores, reads, replaces and deletes a secret per profile and kind', async () => {
    const store = new KeychainSecretStore('Relaydesk-test');
    const id = randomUUID();
    expect(await store.get(id, 'key')).toBeNull();
    await store.set(id, 'key', 'first-key');
    await store.set(id, 'jwt', 'c2VjcmV0');
    expect(await store.get(id, 'key')).toBe('first-key');
    expect(await store.get(id, 'jwt')).toBe('c2VjcmV0');
    await store.set(id, 'key', 'second-key');
    expect(await store.get(id, 'key')).toBe('second-key');
    expect(await store.delete(id, 'key')).toBe(true);
    expect(await store.get(id, 'key')).toBeNull();
    expect(await store.delete(id, 'key')).toBe(false);
    expect(await store.get(id, 'jwt')).toBe('c2VjcmV0');
    await store.delete(id, 'jwt');
  });

  it('reports itself available, and the probe leaves nothing behind', async () => {
    const store = new KeychainSecretStore('Relaydesk-test');
    expect(await store.status()).toEqual({ available: true });
  });

  it('keeps profiles apart', async () => {
    const store = new KeychainSecretStore('Relaydesk-test');
    const [a, b] = [randomUUID(), randomUUID()];
    await store.set(a, 'key', 'key-a');
    await store.set(b, 'key', 'key-b');
    expect(await store.get(a, 'key')).toBe('key-a');
    expect(await store.get(b, 'key')).toBe('key-b');
    await store.delete(a, 'key');
    expect(await store.get(b, 'key')).toBe('key-b');
    await store.delete(b, 'key');
  });
});

describe('keychain secret store without a Secret Service', () => {
  // A child process whose session bus points nowhere: the library must not fall back silently
  // (e.g. to the kernel keyring), and the error must say what is wrong and how to fix it.
  const script = `
    const { KeychainSecretStore } = await import(${JSON.stringify(new URL('../../src/main/core/profiles/secret-store.ts', import.meta.url).pathname)});
    const store = new KeychainSecretStore('Relaydesk-test');
    const results = [];
    for (const action of [() => store.set('p', 'key', 'secret-value'), () => store.get('p', 'key'), () => store.delete('p', 'key')]) {
      try { await action(); results.push({ ok: true }); }
      catch (e) { results.push({ ok: false, name: e.name, message: e.message }); }
    }
    console.log(JSON.stringify({ results, status: await store.status() }));
  `;

  for (const [label, bus] of [
    ['pointing nowhere', 'unix:path=/nonexistent/relaydesk-bus'],
    ['unset', undefined],
  ] as const) {
    it(`refuses with a clear KeychainUnavailableError when DBUS_SESSION_BUS_ADDRESS is ${label}`, () => {
      const env: NodeJS.ProcessEnv = { ...process.env };
      delete env.DBUS_SESSION_BUS_ADDRESS;
      delete env.DISPLAY;
      if (bus) env.DBUS_SESSION_BUS_ADDRESS = bus;
      const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        env,
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect(child.stderr).not.toContain('secret-value');
      const { results, status } = JSON.parse(child.stdout.trim().split('\n').pop()!) as {
        results: { ok: boolean; name: string; message: string }[];
        status: { available: boolean; reason: string; fix: string; detail: string };
      };
      // The status a profile editor asks for: unavailable, the fix in words, the raw text apart.
      expect(status).toMatchObject({ available: false, reason: 'unavailable' });
      expect(status.fix).toMatch(/Secret Service/);
      expect(status.detail).not.toBe('');
      expect(results).toHaveLength(3);
      for (const result of results) {
        expect(result.ok).toBe(false);
        expect(result.name).toBe('KeychainUnavailableError');
        expect(result.message).toMatch(/OS keychain is not available/);
        expect(result.message).toMatch(/Secret Service/);
        expect(result.message).toMatch(/RELAYDESK_SECRET_<PROFILE_NAME>_KEY/);
        expect(result.message).not.toContain('secret-value');
      }
    });
  }

  it('is an Error a caller can tell apart', () => {
    const error = new KeychainUnavailableError('locked');
    expect(error).toBeInstanceOf(Error);
    expect(error.detail).toBe('locked');
  });
});

const haveTools = ['dbus-run-session', 'gnome-keyring-daemon', 'gdbus'].every(
  (tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0,
);

describe.skipIf(!haveTools)('keychain secret store with a locked keyring', () => {
  it('says the keychain is locked and how to unlock it, instead of hanging or storing elsewhere', () => {
    // A private session bus and keyring of its own, so locking it cannot disturb other tests.
    const storeModule = new URL('../../src/main/core/profiles/secret-store.ts', import.meta.url).pathname;
    const script = `
      const { KeychainSecretStore } = await import(${JSON.stringify(storeModule)});
      const store = new KeychainSecretStore('Relaydesk-test');
      const results = [];
      for (const action of [() => store.get('warm', 'key'), () => store.set('p', 'key', 'secret-value')]) {
        try { await action(); results.push({ ok: true }); }
        catch (e) { results.push({ ok: false, name: e.name, reason: e.reason, message: e.message }); }
      }
      console.log(JSON.stringify(results));
    `;
    const shell = [
      // Its own directories: the daemon's control socket lives in $XDG_RUNTIME_DIR/keyring, and a
      // shared one would let this daemon take over the suite's keychain.
      'private="$(mktemp -d)"; mkdir -m 700 "$private/run" "$private/data"',
      'export XDG_RUNTIME_DIR="$private/run" XDG_DATA_HOME="$private/data"',
      'dbus-update-activation-environment XDG_RUNTIME_DIR XDG_DATA_HOME 2>/dev/null || true',
      'eval "$(printf pw | gnome-keyring-daemon --unlock --components=secrets --daemonize)"',
      // The daemon answers on D-Bus a moment after it forks; a call before that starts a second one.
      'for _ in $(seq 1 100); do [ "$(gdbus call --session --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus --method org.freedesktop.DBus.NameHasOwner org.freedesktop.secrets)" = "(true,)" ] && break; sleep 0.1; done',
      // Create the default collection, then lock it.
      `node --import tsx --input-type=module -e ${JSON.stringify(`const { KeychainSecretStore } = await import(${JSON.stringify(storeModule)}); await new KeychainSecretStore('Relaydesk-test').set('warm', 'key', 'x');`)}`,
      'gdbus call --session --dest org.freedesktop.secrets --object-path /org/freedesktop/secrets --method org.freedesktop.Secret.Service.Lock "[objectpath \'/org/freedesktop/secrets/aliases/default\']" >/dev/null',
      'node --import tsx --input-type=module -e "$SCRIPT"',
      'rm -rf "$private"',
    ].join('\n');
    const env: NodeJS.ProcessEnv = { ...process.env, SCRIPT: script };
    for (const name of ['DBUS_SESSION_BUS_ADDRESS', 'DISPLAY', 'GNOME_KEYRING_CONTROL', 'GNOME_KEYRING_PID', 'SSH_AUTH_SOCK'])
      delete env[name];
    const child = spawnSync('dbus-run-session', ['--', 'bash', '-c', shell], { env, encoding: 'utf8', timeout: 60_000 });
    const last = child.stdout.trim().split('\n').pop() ?? '';
    const results = JSON.parse(last) as { ok: boolean; name: string; reason: string; message: string }[];
    for (const result of results) {
      expect(result).toMatchObject({ ok: false, name: 'KeychainUnavailableError', reason: 'locked' });
      expect(result.message).toMatch(/keychain is locked: unlock it/);
      expect(result.message).not.toContain('secret-value');
    }
  });
});

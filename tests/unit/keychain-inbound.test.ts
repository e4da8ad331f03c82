import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Keychain, KeychainUnavailableError } from '../../src/main/core/keychain/keychain';
import { keychainSecrets, type SecretStore } from '../../src/main/core/inbound/secrets';
import { Verification } from '../../src/main/core/inbound/verification';
import { testCore } from './helpers/core';

// Webhook secrets and poll auth values go through the same keychain wrapper as profiles' secrets:
// pinned to the Secret Service, and a keychain that cannot be used is an error saying how to fix
// it, never a silent null or a fallback store.

const keyringReady = process.env.RELAYDESK_KEYRING_READY === '1' && !!process.env.DBUS_SESSION_BUS_ADDRESS;

describe.skipIf(!keyringReady)('inbound secrets in the real Secret Service', () => {
  it('a webhook secret saved by the inbound area is the same pinned entry every keychain user reads', async () => {
    const account = `inbound-poll:${randomUUID()}` as const;
    expect(keychainSecrets.get(account)).toBeNull();
    keychainSecrets.set(account, 'poll-auth-value');
    expect(keychainSecrets.get(account)).toBe('poll-auth-value');
    expect(await new Keychain().get(account)).toBe('poll-auth-value');
    expect(keychainSecrets.delete(account)).toBe(true);
    expect(keychainSecrets.delete(account)).toBe(false);
    expect(await new Keychain().get(account)).toBeNull();
  });
});

describe('inbound secrets without a Secret Service', () => {
  it('every operation throws a KeychainUnavailableError that says how to fix it; nothing is stored elsewhere', () => {
    const module = new URL('../../src/main/core/inbound/secrets.ts', import.meta.url).pathname;
    const script = `
      const { keychainSecrets } = await import(${JSON.stringify(module)});
      const results = [];
      for (const action of [() => keychainSecrets.set('inbound-webhook:imiconnect', 'secret-value'), () => keychainSecrets.get('inbound-webhook:imiconnect'), () => keychainSecrets.delete('inbound-webhook:imiconnect')]) {
        try { results.push({ ok: true, value: action() ?? null }); }
        catch (e) { results.push({ ok: false, name: e.name, code: e.code, message: e.message }); }
      }
      console.log(JSON.stringify(results));
    `;
    const env: NodeJS.ProcessEnv = { ...process.env, DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/relaydesk-bus' };
    delete env.DISPLAY;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      env,
      encoding: 'utf8',
      timeout: 30_000,
    });
    const results = JSON.parse(child.stdout.trim().split('\n').pop()!) as { ok: boolean; name: string; code: string; message: string }[];
    expect(results).toHaveLength(3);
    for (const result of results) {
      expect(result).toMatchObject({ ok: false, name: 'KeychainUnavailableError', code: 'keychain_unavailable' });
      expect(result.message).toMatch(/OS keychain is not available/);
      expect(result.message).toMatch(/Secret Service/);
      expect(result.message).not.toContain('secret-value');
    }
  });

  it('a sender with verification on whose secret cannot be read refuses requests with the keychain problem, and the core still starts', async () => {
    const core = await testCore();
    core.context.settings.set('inboundVerification', { imiconnect: { mode: 'hmac', header: 'x-hub-signature' } });
    const unavailable: SecretStore = {
      get: () => {
        throw new KeychainUnavailableError('Cannot autolaunch D-Bus without X11 $DISPLAY');
      },
      set: () => {
        throw new KeychainUnavailableError('Cannot autolaunch D-Bus without X11 $DISPLAY');
      },
      delete: () => false,
    };
    const verification = new Verification(core.context.settings, unavailable);
    const result = verification.check({
      source: 'imiconnect',
      headers: { 'x-hub-signature': 'sha256=00' },
      body: Buffer.from('{}'),
      pathToken: null,
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(
      /hmac verification is on for imiconnect but its secret cannot be read: The OS keychain is not available \(Cannot autolaunch/,
    );
    expect(() => verification.set('imiconnect', 'hmac', undefined, 'a-new-secret-of-some-length')).toThrow(KeychainUnavailableError);
  });
});

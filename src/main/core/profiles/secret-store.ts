import { AsyncEntry } from '@napi-rs/keyring';
import type { SecretKind } from '../../../shared/profiles/profile';

/** Where secrets live: the OS keychain in the app, anything with the same shape in principle. */
export interface SecretStore {
  get(profileId: string, kind: SecretKind): Promise<string | null>;
  set(profileId: string, kind: SecretKind, secret: string): Promise<void>;
  /** True when something was deleted. */
  delete(profileId: string, kind: SecretKind): Promise<boolean>;
}

/** The keychain's name for Relaydesk's entries (what Keychain Access / Seahorse show). */
export const KEYCHAIN_SERVICE = 'Relaydesk';

const howToFix: Record<string, string> = {
  linux:
    'On Linux Relaydesk needs a running, unlocked Secret Service (GNOME Keyring or KWallet) on the session D-Bus: install and unlock gnome-keyring, or log in to a desktop session. For headless use, set RELAYDESK_SECRET_<PROFILE_NAME>_KEY / _JWT instead (see README).',
  darwin: 'Unlock the login keychain in Keychain Access and allow Relaydesk to use it.',
  win32: 'Check that Windows Credential Manager is available for this user account.',
};

/**
 * The keychain cannot be used (no Secret Service, locked, access denied). Relaydesk never falls
 * back to storing secrets anywhere else, so this is shown to the user with how to fix it.
 */
export class KeychainUnavailableError extends Error {
  readonly detail: string;
  /** 'locked' when the store exists but is locked (or its unlock prompt could not be shown). */
  readonly reason: 'locked' | 'unavailable';
  constructor(detail: string) {
    const locked = /\block|unlock|prompt/i.test(detail);
    const fix = locked
      ? 'The keychain is locked: unlock it (on Linux with Passwords and Keys / Seahorse, or by logging in to the desktop session) and try again.'
      : (howToFix[process.platform] ?? 'Make sure the OS credential store is available and unlocked.');
    super(`The OS keychain is not available (${detail}). ${fix}`);
    this.name = 'KeychainUnavailableError';
    this.detail = detail;
    this.reason = locked ? 'locked' : 'unavailable';
  }
}

function detailOf(error: unknown): string {
  // The library nests the root cause; its innermost message is the one that names the problem.
  let current: unknown = error;
  let message = 'unknown error';
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    message = current.message;
    current = (current as Error & { cause?: unknown }).cause;
  }
  return message.replace(/\s+/g, ' ').trim();
}

/**
 * Secrets in the OS keychain via @napi-rs/keyring, one entry per profile and kind. On Linux the
 * entry is pinned to the Secret Service: the library would otherwise fall back to the kernel
 * keyring, which forgets secrets on reboot, silently.
 */
export class KeychainSecretStore implements SecretStore {
  constructor(private readonly service = KEYCHAIN_SERVICE) {}

  private async run<T>(profileId: string, kind: SecretKind, action: (entry: AsyncEntry) => Promise<T>): Promise<T> {
    try {
      const entry = new AsyncEntry(this.service, `${profileId}:${kind}`, { linux: { store: 'secret-service' } });
      return await action(entry);
    } catch (error) {
      throw new KeychainUnavailableError(detailOf(error));
    }
  }

  get(profileId: string, kind: SecretKind): Promise<string | null> {
    return this.run(profileId, kind, (entry) => entry.getPassword());
  }

  async set(profileId: string, kind: SecretKind, secret: string): Promise<void> {
    await this.run(profileId, kind, async (entry) => {
      await entry.setPassword(secret);
      // A store that accepts writes but cannot read them back (locked, broken) is unavailable.
      if ((await entry.getPassword()) !== secret) throw new Error('the secret could not be read back after saving');
    });
  }

  delete(profileId: string, kind: SecretKind): Promise<boolean> {
    return this.run(profileId, kind, (entry) => entry.deleteCredential());
  }
}

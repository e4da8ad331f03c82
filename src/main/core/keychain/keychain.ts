import { AsyncEntry, Entry } from '@napi-rs/keyring';
import { ContractError } from '../../../shared/errors';
import { KEYCHAIN_ERROR_CODE } from '../../../shared/profiles/keychain-status';

// The one way into the OS keychain (@napi-rs/keyring) for every secret Relaydesk keeps: profiles'
// service keys and JWT secrets, webhook verification secrets, poll sources' auth values. Each
// area names its accounts; this module owns how an entry is opened and what a failure says.

/** The keychain's name for Relaydesk's entries (what Keychain Access / Seahorse show). */
export const KEYCHAIN_SERVICE = 'Relaydesk';

/** The contract error code of a keychain that cannot be used. */
export const KEYCHAIN_ERROR = KEYCHAIN_ERROR_CODE;

const howToFix: Record<string, string> = {
  linux:
    'On Linux Relaydesk needs a running, unlocked Secret Service (GNOME Keyring or KWallet) on the session D-Bus: install and unlock gnome-keyring, or log in to a desktop session.',
  darwin: 'Unlock the login keychain in Keychain Access and allow Relaydesk to use it.',
  win32: 'Check that Windows Credential Manager is available for this user account.',
};

/**
 * The keychain cannot be used (no Secret Service, locked, access denied). Relaydesk never falls
 * back to storing secrets anywhere else, so this is shown to the user with how to fix it. A
 * ContractError, so a call that meets it answers with this message as is.
 */
export class KeychainUnavailableError extends ContractError {
  readonly detail: string;
  /** 'locked' when the store exists but is locked (or its unlock prompt could not be shown). */
  readonly reason: 'locked' | 'unavailable';
  /** How to fix it, in words for this OS (the message also carries the raw detail). */
  readonly fix: string;
  /** `otherwise`: what the user can do instead for these secrets (e.g. an environment variable). */
  constructor(detail: string, otherwise?: string) {
    const locked = /\block|unlock|prompt/i.test(detail);
    const fix = locked
      ? 'The keychain is locked: unlock it (on Linux with Passwords and Keys / Seahorse, or by logging in to the desktop session) and try again.'
      : (howToFix[process.platform] ?? 'Make sure the OS credential store is available and unlocked.');
    super(KEYCHAIN_ERROR, `The OS keychain is not available (${detail}). ${fix}${otherwise ? ` ${otherwise}` : ''}`);
    this.name = 'KeychainUnavailableError';
    this.detail = detail;
    this.reason = locked ? 'locked' : 'unavailable';
    this.fix = fix;
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

/** On Linux every entry is pinned to the Secret Service: the library would otherwise fall back, silently, to the kernel keyring, which forgets secrets on reboot. */
const PINNED = { linux: { store: 'secret-service' } } as const;

const READ_BACK_FAILED = 'the secret could not be read back after saving';

/**
 * Entries of one keychain service, by account. Every failure is a KeychainUnavailableError; a
 * missing entry is null (get) or false (delete), never an error. The async methods keep the
 * event loop free; the sync ones are for the few reads that cannot wait (a sender's secret
 * loaded before the listener takes its first request).
 */
export class Keychain {
  constructor(
    private readonly service = KEYCHAIN_SERVICE,
    /** Added to the error's advice: what the user can do instead for these secrets. */
    private readonly otherwise?: string,
  ) {}

  private fail(error: unknown): KeychainUnavailableError {
    return error instanceof KeychainUnavailableError ? error : new KeychainUnavailableError(detailOf(error), this.otherwise);
  }

  private async run<T>(account: string, action: (entry: AsyncEntry) => Promise<T>): Promise<T> {
    try {
      return await action(new AsyncEntry(this.service, account, PINNED));
    } catch (error) {
      throw this.fail(error);
    }
  }

  private runSync<T>(account: string, action: (entry: Entry) => T): T {
    try {
      return action(new Entry(this.service, account, PINNED));
    } catch (error) {
      throw this.fail(error);
    }
  }

  get(account: string): Promise<string | null> {
    return this.run(account, (entry) => entry.getPassword());
  }

  /** Saves and reads back: a store that accepts writes but cannot read them (locked, broken) is unavailable. */
  async set(account: string, secret: string): Promise<void> {
    await this.run(account, async (entry) => {
      await entry.setPassword(secret);
      if ((await entry.getPassword()) !== secret) throw new Error(READ_BACK_FAILED);
    });
  }

  /** True when something was deleted. */
  delete(account: string): Promise<boolean> {
    return this.run(account, (entry) => entry.deleteCredential());
  }

  getSync(account: string): string | null {
    return this.runSync(account, (entry) => entry.getPassword());
  }

  setSync(account: string, secret: string): void {
    this.runSync(account, (entry) => {
      entry.setPassword(secret);
      if (entry.getPassword() !== secret) throw new Error(READ_BACK_FAILED);
    });
  }

  deleteSync(account: string): boolean {
    return this.runSync(account, (entry) => entry.deleteCredential());
  }
}

import { Keychain } from '../keychain/keychain';

// The inbound area's secrets (webhook HMAC secrets / URL tokens, poll sources' auth header values)
// live in the OS keychain (core/keychain), never in SQLite, logs or the contract.

export type SecretAccount = `inbound-webhook:${string}` | `inbound-poll:${string}`;

/**
 * Synchronous: a sender's secret is loaded before the listener checks a request with it. Every
 * method throws KeychainUnavailableError when the keychain cannot be used; a missing entry is null.
 */
export interface SecretStore {
  get(account: SecretAccount): string | null;
  set(account: SecretAccount, secret: string): void;
  /** True when something was deleted. */
  delete(account: SecretAccount): boolean;
}

const keychain = new Keychain();

/** The OS keychain, pinned and with the same errors as every other secret's (core/keychain). */
export const keychainSecrets: SecretStore = {
  get: (account) => keychain.getSync(account),
  set: (account, secret) => keychain.setSync(account, secret),
  delete: (account) => keychain.deleteSync(account),
};

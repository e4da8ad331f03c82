import { Entry } from '@napi-rs/keyring';
import { ContractError, ErrorCodes } from '../../../shared/errors';

// The inbound area's secrets (webhook HMAC secrets / URL tokens, poll sources' auth header values)
// live in the OS keychain, never in SQLite, logs or the contract.

const SERVICE = 'Relaydesk';

export type SecretAccount = `inbound-webhook:${string}` | `inbound-poll:${string}`;

export interface SecretStore {
  get(account: SecretAccount): string | null;
  set(account: SecretAccount, secret: string): void;
  delete(account: SecretAccount): void;
}

function unavailable(error: unknown): ContractError {
  return new ContractError(
    ErrorCodes.unavailable,
    `The OS keychain is not available (${(error as Error).message}). Unlock or install a keychain ` +
      `(Secret Service on Linux) and try again; Relaydesk never stores this secret elsewhere.`,
  );
}

/** The OS keychain through @napi-rs/keyring. Reads that fail return null; writes throw a ContractError. */
export const keychainSecrets: SecretStore = {
  get(account) {
    try {
      return new Entry(SERVICE, account).getPassword() ?? null;
    } catch {
      return null;
    }
  },
  set(account, secret) {
    try {
      new Entry(SERVICE, account).setPassword(secret);
    } catch (error) {
      throw unavailable(error);
    }
  },
  delete(account) {
    try {
      new Entry(SERVICE, account).deletePassword();
    } catch {
      // Nothing stored, or no keychain: either way nothing is left behind.
    }
  },
};

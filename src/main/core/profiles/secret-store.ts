import type { KeychainStatus } from '../../../shared/profiles/keychain-status';
import type { SecretKind } from '../../../shared/profiles/profile';
import { Keychain, KEYCHAIN_SERVICE, KeychainUnavailableError } from '../keychain/keychain';

export { KEYCHAIN_SERVICE, KeychainUnavailableError } from '../keychain/keychain';

/** Where secrets live: the OS keychain in the app, anything with the same shape in principle. */
export interface SecretStore {
  get(profileId: string, kind: SecretKind): Promise<string | null>;
  set(profileId: string, kind: SecretKind, secret: string): Promise<void>;
  /** True when something was deleted. */
  delete(profileId: string, kind: SecretKind): Promise<boolean>;
  /** Whether secrets can be kept at all; a store without the method always can. */
  status?(): Promise<KeychainStatus>;
}

/** The account read to probe the keychain: it never exists, so a working keychain answers null. */
const PROBE_ACCOUNT = 'relaydesk-keychain-probe';

/** A profile's secrets can also come from the environment, which is what a headless run needs. */
const HEADLESS = 'For headless use, set RELAYDESK_SECRET_<PROFILE_NAME>_KEY / _JWT instead (see README).';

/** A profile's secrets in the OS keychain (core/keychain), one entry per profile and kind. */
export class KeychainSecretStore implements SecretStore {
  private readonly keychain: Keychain;

  constructor(service = KEYCHAIN_SERVICE) {
    this.keychain = new Keychain(service, HEADLESS);
  }

  get(profileId: string, kind: SecretKind): Promise<string | null> {
    return this.keychain.get(`${profileId}:${kind}`);
  }

  set(profileId: string, kind: SecretKind, secret: string): Promise<void> {
    return this.keychain.set(`${profileId}:${kind}`, secret);
  }

  delete(profileId: string, kind: SecretKind): Promise<boolean> {
    return this.keychain.delete(`${profileId}:${kind}`);
  }

  /** Asked when a profile opens, so a missing keychain is said before a secret is typed. */
  async status(): Promise<KeychainStatus> {
    try {
      await this.keychain.get(PROBE_ACCOUNT);
      return { available: true };
    } catch (error) {
      if (!(error instanceof KeychainUnavailableError)) throw error;
      return { available: false, reason: error.reason, fix: error.fix, detail: error.detail };
    }
  }
}

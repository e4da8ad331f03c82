import { useEffect } from 'react';
import { KEYCHAIN_HEADLINE, keychainOtherwise } from '../../../../shared/profiles/keychain-status';
import type { Profile } from '../../../../shared/profiles/profile';
import { useProfilesStore } from './profiles-store';

/** The keychain library's own words, kept out of the way: only for someone who wants to dig. */
function RawDetail({ detail }: { detail: string }) {
  return (
    <details className="keychain-details">
      <summary>Details</summary>
      <code>{detail}</code>
    </details>
  );
}

/**
 * Said up front, when a profile opens: the keychain cannot keep secrets, how to fix it on this OS,
 * and the variables that supply this profile's secrets instead. Asked again each time a profile opens.
 */
export function KeychainNotice({ profile }: { profile: Profile }) {
  const keychain = useProfilesStore((s) => s.keychain);
  const checkKeychain = useProfilesStore((s) => s.checkKeychain);
  useEffect(() => {
    void checkKeychain();
  }, [profile.id, checkKeychain]);
  if (keychain === null || keychain.available) return null;
  return (
    <div className="keychain-notice" role="alert" data-testid="keychain-notice">
      <strong>{KEYCHAIN_HEADLINE}</strong>: secrets cannot be saved for this profile. {keychain.fix} {keychainOtherwise(profile)}
      <RawDetail detail={keychain.detail} />
    </div>
  );
}

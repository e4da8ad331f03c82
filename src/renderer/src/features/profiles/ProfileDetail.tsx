import { requiredSecrets, type Profile } from '../../../../shared/profiles/profile';
import { ConfirmButton } from './ConfirmButton';
import { ConnectionTestPanel } from './ConnectionTestPanel';
import { KeychainNotice } from './KeychainNotice';
import { ProfileEditor } from './ProfileEditor';
import { useProfilesStore } from './profiles-store';
import { SecretField } from './SecretField';

/** One profile: its actions, its settings form, its secrets and the connection test. */
export function ProfileDetail({ profile }: { profile: Profile }) {
  const { duplicate, remove, makeDefault } = useProfilesStore();
  return (
    <div className="profile-detail" aria-labelledby="profile-detail-title">
      <header className="profile-detail-head">
        <div>
          <h3 id="profile-detail-title">
            {profile.name}
            {profile.isDefault && <span className="pill accent">Default</span>}
            {profile.builtIn && <span className="pill">Built in</span>}
          </h3>
        </div>
        <div className="profile-detail-actions">
          {!profile.isDefault && (
            <button type="button" className="button" onClick={() => void makeDefault(profile.id)}>
              Make default
            </button>
          )}
          <button type="button" className="button" onClick={() => void duplicate(profile.id)}>
            Duplicate
          </button>
          {!profile.builtIn && (
            <ConfirmButton
              label="Delete…"
              confirmLabel="Delete profile"
              question={`Delete "${profile.name}" and its keychain secrets?`}
              onConfirm={() => remove(profile.id)}
            />
          )}
        </div>
      </header>

      {profile.builtIn ? (
        <p className="profile-builtin-note">
          Sends to the sandbox built into Relaydesk, with its well-known test credentials (service <code>{profile.serviceId}</code>).
          Nothing leaves this computer. Duplicate it to try your own key or JWT secret against the sandbox.
        </p>
      ) : (
        <ProfileEditor profile={profile} />
      )}

      {!profile.builtIn && (
        <section className="profile-secrets" aria-label="Secrets">
          <h4>Secrets</h4>
          <KeychainNotice profile={profile} />
          {requiredSecrets(profile.authMode).map((kind, index) => (
            <SecretField key={kind} profile={profile} kind={kind} first={index === 0} />
          ))}
        </section>
      )}

      <section className="profile-connection" aria-label="Connection">
        <h4>Connection</h4>
        <ConnectionTestPanel profile={profile} />
      </section>
    </div>
  );
}

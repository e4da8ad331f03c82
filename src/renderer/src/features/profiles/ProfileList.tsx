import type { KeyboardEvent } from 'react';
import { requiredSecrets, type Profile } from '../../../../shared/profiles/profile';
import { describeRegionHost } from '../../../../shared/profiles/regions';
import type { ProfileSelection } from './profiles-store';

function needsSecret(profile: Profile): boolean {
  return (
    !profile.builtIn &&
    requiredSecrets(profile.authMode).some((k) => profile.secrets[k].setAt === null && !profile.secrets[k].fromEnvironment)
  );
}

/** The profiles, default marked; arrow keys move the selection. */
export function ProfileList(props: { profiles: Profile[]; selection: ProfileSelection | null; onSelect(id: string): void }) {
  const selectedId = props.selection?.kind === 'profile' ? props.selection.id : null;
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const index = props.profiles.findIndex((p) => p.id === selectedId);
    const next = props.profiles[Math.min(props.profiles.length - 1, Math.max(0, index + (event.key === 'ArrowDown' ? 1 : -1)))];
    if (next) {
      props.onSelect(next.id);
      (event.currentTarget.querySelector(`[data-id="${next.id}"]`) as HTMLButtonElement | null)?.focus();
    }
  };
  return (
    <ul className="profile-list" aria-label="Profiles" onKeyDown={onKeyDown}>
      {props.profiles.map((p) => (
        <li key={p.id}>
          <button
            type="button"
            data-id={p.id}
            className={`profile-item${p.id === selectedId ? ' selected' : ''}`}
            aria-current={p.id === selectedId ? 'true' : undefined}
            onClick={() => props.onSelect(p.id)}
          >
            <span className="profile-item-name">
              {p.name}
              {p.isDefault && <span className="pill accent">Default</span>}
            </span>
            <span className="profile-item-host">
              {p.region === 'custom' ? (p.baseUrl ?? '').replace(/^https?:\/\//, '') : describeRegionHost(p.region, p.baseUrl)}
            </span>
            {needsSecret(p) && <span className="profile-item-warn">Secret needed</span>}
          </button>
        </li>
      ))}
    </ul>
  );
}

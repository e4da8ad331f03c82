import type { profilesCalls } from '../../../shared/contract/profiles';
import type { Area, CoreContext } from '../area';
import { ProfileManager } from './profile-manager';
import { ProfileRepo } from './profile-repo';
import { exportProfiles, importProfiles } from './profile-transfer';
import { KeychainSecretStore, type SecretStore } from './secret-store';

export interface ProfilesAreaOptions {
  /** The OS keychain unless a caller supplies another store with the same contract. */
  secrets?: SecretStore;
  env?: NodeJS.ProcessEnv;
}

// Profiles and their credentials: SQLite for settings, the OS keychain for secrets.
export function createProfilesArea(ctx: CoreContext, options: ProfilesAreaOptions = {}): Area<typeof profilesCalls, ProfileManager> {
  const manager = new ProfileManager({
    repo: new ProfileRepo(ctx.db),
    settings: ctx.settings,
    secrets: options.secrets ?? new KeychainSecretStore(),
    env: options.env ?? process.env,
    sandboxUrl: () => ctx.status.get().sandbox.url,
    onChange: (profiles) => ctx.events.emit('profiles:changed', profiles),
  });
  // `relaydesk profile ...` next to an open console (migration 008 counts every write).
  ctx.externalChanges.watch('profiles', "SELECT n FROM change_counters WHERE area = 'profiles'", () =>
    ctx.events.emit('profiles:changed', manager.list()),
  );
  return {
    service: manager,
    handlers: {
      'profiles:list': () => manager.list(),
      'profiles:create': (input) => manager.create(input),
      'profiles:update': ({ id, profile }) => manager.update(id, profile),
      'profiles:duplicate': ({ id }) => manager.duplicate(id),
      'profiles:delete': ({ id }) => manager.delete(id),
      'profiles:setDefault': ({ id }) => manager.setDefault(id),
      'profiles:setSecret': ({ id, kind, secret }) => manager.setSecret(id, kind, secret),
      'profiles:removeSecret': ({ id, kind }) => manager.removeSecret(id, kind),
      'profiles:testConnection': ({ id }) => manager.testConnection(id),
      'profiles:keychainStatus': () => manager.keychainStatus(),
      'profiles:export': ({ ids }) => exportProfiles(manager, ids),
      'profiles:import': (json) => importProfiles(manager, json),
    },
  };
}

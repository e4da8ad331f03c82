import { create } from 'zustand';
import type { ConnectionTestResult } from '../../../../shared/profiles/connection-test';
import { KEYCHAIN_ERROR_CODE, splitKeychainDetail, type KeychainStatus } from '../../../../shared/profiles/keychain-status';
import type { Profile, SecretKind } from '../../../../shared/profiles/profile';
import type { ProfileInput } from '../../../../shared/profiles/profile-input';
import { api } from '../../api';
import { ApiError, errorMessage } from '../../api-errors';
import { onReconnect } from '../shell/connection-store';

/** Which pane is open on the right: a profile's details, or the form for a new one. */
export type ProfileSelection = { kind: 'profile'; id: string } | { kind: 'new' };

interface ProfilesState {
  profiles: Profile[];
  loaded: boolean;
  /** A failure that is not about one field (keychain unavailable, import refused...). */
  banner: string | null;
  selection: ProfileSelection | null;
  tests: Record<string, ConnectionTestResult | 'running'>;
  /** A profile just created: its first secret field takes the focus, since that is the next step. */
  justCreated: string | null;
  /** The keychain as last asked (when a profile opened, or after a failed save); null before. */
  keychain: KeychainStatus | null;
  checkKeychain(): Promise<void>;
  load(): Promise<void>;
  select(selection: ProfileSelection | null): void;
  setBanner(message: string | null): void;
  create(input: ProfileInput): Promise<Profile>;
  update(id: string, input: ProfileInput): Promise<Profile>;
  duplicate(id: string): Promise<void>;
  remove(id: string): Promise<void>;
  makeDefault(id: string): Promise<void>;
  setSecret(id: string, kind: SecretKind, secret: string): Promise<void>;
  removeSecret(id: string, kind: SecretKind): Promise<void>;
  testConnection(id: string): Promise<void>;
  exportJson(): Promise<string>;
  importJson(json: unknown): Promise<string>;
}

export const useProfilesStore = create<ProfilesState>((set, get) => {
  const guard = async <T>(work: () => Promise<T>): Promise<T | undefined> => {
    try {
      const result = await work();
      set({ banner: null });
      return result;
    } catch (error) {
      // A keychain failure: the words in the banner, the raw detail in the profile's keychain notice.
      set({ banner: splitKeychainDetail(errorMessage(error)).words });
      if (error instanceof ApiError && error.code === KEYCHAIN_ERROR_CODE) void get().checkKeychain();
      return undefined;
    }
  };
  // A save's answer is shown at once: what the page says is saved must not wait for the push (which may come late).
  const showAnswer = (profile: Profile): Profile => {
    set({ profiles: get().profiles.map((p) => (p.id === profile.id ? later(p, profile) : p)) });
    return profile;
  };
  return {
    profiles: [],
    loaded: false,
    banner: null,
    selection: null,
    tests: {},
    justCreated: null,
    keychain: null,
    checkKeychain: async () => {
      try {
        set({ keychain: await api['profiles:keychainStatus']() });
      } catch {
        // Not knowing is not a problem to show: a failed save still says what is wrong.
      }
    },
    load: async () => {
      await guard(async () => {
        const profiles = await api['profiles:list']();
        const selection = get().selection ?? { kind: 'profile', id: (profiles.find((p) => p.isDefault) ?? profiles[0])!.id };
        set({ profiles, loaded: true, selection });
      });
    },
    select: (selection) => set({ selection, justCreated: null }),
    setBanner: (banner) => set({ banner }),
    // create/update let errors through: the editor shows them next to their field.
    create: async (input) => {
      const profile = await api['profiles:create'](input);
      set({ selection: { kind: 'profile', id: profile.id }, banner: null, justCreated: profile.id });
      return profile;
    },
    // The form learns from the answer which version it now stands on.
    update: async (id, input) => showAnswer(await api['profiles:update']({ id, profile: input })),
    duplicate: async (id) => {
      const copy = await guard(() => api['profiles:duplicate']({ id }));
      if (copy) set({ selection: { kind: 'profile', id: copy.id } });
    },
    remove: async (id) => {
      const done = await guard(() => api['profiles:delete']({ id }));
      if (done) set({ selection: { kind: 'profile', id: get().profiles.find((p) => p.isDefault)?.id ?? 'sandbox' } });
    },
    makeDefault: async (id) => {
      await guard(() => api['profiles:setDefault']({ id }));
    },
    // Secret errors are shown by the secret field itself.
    setSecret: async (id, kind, secret) => {
      showAnswer(await api['profiles:setSecret']({ id, kind, secret }));
    },
    removeSecret: async (id, kind) => {
      await guard(() => api['profiles:removeSecret']({ id, kind }));
    },
    testConnection: async (id) => {
      set({ tests: { ...get().tests, [id]: 'running' } });
      const result = await guard(() => api['profiles:testConnection']({ id }));
      const tests = { ...get().tests };
      if (result) tests[id] = result;
      else delete tests[id];
      set({ tests });
    },
    exportJson: async () => JSON.stringify(await api['profiles:export']({}), null, 2),
    importJson: async (json) => {
      const result = await api['profiles:import'](json);
      const renamed = result.renamed.map(([from, to]) => ` "${from}" was imported as "${to}".`).join('');
      return `Imported ${result.created.length} profile(s). Set their secrets to use them.${renamed}`;
    },
  };
});

/**
 * The later of two versions of one profile: a push or an answer that arrives late (it left the
 * core before a save's answer did) never takes the list back to an earlier version.
 */
function later(held: Profile | undefined, incoming: Profile): Profile {
  return held && held.updatedAt > incoming.updatedAt ? held : incoming;
}

// Every window sees every change, whichever window (or the CLI's core) made it.
onReconnect(() => void useProfilesStore.getState().load());
api.on('profiles:changed', (profiles) => {
  const { selection, profiles: held } = useProfilesStore.getState();
  const stillThere = selection?.kind !== 'profile' || profiles.some((p) => p.id === selection.id);
  useProfilesStore.setState({
    profiles: profiles.map((p) =>
      later(
        held.find((h) => h.id === p.id),
        p,
      ),
    ),
    loaded: true,
    ...(stillThere ? {} : { selection: { kind: 'profile', id: profiles.find((p) => p.isDefault)?.id ?? 'sandbox' } }),
  });
});

import { describe, expect, it, vi } from 'vitest';
import { SANDBOX_PROFILE, type Profile } from '../../../src/shared/profiles/profile';

// The profiles store against a stand-in for the core. The e2e (profiles-typing-kept.spec.ts) holds
// a push back until after the save's answer; this pins down the other order the e2e cannot make
// the real core produce: a push that left before the answer, carrying the version before it.

const version = (serviceId: string, updatedAt: string): Profile => ({
  ...SANDBOX_PROFILE,
  id: 'p1',
  name: 'Mine',
  builtIn: false,
  isDefault: false,
  serviceId,
  updatedAt,
});
const before = version('svc-before', '2026-12-03T10:00:00.000Z');
const saved = version('svc-saved', '2026-12-03T10:00:05.000Z');
const elsewhere = version('svc-elsewhere', '2026-12-03T10:00:09.000Z');
const keySet: Profile = {
  ...elsewhere,
  secrets: { ...elsewhere.secrets, key: { setAt: '2026-12-03T10:00:12.000Z', fromEnvironment: false } },
};

const pushed: Array<(profiles: Profile[]) => void> = [];
vi.mock('../../../src/renderer/src/api', () => ({
  api: {
    'profiles:list': () => Promise.resolve([SANDBOX_PROFILE, before]),
    'profiles:update': () => Promise.resolve(saved),
    'profiles:setSecret': () => Promise.resolve(keySet),
    on: (event: string, handler: (profiles: Profile[]) => void) => {
      if (event === 'profiles:changed') pushed.push(handler);
      return () => {};
    },
  },
}));

const { useProfilesStore } = await import('../../../src/renderer/src/features/profiles/profiles-store');
const push = (profiles: Profile[]) => pushed.forEach((handler) => handler(profiles));
const mine = () => useProfilesStore.getState().profiles.find((p) => p.id === 'p1');

describe('profiles store', () => {
  it('shows a save as its answer says, and a late push from before it does not take it back', async () => {
    await useProfilesStore.getState().load();
    expect(mine()?.serviceId).toBe('svc-before');
    await useProfilesStore
      .getState()
      .update('p1', { name: 'Mine', region: 'sandbox', serviceId: 'svc-saved', authMode: 'key', senders: {} });
    expect(mine()?.serviceId).toBe('svc-saved');

    push([SANDBOX_PROFILE, before]);
    expect(mine()?.serviceId).toBe('svc-saved');
    // A later change, from another window or the CLI, does show.
    push([SANDBOX_PROFILE, elsewhere]);
    expect(mine()?.serviceId).toBe('svc-elsewhere');
  });

  it('says a secret is set as soon as the keychain save answers, before any push', async () => {
    await useProfilesStore.getState().setSecret('p1', 'key', 'typed by the user');
    expect(mine()?.secrets.key.setAt).toBe('2026-12-03T10:00:12.000Z');
  });
});

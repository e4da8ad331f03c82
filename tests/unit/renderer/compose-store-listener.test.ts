import { describe, expect, it, vi } from 'vitest';

// The compose store against a stand-in for the three calls its init makes. This pins down a race
// the e2e spec met on a fast machine: a channel picked before init has learned the listener's URL
// gave a body without the notify URL, and nothing filled it in later.

let releaseStatus!: () => void;
const statusHeld = new Promise<void>((resolve) => (releaseStatus = resolve));
const handlers = new Map<string, (payload: unknown) => void>();

vi.mock('../../../src/renderer/src/api', () => ({
  api: {
    'compose:listDrafts': async () => [],
    'profiles:list': async () => [],
    'app:status': async () => {
      await statusHeld;
      return { listener: { url: 'http://127.0.0.1:4747' } };
    },
    'compose:saveDraft': async () => ({ id: 'd1' }),
    on: (name: string, handler: (payload: unknown) => void) => handlers.set(name, handler),
  },
}));

const { useComposeStore } = await import('../../../src/renderer/src/features/compose/compose-store');

describe('compose store: the listener URL arriving late', () => {
  it('a channel picked before init knows the listener still gets the notify URL; an edited body is left alone', async () => {
    const store = useComposeStore.getState();
    const init = store.init();
    // The user clicks "SMS" while init is still waiting for app:status.
    store.newDraft('v2', 'sms');
    expect(useComposeStore.getState().body.notifyUrl).toBeUndefined();
    releaseStatus();
    await init;
    expect(useComposeStore.getState().body.notifyUrl).toBe('http://127.0.0.1:4747/webhooks');
    expect(useComposeStore.getState().jsonText).toContain('http://127.0.0.1:4747/webhooks');

    // Once the user has typed, a listener that moves does not rewrite their body.
    useComposeStore.getState().setField(['notifyUrl'], 'https://example.com/hook', { step: true });
    handlers.get('app:status')!({ listener: { url: 'http://127.0.0.1:5000' } });
    expect(useComposeStore.getState().body.notifyUrl).toBe('https://example.com/hook');
    expect(useComposeStore.getState().listenerUrl).toBe('http://127.0.0.1:5000');
  });
});

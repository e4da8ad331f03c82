import { describe, expect, it, vi } from 'vitest';

// The compose store against a stand-in for the calls it makes: switching channel parks the work,
// and a save still on its way when the user switches gives its draft id to the parked work, so
// coming back edits the same draft instead of starting a second one.

const saved: { id?: string; channel: string }[] = [];
let nextId = 0;

vi.mock('../../../src/renderer/src/api', () => ({
  api: {
    'compose:listDrafts': async () => [],
    'profiles:list': async () => [],
    'app:status': async () => null,
    'compose:saveDraft': async (input: { id?: string; channel: string }) => {
      saved.push(input);
      await new Promise((resolve) => setTimeout(resolve, 20));
      return { id: input.id ?? `d${++nextId}`, channel: input.channel, body: {}, updatedAt: '' };
    },
    on: () => undefined,
  },
}));

const { useComposeStore } = await import('../../../src/renderer/src/features/compose/compose-store');
const store = () => useComposeStore.getState();

describe('compose store: channels keep their work', () => {
  it('switching away and back restores the work; a save in flight lands on the parked work', async () => {
    await store().init();
    store().setField(['content', 'text'], 'Table for two', { step: true });
    // Switch before the autosave timer fires: the edit is saved now, and its id comes back later.
    store().switchChannel('v2', 'email');
    expect(store().channel).toBe('email');
    expect(store().draftId).toBeNull();
    expect(saved).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(store().draftId).toBeNull();

    // The active channel again: nothing changes.
    const before = store().body;
    store().switchChannel('v2', 'email');
    expect(store().body).toBe(before);

    store().switchChannel('v2', 'sms');
    expect((store().body.content as { text: string }).text).toBe('Table for two');
    expect(store().draftId).toBe('d1');

    // A channel seen for the first time starts fresh; Undo goes back to what was open.
    store().switchChannel('v2', 'rcs');
    expect(store().pristine).toBe(true);
    store().undo();
    expect(store().channel).toBe('sms');
    expect((store().body.content as { text: string }).text).toBe('Table for two');
  });
});

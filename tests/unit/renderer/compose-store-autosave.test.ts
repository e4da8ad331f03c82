import { afterAll, describe, expect, it, vi } from 'vitest';

// The compose store's autosave against a stand-in for a slow core: an edit whose autosave starts
// while the first save of a new draft is still on its way must save into that draft, not create a
// second one (Drafts listed the same work twice).

const saves: { id?: string; body: unknown }[] = [];
const gates: Array<() => void> = [];
let created = 0;

vi.mock('../../../src/renderer/src/api', () => ({
  api: {
    'compose:saveDraft': async (input: { id?: string; body: unknown }) => {
      saves.push(input);
      await new Promise<void>((resolve) => gates.push(resolve));
      const id = input.id ?? `d${++created}`;
      return { id, api: 'v2', channel: 'sms', profileId: 'sandbox', body: input.body, jsonText: null, templateId: null, updatedAt: 1 };
    },
    on: () => () => undefined,
  },
}));

const { useComposeStore } = await import('../../../src/renderer/src/features/compose/compose-store');

afterAll(() => vi.useRealTimers());

describe('compose store: autosave of a new draft on a slow core', () => {
  it('saves an edit made while the first save is on its way into the same draft', async () => {
    vi.useFakeTimers();
    const store = () => useComposeStore.getState();
    store().newDraft('v2', 'sms');
    store().setField(['content', 'text'], 'Hello', { step: true });
    await vi.advanceTimersByTimeAsync(600);
    expect(saves).toHaveLength(1);

    // The first save has not answered yet; the user types on and the autosave fires again.
    store().setField(['content', 'text'], 'Hello there', { step: true });
    await vi.advanceTimersByTimeAsync(600);
    while (gates.length > 0 || saves.length < 2) {
      gates.shift()?.();
      await vi.advanceTimersByTimeAsync(10);
    }

    expect(created).toBe(1);
    expect(saves[1]!.id).toBe('d1');
    expect(store().draftId).toBe('d1');
    expect(store().drafts.map((d) => d.id)).toEqual(['d1']);
  });
});

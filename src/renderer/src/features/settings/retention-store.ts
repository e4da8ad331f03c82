import { create } from 'zustand';
import type { RetentionPolicy, RetentionState } from '../../../../shared/inbound/retention';
import { api } from '../../api';
import { errorMessage } from '../../api-errors';

/** Settings → Data retention: how long inbound events and rejected requests are kept. */
interface RetentionStoreState {
  state: RetentionState | null;
  error: string | null;
  saving: boolean;
  /** Set after a save, until the next edit. */
  saved: boolean;
  load(): Promise<void>;
  save(policy: RetentionPolicy): Promise<void>;
  edited(): void;
}

/** Counts edits, so a save's answer knows whether the user typed on while it was on its way. */
let edits = 0;

export const useRetentionStore = create<RetentionStoreState>((set) => ({
  state: null,
  error: null,
  saving: false,
  saved: false,
  load: async () => {
    try {
      set({ state: await api['inbound:retention'](), error: null });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
  save: async (policy) => {
    set({ saving: true, error: null, saved: false });
    const editsBefore = edits;
    try {
      const state = await api['inbound:setRetention'](policy);
      // Typing done while the save was on its way is not what was saved: the fields keep it, unsaved.
      set({ state, saving: false, saved: edits === editsBefore });
    } catch (error) {
      set({ error: errorMessage(error), saving: false });
    }
  },
  edited: () => {
    edits += 1;
    set({ saved: false });
  },
}));

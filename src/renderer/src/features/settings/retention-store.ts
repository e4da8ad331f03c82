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
    try {
      set({ state: await api['inbound:setRetention'](policy), saving: false, saved: true });
    } catch (error) {
      set({ error: errorMessage(error), saving: false });
    }
  },
  edited: () => set({ saved: false }),
}));

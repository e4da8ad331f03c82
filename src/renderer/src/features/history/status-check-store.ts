import { create } from 'zustand';
import type { StatusCheckResult } from '../../../../shared/contract/outbound';
import { api } from '../../api';
import { errorMessage } from '../../api-errors';

/** One request's last "Check status": asking, its answer, or why it could not ask. */
export interface StatusCheckEntry {
  checking: boolean;
  result: StatusCheckResult | null;
  error: string | null;
}

interface StatusCheckState {
  /** By request id; the detail pane and every recipient row of that request share an entry. */
  byRequest: Record<string, StatusCheckEntry>;
  check(requestId: string): Promise<void>;
}

export const useStatusCheckStore = create<StatusCheckState>((set, get) => ({
  byRequest: {},
  check: async (requestId) => {
    const update = (entry: Partial<StatusCheckEntry>) =>
      set((s) => ({
        byRequest: { ...s.byRequest, [requestId]: { checking: false, result: null, error: null, ...s.byRequest[requestId], ...entry } },
      }));
    if (get().byRequest[requestId]?.checking) return;
    update({ checking: true, error: null });
    try {
      update({ checking: false, result: await api['outbound:checkStatus']({ id: requestId }), error: null });
    } catch (error) {
      update({ checking: false, result: null, error: errorMessage(error) });
    }
  },
}));

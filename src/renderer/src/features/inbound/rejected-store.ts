import { create } from 'zustand';
import type { RejectedRequest } from '../../../../shared/inbound/event';
import { INBOUND_PAGE_MAX } from '../../../../shared/limits/inbound';
import { errorMessage } from '../../api-errors';
import { listRejected } from './feed-api';

/** What the listener refused, newest first, with live additions. */
interface RejectedState {
  requests: RejectedRequest[];
  total: number;
  nextCursor: string | null;
  loading: boolean;
  error: string | null;
  /** Arrived since the tab was last shown. */
  unseen: number;
  selectedId: string | null;
  load(): Promise<void>;
  loadMore(): Promise<void>;
  receive(requests: RejectedRequest[]): void;
  markSeen(): void;
  select(id: string | null): void;
}

export const useRejectedStore = create<RejectedState>((set, get) => ({
  requests: [],
  total: 0,
  nextCursor: null,
  loading: false,
  error: null,
  unseen: 0,
  selectedId: null,

  load: async () => {
    set({ loading: true, error: null });
    try {
      const page = await listRejected(null, INBOUND_PAGE_MAX);
      set({ requests: page.rejected, total: page.total, nextCursor: page.nextCursor, loading: false });
    } catch (error) {
      set({ loading: false, error: errorMessage(error) });
    }
  },

  loadMore: async () => {
    const { nextCursor, loading } = get();
    if (!nextCursor || loading) return;
    set({ loading: true });
    try {
      const page = await listRejected(nextCursor, INBOUND_PAGE_MAX);
      const have = new Set(get().requests.map((r) => r.id));
      set((s) => ({
        requests: s.requests.concat(page.rejected.filter((r) => !have.has(r.id))),
        nextCursor: page.nextCursor,
        loading: false,
      }));
    } catch (error) {
      set({ loading: false, error: errorMessage(error) });
    }
  },

  receive: (incoming) => {
    const have = new Set(get().requests.map((r) => r.id));
    const fresh = incoming.filter((r) => !have.has(r.id)).sort((a, b) => b.receivedAt - a.receivedAt);
    if (fresh.length === 0) return;
    set((s) => ({ requests: fresh.concat(s.requests), total: s.total + fresh.length, unseen: s.unseen + fresh.length }));
  },

  markSeen: () => set({ unseen: 0 }),
  select: (selectedId) => set({ selectedId }),
}));

import { create } from 'zustand';
import type { OutboundRequestSummary, RequestDetail } from '../../../../shared/contract/outbound';
import { api } from '../../api';
import { errorMessage } from '../../api-errors';
import { newSendId } from '../compose/send-store';
import { useNavStore } from '../shell/nav-store';
import { createPager, type PagedSlice } from './pager';

/** The expanded send's API requests and the one open in the detail pane (body, tries, timeline). */
interface RequestsState extends PagedSlice<OutboundRequestSummary> {
  jobId: string | null;
  selectedId: string | null;
  detail: RequestDetail | null;
  notice: string | null;
  /** The request being re-sent: its buttons are disabled until the core answers, so a double click queues one send. */
  resending: string | null;
  open(jobId: string): Promise<void>;
  reload(): Promise<void>;
  loadMore(): Promise<void>;
  select(id: string | null): Promise<void>;
  refreshDetail(): Promise<void>;
  resend(id: string): Promise<void>;
  settle(id: string, as: 'accepted' | 'failed'): Promise<void>;
  openAsDraft(): void;
}

export const useRequestsStore = create<RequestsState>((set, get) => {
  const pager = createPager<OutboundRequestSummary>({
    read: get,
    write: set,
    fetch: (offset, limit) => {
      const jobId = get().jobId;
      return jobId ? api['outbound:list']({ jobId, offset, limit }) : null;
    },
    pageSize: 200,
    maxPage: 500,
    noun: 'requests',
  });
  return {
    jobId: null,
    items: [],
    total: 0,
    loading: false,
    error: null,
    selectedId: null,
    detail: null,
    notice: null,
    resending: null,
    open: async (jobId) => {
      if (get().jobId === jobId) return pager.reload();
      set({ jobId, items: [], total: 0, error: null, selectedId: null, detail: null, notice: null });
      await pager.reload(true);
      // A send of one request has nothing to choose: show it.
      const { items, selectedId } = get();
      if (get().jobId === jobId && items.length === 1 && !selectedId) await get().select(items[0]!.id);
    },
    reload: () => pager.reload(),
    loadMore: () => pager.loadMore(),
    select: async (id) => {
      set({ selectedId: id, detail: null, notice: null });
      if (id) await get().refreshDetail();
    },
    refreshDetail: async () => {
      const id = get().selectedId;
      if (!id) return;
      try {
        const detail = await api['outbound:get']({ id });
        if (get().selectedId === id) set({ detail });
      } catch (error) {
        set({ notice: `The request could not be loaded: ${errorMessage(error)}` });
      }
    },
    resend: async (id) => {
      if (get().resending !== null) return;
      set({ resending: id });
      try {
        const receipt = await api['outbound:resend']({ id, sendId: newSendId() });
        set({
          notice: `Re-sent as a new send (top of the list): ${receipt.destinations} destination(s) in ${receipt.requestCount} request(s).`,
        });
      } catch (error) {
        set({ notice: errorMessage(error) });
      } finally {
        set({ resending: null });
      }
    },
    settle: async (id, as) => {
      try {
        await api['outbound:settle']({ id, as });
        await Promise.all([pager.reload(), get().refreshDetail()]);
      } catch (error) {
        set({ notice: errorMessage(error) });
      }
    },
    openAsDraft: () => {
      const detail = get().detail;
      if (!detail) return;
      window.dispatchEvent(new CustomEvent('relaydesk:open-draft', { detail: { api: detail.request.api, body: detail.body } }));
      useNavStore.getState().go('compose');
    },
  };
});

import { create } from 'zustand';
import type { JobProgress, OutboundRequestSummary, RequestDetail, RequestState } from '../../../../shared/contract/outbound';
import { api } from '../../api';
import { errorMessage } from '../../api-errors';
import { useNavStore } from '../shell/nav-store';
import { onReconnect } from '../shell/connection-store';

const PAGE = 200;

/** History: the sent-requests list with its filters, the selected request, and running jobs. */
interface HistoryState {
  items: OutboundRequestSummary[];
  total: number;
  counts: Partial<Record<RequestState, number>>;
  state: RequestState | null;
  search: string;
  loading: boolean;
  loaded: boolean;
  error: string | null;
  selectedId: string | null;
  detail: RequestDetail | null;
  jobs: JobProgress[];
  notice: string | null;
  load(): Promise<void>;
  loadMore(): Promise<void>;
  setState(state: RequestState | null): void;
  setSearch(search: string): void;
  select(id: string | null): Promise<void>;
  refreshDetail(): Promise<void>;
  resend(id: string): Promise<void>;
  settle(id: string, as: 'accepted' | 'failed'): Promise<void>;
  openAsDraft(): void;
  loadJobs(): Promise<void>;
}

export const useHistoryStore = create<HistoryState>((set, get) => ({
  items: [],
  total: 0,
  counts: {},
  state: null,
  search: '',
  loading: false,
  loaded: false,
  error: null,
  selectedId: null,
  detail: null,
  jobs: [],
  notice: null,
  load: async () => {
    const { state, search } = get();
    set({ loading: true });
    try {
      const page = await api['outbound:list']({ ...(state ? { state } : {}), ...(search.trim() ? { search: search.trim() } : {}), offset: 0, limit: PAGE });
      set({ items: page.items, total: page.total, counts: page.counts, loading: false, loaded: true, error: null });
    } catch (error) {
      set({ loading: false, loaded: true, error: errorMessage(error) });
    }
  },
  loadMore: async () => {
    const { state, search, items, total, loading } = get();
    if (loading || items.length >= total) return;
    set({ loading: true });
    try {
      const page = await api['outbound:list']({ ...(state ? { state } : {}), ...(search.trim() ? { search: search.trim() } : {}), offset: items.length, limit: PAGE });
      set({ items: [...items, ...page.items], total: page.total, counts: page.counts, loading: false });
    } catch (error) {
      set({ loading: false, error: errorMessage(error) });
    }
  },
  setState: (state) => {
    set({ state });
    void get().load();
  },
  setSearch: (search) => {
    set({ search });
    void get().load();
  },
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
      set({ error: errorMessage(error) });
    }
  },
  resend: async (id) => {
    try {
      const receipt = await api['outbound:resend']({ id });
      set({ notice: `Re-sent as a new send: ${receipt.destinations} destination(s) in ${receipt.requestCount} request(s).` });
      await Promise.all([get().load(), get().loadJobs()]);
    } catch (error) {
      set({ notice: errorMessage(error) });
    }
  },
  settle: async (id, as) => {
    try {
      await api['outbound:settle']({ id, as });
      await Promise.all([get().load(), get().refreshDetail()]);
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
  loadJobs: async () => {
    try {
      set({ jobs: await api['outbound:jobs']() });
    } catch {
      // The list still works without the progress strip.
    }
  },
}));

// Live: state changes reload the list (coalesced), progress updates the running jobs, and new
// receipts or replies refresh the open request's timeline.
let reloadTimer: ReturnType<typeof setTimeout> | undefined;
function reloadSoon(): void {
  if (reloadTimer) return;
  reloadTimer = setTimeout(() => {
    reloadTimer = undefined;
    const store = useHistoryStore.getState();
    if (!store.loaded) return;
    void store.load();
    void store.refreshDetail();
  }, 300);
}

api.on('outbound:updated', () => reloadSoon());
api.on('outbound:changed', () => reloadSoon());
onReconnect(() => reloadSoon());
api.on('outbound:progress', (progress) => {
  const jobs = useHistoryStore.getState().jobs;
  const others = jobs.filter((j) => j.jobId !== progress.jobId);
  const finished = progress.state === 'done' || progress.state === 'cancelled';
  useHistoryStore.setState({ jobs: finished ? others : [...others, progress] });
});
api.on('inbound:received', () => {
  if (useHistoryStore.getState().detail) void useHistoryStore.getState().refreshDetail();
});

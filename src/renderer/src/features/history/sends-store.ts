import { create } from 'zustand';
import type { JobProgress, SendSummary } from '../../../../shared/contract/outbound';
import { api } from '../../api';
import { createPager, type PagedSlice } from './pager';

/** History's list: sends (what the user clicked), newest first, with their filters and the expanded one. */
interface SendsState extends PagedSlice<SendSummary> {
  failedOnly: boolean;
  search: string;
  loaded: boolean;
  /** History is on screen: live pushes reload it only then (it loads afresh when opened). */
  onScreen: boolean;
  expandedJobId: string | null;
  /** Sends still going out, for the progress strip. */
  jobs: JobProgress[];
  /** `fresh`: a new filter, so the first page only; otherwise as many as are shown. */
  load(options?: { fresh?: boolean }): Promise<void>;
  loadMore(): Promise<void>;
  setFailedOnly(failedOnly: boolean): void;
  setSearch(search: string): void;
  toggle(jobId: string): void;
  loadJobs(): Promise<void>;
}

export const useSendsStore = create<SendsState>((set, get) => {
  const pager = createPager<SendSummary>({
    read: get,
    write: (patch) => set(patch.loading === false ? { ...patch, loaded: true } : patch),
    fetch: (offset, limit) => {
      const search = get().search.trim();
      return api['outbound:sends']({ failedOnly: get().failedOnly, ...(search ? { search } : {}), offset, limit });
    },
    pageSize: 50,
    maxPage: 200,
    noun: 'sends',
    key: (send) => send.jobId,
  });
  return {
    items: [],
    total: 0,
    loading: false,
    error: null,
    failedOnly: false,
    search: '',
    loaded: false,
    onScreen: false,
    expandedJobId: null,
    jobs: [],
    load: (options = {}) => pager.reload(options.fresh),
    loadMore: () => pager.loadMore(),
    setFailedOnly: (failedOnly) => {
      set({ failedOnly });
      void pager.reload(true);
    },
    setSearch: (search) => {
      set({ search });
      void pager.reload(true);
    },
    toggle: (jobId) => set({ expandedJobId: get().expandedJobId === jobId ? null : jobId }),
    loadJobs: async () => {
      try {
        set({ jobs: (await api['outbound:jobs']()).filter((j) => j.state === 'running' || j.state === 'offline') });
      } catch {
        // The list still works without the progress strip.
      }
    },
  };
});

export function applyProgress(progress: JobProgress): void {
  const others = useSendsStore.getState().jobs.filter((j) => j.jobId !== progress.jobId);
  const finished = progress.state === 'done' || progress.state === 'cancelled';
  useSendsStore.setState({ jobs: finished ? others : [...others, progress] });
}

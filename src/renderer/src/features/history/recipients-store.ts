import { create } from 'zustand';
import type { RecipientOutcome } from '../../../../shared/contract/outbound';
import { api } from '../../api';
import { errorMessage } from '../../api-errors';
import { downloadText } from '../../components/browser-io';
import { createPager, type PagedSlice } from './pager';

/** The expanded send's per-recipient table: paged as it scrolls, optionally failed only, exportable. */
interface RecipientsState extends PagedSlice<RecipientOutcome> {
  jobId: string | null;
  failedOnly: boolean;
  exportNotice: string | null;
  open(jobId: string): Promise<void>;
  reload(): Promise<void>;
  loadMore(): Promise<void>;
  setFailedOnly(failedOnly: boolean): void;
  exportCsv(): Promise<void>;
}

export const useRecipientsStore = create<RecipientsState>((set, get) => {
  const pager = createPager<RecipientOutcome>({
    read: get,
    write: set,
    fetch: (offset, limit) => {
      const { jobId, failedOnly } = get();
      return jobId ? api['outbound:recipients']({ jobId, failedOnly, offset, limit }) : null;
    },
    pageSize: 200,
    maxPage: 1000,
    noun: 'recipients',
  });
  return {
    jobId: null,
    items: [],
    total: 0,
    failedOnly: false,
    loading: false,
    error: null,
    exportNotice: null,
    open: async (jobId) => {
      if (get().jobId === jobId) return pager.reload();
      set({ jobId, items: [], total: 0, failedOnly: false, error: null, exportNotice: null });
      await pager.reload(true);
    },
    reload: () => pager.reload(),
    loadMore: () => pager.loadMore(),
    setFailedOnly: (failedOnly) => {
      set({ failedOnly, items: [], total: 0 });
      void pager.reload(true);
    },
    exportCsv: async () => {
      const jobId = get().jobId;
      if (!jobId) return;
      try {
        const file = await api['outbound:exportRecipients']({ jobId });
        downloadText(file.filename, file.csv, 'text/csv');
        set({ exportNotice: null });
      } catch (error) {
        set({ exportNotice: `The export failed: ${errorMessage(error)}` });
      }
    },
  };
});

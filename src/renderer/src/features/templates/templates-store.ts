import { create } from 'zustand';
import type { ComposeChannel, TemplateSummary } from '../../../../shared/compose/model';
import { api } from '../../api';
import { errorMessage } from '../../api-errors';
import { onReconnect } from '../shell/connection-store';

/** The template library as the Templates page shows it: a filtered list and the last outcome. */
interface TemplatesState {
  items: TemplateSummary[];
  loaded: boolean;
  query: string;
  channel: ComposeChannel | '';
  tag: string;
  error: string | null;
  notice: string | null;
  importRejected: { index: number; name: string | null; message: string }[];
  load(): Promise<void>;
  setFilter(filter: Partial<Pick<TemplatesState, 'query' | 'channel' | 'tag'>>): void;
  run(action: () => Promise<string | null>): Promise<void>;
  importFile(json: string): Promise<void>;
  clearMessages(): void;
}

export const useTemplatesStore = create<TemplatesState>((set, get) => ({
  items: [],
  loaded: false,
  query: '',
  channel: '',
  tag: '',
  error: null,
  notice: null,
  importRejected: [],
  load: async () => {
    const { query, channel, tag } = get();
    try {
      const items = await api['templates:list']({
        ...(query.trim() ? { query } : {}),
        ...(channel ? { channel } : {}),
        ...(tag ? { tag } : {}),
      });
      set({ items, loaded: true });
    } catch (error) {
      set({ error: errorMessage(error), loaded: true });
    }
  },
  setFilter: (filter) => {
    set(filter);
    void get().load();
  },
  run: async (action) => {
    try {
      const notice = await action();
      set({ error: null, notice });
    } catch (error) {
      set({ error: errorMessage(error), notice: null });
    }
    await get().load();
  },
  importFile: async (json) => {
    try {
      const result = await api['templates:import']({ json });
      set({
        error: null,
        importRejected: result.rejected,
        notice: `Imported ${result.imported.length} template${result.imported.length === 1 ? '' : 's'}${result.rejected.length ? `; ${result.rejected.length} left out (see below)` : ''}.`,
      });
    } catch (error) {
      set({ error: errorMessage(error), notice: null, importRejected: [] });
    }
    await get().load();
  },
  clearMessages: () => set({ error: null, notice: null, importRejected: [] }),
}));

api.on('templates:changed', () => void useTemplatesStore.getState().load());
onReconnect(() => void useTemplatesStore.getState().load());

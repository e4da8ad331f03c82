import { create } from 'zustand';
import type { PollSource } from '../../../../shared/contract/inbound';
import { api } from '../../api';
import { ApiError, errorMessage } from '../../api-errors';

export interface NewPollSource {
  name: string;
  url: string;
  intervalSeconds: number;
  authHeaderName: string;
  authHeaderValue: string;
  cursorParam: string;
}

/** Poll sources: for a desktop no webhook can reach, Relaydesk fetches events itself. */
interface PollState {
  sources: PollSource[];
  error: string | null;
  /** Per-field problems of the add form, keyed by the contract path ('' = the form as a whole). */
  formErrors: Record<string, string>;
  busy: boolean;
  load(): Promise<void>;
  add(input: NewPollSource): Promise<boolean>;
  remove(id: string): Promise<void>;
  setEnabled(id: string, enabled: boolean): Promise<void>;
  pollNow(id: string): Promise<void>;
  replaceAll(sources: PollSource[]): void;
}

/** An answer about a source the user removed while it was on its way does not bring the source back. */
function updateListed(list: PollSource[], source: PollSource): PollSource[] {
  return list.some((s) => s.id === source.id) ? upsert(list, source) : list;
}

function upsert(list: PollSource[], source: PollSource): PollSource[] {
  return list.some((s) => s.id === source.id) ? list.map((s) => (s.id === source.id ? source : s)) : [...list, source];
}

export const usePollStore = create<PollState>((set, get) => {
  const act = async (work: () => Promise<void>) => {
    set({ error: null });
    try {
      await work();
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  };
  return {
    sources: [],
    error: null,
    formErrors: {},
    busy: false,

    load: () => act(async () => set({ sources: await api['inbound:pollSources']() })),

    add: async (input) => {
      set({ busy: true, formErrors: {} });
      try {
        const source = await api['inbound:addPollSource']({
          name: input.name,
          url: input.url.trim(),
          intervalSeconds: input.intervalSeconds,
          ...(input.authHeaderName.trim() ? { authHeaderName: input.authHeaderName.trim() } : {}),
          ...(input.authHeaderValue ? { authHeaderValue: input.authHeaderValue } : {}),
          ...(input.cursorParam.trim() ? { cursorParam: input.cursorParam.trim() } : {}),
        });
        set({ sources: upsert(get().sources, source), busy: false });
        return true;
      } catch (error) {
        const path = error instanceof ApiError ? (error.path ?? '') : '';
        set({ busy: false, formErrors: { [path.split('.')[0] ?? '']: errorMessage(error) } });
        return false;
      }
    },

    remove: (id) =>
      act(async () => {
        await api['inbound:removePollSource']({ id });
        set({ sources: get().sources.filter((s) => s.id !== id) });
      }),

    setEnabled: (id, enabled) =>
      act(async () => {
        const source = await api['inbound:setPollSourceEnabled']({ id, enabled });
        set({ sources: updateListed(get().sources, source) });
      }),

    pollNow: (id) =>
      act(async () => {
        const source = await api['inbound:pollNow']({ id });
        set({ sources: updateListed(get().sources, source) });
      }),

    replaceAll: (sources) => set({ sources }),
  };
});

import { create } from 'zustand';
import type { SandboxLogEntry } from '../../../../shared/contract/sandbox';
import { api } from '../../api';
import { errorMessage } from '../../api-errors';

/** How many log entries the panel keeps; older ones drop off the end. */
const KEEP = 200;

interface SandboxState {
  loaded: boolean;
  running: boolean;
  url: string | null;
  rules: string[];
  /** Newest first. */
  entries: SandboxLogEntry[];
  error: string | null;
  load(): Promise<void>;
}

export const useSandboxStore = create<SandboxState>((set) => ({
  loaded: false,
  running: false,
  url: null,
  rules: [],
  entries: [],
  error: null,
  load: async () => {
    try {
      const page = await api['sandbox:log']({ limit: KEEP });
      set({ loaded: true, running: page.running, url: page.url, rules: page.rules, entries: [...page.entries].reverse(), error: null });
    } catch (error) {
      set({ loaded: true, error: errorMessage(error) });
    }
  },
}));

api.on('sandbox:entry', (entry) => {
  useSandboxStore.setState((state) => ({ entries: [entry, ...state.entries].slice(0, KEEP) }));
});

import { create } from 'zustand';

/** Whether browser mode's socket to the core is up (always true in Electron). */
interface ConnectionState {
  connected: boolean;
  /** Times the socket came back after a drop. */
  reconnects: number;
  setConnected(connected: boolean): void;
}

export const useConnectionStore = create<ConnectionState>((set, get) => ({
  connected: true,
  reconnects: 0,
  setConnected: (connected) => {
    if (connected === get().connected) return;
    set({ connected, reconnects: get().reconnects + (connected ? 1 : 0) });
  },
}));

/**
 * Runs `resync` each time the socket is back after a drop. Pushes sent while it was down are
 * lost, so a store kept current by pushes reloads what it shows instead of silently missing them.
 */
export function onReconnect(resync: () => void): () => void {
  return useConnectionStore.subscribe((state, previous) => {
    if (state.reconnects > previous.reconnects) resync();
  });
}

import { create } from 'zustand';

/** Whether browser mode's socket to the core is up (always true in Electron). */
interface ConnectionState {
  connected: boolean;
  setConnected(connected: boolean): void;
}

export const useConnectionStore = create<ConnectionState>((set) => ({
  connected: true,
  setConnected: (connected) => set({ connected }),
}));

import { create } from 'zustand';
import type { AckDurability } from '../../../../shared/contract/inbound';
import { api } from '../../api';
import { errorMessage } from '../../api-errors';
import { listenerInfo, type ListenerInfo } from './feed-api';

/** Where the listener is and what to paste into the vendor's console. */
interface ListenerState {
  info: ListenerInfo | null;
  error: string | null;
  load(): Promise<void>;
  setDurability(durability: AckDurability): Promise<void>;
  /** Why the last port change failed (the listener then stays where it was). */
  portError: string | null;
  movingPort: boolean;
  /** Moves the listener to `port`; true when it moved. */
  setPort(port: number): Promise<boolean>;
}

export const useListenerStore = create<ListenerState>((set, get) => ({
  info: null,
  error: null,
  portError: null,
  movingPort: false,
  setPort: async (port) => {
    set({ movingPort: true, portError: null });
    try {
      set({ info: await api['inbound:setListenerPort']({ port }), movingPort: false });
      return true;
    } catch (error) {
      set({ portError: errorMessage(error), movingPort: false });
      return false;
    }
  },
  load: async () => {
    try {
      set({ info: await listenerInfo(), error: null });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
  setDurability: async (durability) => {
    const before = get().info;
    // Shown at once (a controlled radio would otherwise snap back until the core answers).
    if (before) set({ info: { ...before, durability } });
    try {
      set({ info: await api['inbound:setDurability']({ durability }), error: null });
    } catch (error) {
      set({ info: before, error: errorMessage(error) });
    }
  },
}));

/** The URL to give a vendor for everything (`any` endpoint), else the listener's base URL. */
export function primaryWebhookUrl(info: ListenerInfo | null): string | null {
  if (!info) return null;
  return info.endpoints.find((e) => e.source === 'any')?.url ?? info.endpoints[0]?.url ?? info.url;
}

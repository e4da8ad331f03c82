import { create } from 'zustand';
import { errorMessage } from '../../api-errors';
import { listenerInfo, type ListenerInfo } from './feed-api';

/** Where the listener is and what to paste into the vendor's console. */
interface ListenerState {
  info: ListenerInfo | null;
  error: string | null;
  load(): Promise<void>;
}

export const useListenerStore = create<ListenerState>((set) => ({
  info: null,
  error: null,
  load: async () => {
    try {
      set({ info: await listenerInfo(), error: null });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
}));

/** The URL to give a vendor for everything (`any` endpoint), else the listener's base URL. */
export function primaryWebhookUrl(info: ListenerInfo | null): string | null {
  if (!info) return null;
  return info.endpoints.find((e) => e.source === 'any')?.url ?? info.endpoints[0]?.url ?? info.url;
}

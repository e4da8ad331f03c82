import { create } from 'zustand';
import type { AppInfo, AppStatus } from '../../../../shared/contract/app';
import { api } from '../../api';

/** Facts for the status bar: where the data lives, whether the listener runs, online or not. */
interface StatusState {
  info: AppInfo | null;
  status: AppStatus | null;
  browserOnline: boolean;
  load(): Promise<void>;
}

export const useStatusStore = create<StatusState>((set) => ({
  info: null,
  status: null,
  browserOnline: navigator.onLine,
  load: async () => {
    const [info, status] = await Promise.all([api['app:info'](), api['app:status']()]);
    set({ info, status });
  },
}));

api.on('app:status', (status) => useStatusStore.setState({ status }));
window.addEventListener('online', () => useStatusStore.setState({ browserOnline: true }));
window.addEventListener('offline', () => useStatusStore.setState({ browserOnline: false }));

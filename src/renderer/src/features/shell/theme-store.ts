import { create } from 'zustand';
import type { Theme } from '../../../../shared/contract/app';
import { api } from '../../api';

/** Light, dark or follow the OS; kept in the core's settings so every shell agrees. */
interface ThemeState {
  theme: Theme;
  load(): Promise<void>;
  setTheme(theme: Theme): Promise<void>;
}

function apply(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
}

/** Set once the user picks a theme: the stored one, if it answers after that, is older than their choice. */
let chosen = false;

export const useThemeStore = create<ThemeState>((set) => ({
  theme: 'system',
  load: async () => {
    const theme = await api['app:getTheme']();
    if (chosen) return;
    apply(theme);
    set({ theme });
  },
  setTheme: async (theme) => {
    chosen = true;
    apply(theme);
    set({ theme });
    await api['app:setTheme'](theme);
  },
}));

import { create } from 'zustand';
import { isAreaId, type AreaId } from './areas';

/** The current area, mirrored in location.hash so reloads and back/forward keep it. */
interface NavState {
  area: AreaId;
  /** Unread counts per area, shown as badges (e.g. new inbound events). */
  badges: Partial<Record<AreaId, number>>;
  go(area: AreaId): void;
  setBadge(area: AreaId, count: number): void;
}

function areaFromHash(): AreaId {
  const id = location.hash.replace(/^#\/?/, '');
  return isAreaId(id) ? id : 'compose';
}

export const useNavStore = create<NavState>((set) => ({
  area: areaFromHash(),
  badges: {},
  go: (area) => {
    if (location.hash !== `#/${area}`) history.pushState(null, '', `#/${area}`);
    set({ area });
  },
  setBadge: (area, count) => set((state) => ({ badges: { ...state.badges, [area]: count } })),
}));

window.addEventListener('popstate', () => useNavStore.setState({ area: areaFromHash() }));

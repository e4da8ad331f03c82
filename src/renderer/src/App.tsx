import { useEffect, type ComponentType } from 'react';
import { AreaBoundary } from './components/AreaBoundary';
import { areas, type AreaId } from './features/shell/areas';
import { useAreaShortcuts } from './features/shell/area-shortcuts';
import { NavRail } from './features/shell/NavRail';
import { useNavStore } from './features/shell/nav-store';
import { StatusBar } from './features/shell/StatusBar';
import { useStatusStore } from './features/shell/status-store';
import { useThemeStore } from './features/shell/theme-store';
import { ComposePage } from './features/compose/ComposePage';
import { HistoryPage } from './features/history/HistoryPage';
import { InboundPage } from './features/inbound/InboundPage';
import './features/inbound/live';
import { RcsDesignerPage } from './features/rcs-designer/RcsDesignerPage';
import { SettingsPage } from './features/settings/SettingsPage';
import { TemplatesPage } from './features/templates/TemplatesPage';

const pages: Record<AreaId, ComponentType> = {
  compose: ComposePage,
  templates: TemplatesPage,
  rcs: RcsDesignerPage,
  inbound: InboundPage,
  history: HistoryPage,
  settings: SettingsPage,
};

export function App() {
  const area = useNavStore((s) => s.area);
  useAreaShortcuts();
  useEffect(() => {
    void useStatusStore.getState().load();
    void useThemeStore.getState().load();
  }, []);
  const Page = pages[area];
  const label = areas.find((a) => a.id === area)?.label ?? area;
  return (
    <div className="app">
      <NavRail />
      <main className="content" id="main">
        <AreaBoundary key={area} label={label}>
          <Page />
        </AreaBoundary>
      </main>
      <StatusBar />
    </div>
  );
}

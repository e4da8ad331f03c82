import { useConnectionStore } from './connection-store';
import { useStatusStore } from './status-store';
import { useThemeStore } from './theme-store';
import type { Theme } from '../../../../shared/contract/app';

const themeLabels: Record<Theme, string> = { system: 'Theme: system', light: 'Theme: light', dark: 'Theme: dark' };
const nextTheme: Record<Theme, Theme> = { system: 'light', light: 'dark', dark: 'system' };

export function StatusBar() {
  const { info, status, browserOnline } = useStatusStore();
  const connected = useConnectionStore((s) => s.connected);
  const { theme, setTheme } = useThemeStore();
  const online = browserOnline && (status?.online ?? true);
  const listener = status?.listener;
  return (
    <footer className="status-bar" role="contentinfo">
      {!connected && (
        <span className="status-item danger" role="alert">
          Disconnected from Relaydesk; reconnecting…
        </span>
      )}
      <span className="status-item" title={info?.databaseFile ?? ''} data-testid="status-data-dir">
        Data: {info?.dataDir ?? '…'}
      </span>
      <span className={`status-item ${listener?.running ? 'ok' : 'muted'}`} data-testid="status-listener">
        <span className="dot" aria-hidden="true" />
        {listener?.running ? `Listener on ${listener.url ?? ''}` : listener?.error ? `Listener stopped: ${listener.error}` : 'Listener off'}
      </span>
      <span
        className={`status-item ${status?.sandbox.running ? 'ok' : 'muted'}`}
        data-testid="status-sandbox"
        title={status?.sandbox.error ?? 'The built-in sandbox answers the Sandbox profile locally'}
      >
        <span className="dot" aria-hidden="true" />
        {status?.sandbox.running ? 'Sandbox ready' : status?.sandbox.error ? 'Sandbox stopped' : 'Sandbox off'}
      </span>
      <span className={`status-item ${online ? 'ok' : 'warn'}`} data-testid="status-online">
        <span className="dot" aria-hidden="true" />
        {online ? 'Online' : 'Offline: sends wait in the outbox'}
      </span>
      <span className="spacer" />
      <button type="button" className="status-button" onClick={() => void setTheme(nextTheme[theme])}>
        {themeLabels[theme]}
      </button>
      <span className="status-item muted">
        {info ? `${info.shell === 'electron' ? 'Desktop' : 'Browser mode'} · v${info.version}` : ''}
      </span>
    </footer>
  );
}

import { app, type BrowserWindow, dialog, protocol } from 'electron';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCore, type Core } from './core';
import { defaultDataDir } from './core/data-dir';
import { createFileLogger } from './core/logger';
import { onProcessFault } from './core/process-faults';
import { bindIpc, forwardEvents, senderIsOurTopFrame } from './ipc';
import { denyAllPermissions } from './security';
import { APP_SCHEME, appUrlChecker, rendererResponse } from './renderer-protocol';
import { createMainWindow, preloadPath, rendererDirPath } from './window';

const mainDir = dirname(fileURLToPath(import.meta.url));
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const rendererDir = rendererDirPath(mainDir);
const isAppUrl = appUrlChecker(devServerUrl);

/** better-sqlite3 built for Electron's ABI (scripts/electron-native.mjs); Node's build serves the CLI. */
function electronNativeBinding(): string | undefined {
  const candidate = join(mainDir, '../../.native', `electron-${process.versions.electron}`, 'better_sqlite3.node');
  return existsSync(candidate) ? candidate : undefined;
}

const dataDir = process.env.RELAYDESK_DATA_DIR ?? defaultDataDir(process.env, process.platform);

let core: Core | undefined;
let window: BrowserWindow | undefined;

// What escaped every handler is a bug: it goes to the log, and an uncaught exception (after which
// something may no longer work) is also shown, instead of Electron's bare stack or nothing.
const faultLog = createFileLogger(dataDir);
onProcessFault((fault) => {
  faultLog.error(`internal error: ${fault.what}`, { detail: fault.detail });
  console.error(`Relaydesk internal error: ${fault.what}\n${fault.detail}`);
  if (!fault.fatal || !app.isReady()) return;
  const logFile = join(dataDir, 'logs', 'relaydesk.log');
  dialog.showErrorBox(
    'Relaydesk hit an internal error',
    `${fault.what}: ${fault.detail.split('\n')[0]}\n\nThe details are in ${logFile}. If something no longer works, restart Relaydesk; what was saved is kept.`,
  );
});

async function start(): Promise<void> {
  denyAllPermissions();
  try {
    core = await createCore({ dataDir, shell: 'electron', nativeBinding: electronNativeBinding() });
  } catch (error) {
    dialog.showErrorBox('Relaydesk cannot start', (error as Error).message);
    app.exit(1);
    return;
  }
  bindIpc(core, (event) => senderIsOurTopFrame(event, () => window?.webContents, isAppUrl));
  // The renderer comes from app://relaydesk/ (renderer-protocol.ts), never file://.
  protocol.handle(APP_SCHEME, (request) => rendererResponse(rendererDir, request));
  window = createMainWindow({ preload: preloadPath(mainDir), devServerUrl, isAppUrl });
  forwardEvents(core, window.webContents);
  window.on('closed', () => (window = undefined));
}

app.enableSandbox();
// Before ready, as Electron requires: a standard, secure scheme gets an origin of its own, so
// 'self', relative URLs and the CSP mean app://relaydesk and nothing else.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
if (!app.requestSingleInstanceLock()) app.quit();
app.on('second-instance', () => window?.focus());
app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
});
app.whenReady().then(start, (error: unknown) => {
  dialog.showErrorBox('Relaydesk cannot start', String(error));
  app.exit(1);
});
app.on('window-all-closed', () => app.quit());
app.on('will-quit', (event) => {
  if (!core) return;
  event.preventDefault();
  const closing = core;
  core = undefined;
  void closing.close().finally(() => app.exit(0));
});

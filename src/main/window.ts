import { BrowserWindow } from 'electron';
import { join } from 'node:path';
import iconIco from '../../resources/icon.ico?asset';
import iconPng from '../../resources/icon.png?asset';
import { APP_INDEX_URL } from './renderer-protocol';
import { lockNavigation } from './security';

/**
 * The window's own icon (title bar, taskbar, Alt+Tab) on Linux and Windows; macOS takes the
 * bundle's icon.icns and ignores this. electron-vite resolves resources/ beside the built out/.
 */
function windowIcon(): string | undefined {
  if (process.platform === 'win32') return iconIco;
  if (process.platform === 'linux') return iconPng;
  return undefined;
}

export function createMainWindow(options: {
  preload: string;
  devServerUrl: string | undefined;
  isAppUrl: (url: string) => boolean;
}): BrowserWindow {
  const icon = windowIcon();
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Relaydesk',
    ...(icon ? { icon } : {}),
    backgroundColor: '#101418',
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: true,
    },
  });
  lockNavigation(window.webContents, options.isAppUrl);
  window.once('ready-to-show', () => window.show());
  if (options.devServerUrl) void window.loadURL(options.devServerUrl);
  else void window.loadURL(APP_INDEX_URL);
  return window;
}

export const rendererDirPath = (mainDir: string): string => join(mainDir, '../renderer');
export const preloadPath = (mainDir: string): string => join(mainDir, '../preload/index.cjs');

import { BrowserWindow } from 'electron';
import { join } from 'node:path';
import { APP_INDEX_URL } from './renderer-protocol';
import { lockNavigation } from './security';

export function createMainWindow(options: {
  preload: string;
  devServerUrl: string | undefined;
  isAppUrl: (url: string) => boolean;
}): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Relaydesk',
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

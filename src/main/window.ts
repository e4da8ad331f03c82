import { BrowserWindow } from 'electron';
import { join } from 'node:path';
import { lockNavigation } from './security';

/** The app's own pages: the dev server in development, the packaged files otherwise. */
export function appUrlChecker(devServerUrl: string | undefined, rendererIndex: string): (url: string) => boolean {
  const fileUrl = new URL(`file://${rendererIndex}`).href;
  return (raw) => {
    try {
      const url = new URL(raw);
      if (devServerUrl) return url.origin === new URL(devServerUrl).origin;
      return url.protocol === 'file:' && `file://${url.pathname}` === new URL(fileUrl).href.split('?')[0];
    } catch {
      return false;
    }
  };
}

export function createMainWindow(options: {
  preload: string;
  devServerUrl: string | undefined;
  rendererIndex: string;
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
  else void window.loadFile(options.rendererIndex);
  return window;
}

export const rendererIndexPath = (mainDir: string): string => join(mainDir, '../renderer/index.html');
export const preloadPath = (mainDir: string): string => join(mainDir, '../preload/index.cjs');

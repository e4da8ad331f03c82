import { session, shell, type WebContents } from 'electron';

/** Where external links may go: the vendor's docs and consoles, opened in the user's browser. */
const EXTERNAL_PROTOCOLS = new Set(['https:', 'mailto:']);

export function isSafeExternalUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return EXTERNAL_PROTOCOLS.has(url.protocol) && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/** Opens a link in the user's browser only when it is an https/mailto URL with no credentials. */
export async function openExternalChecked(raw: string): Promise<boolean> {
  if (!isSafeExternalUrl(raw)) return false;
  await shell.openExternal(raw);
  return true;
}

/** Denies every permission (camera, notifications, geolocation...) to every page by default. */
export function denyAllPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}

/** The window may never navigate away from the app or open windows; links go to the browser. */
export function lockNavigation(contents: WebContents, isAppUrl: (url: string) => boolean): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalChecked(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

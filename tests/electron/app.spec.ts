import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The installed Electron binary, found without require('electron') (which would download it). */
function electronBinary(): string | undefined {
  const pkg = join(root, 'node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(pkg, 'dist');
  if (!existsSync(pathFile)) return undefined;
  const binary = join(dist, readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

const binary = electronBinary();

test.describe('Electron shell', () => {
  test.skip(!binary, 'No Electron binary on this machine (it cannot be downloaded here); browser-mode specs cover the renderer.');

  test('opens the console with the security settings on', async () => {
    const app = await electron.launch({
      executablePath: binary,
      args: [join(root, 'out', 'main', 'index.js')],
      env: { ...process.env, RELAYDESK_DATA_DIR: mkdtempSync(join(tmpdir(), 'relaydesk-electron-')) },
    });
    const page = await app.firstWindow();
    await expect(page.getByRole('navigation', { name: 'Areas' })).toBeVisible();
    // Served from our own scheme, not file:// (whose origin is the whole file system).
    expect(page.url()).toBe('app://relaydesk/index.html');
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      const web = BrowserWindow.getAllWindows()[0]!.webContents;
      const p = (web as unknown as { getLastWebPreferences(): Record<string, unknown> }).getLastWebPreferences();
      return { contextIsolation: p.contextIsolation, sandbox: p.sandbox, nodeIntegration: p.nodeIntegration, webSecurity: p.webSecurity };
    });
    expect(prefs).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    // The renderer has the contract bridge and no Node.
    expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
    expect(await page.evaluate(() => typeof (window as unknown as { relaydesk?: unknown }).relaydesk)).toBe('object');
    // Navigation away and new windows are denied.
    const before = page.url();
    await page.evaluate(() => {
      location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe(before);
    await page.evaluate(() => {
      window.open('https://example.com/');
    });
    await page.waitForTimeout(500);
    expect(app.windows()).toHaveLength(1);
    await app.close();
  });
});

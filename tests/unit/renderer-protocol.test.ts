import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_INDEX_URL, appUrlChecker, rendererResponse } from '../../src/main/renderer-protocol';
import { tempDir } from './helpers/temp-dir';

// The desktop window's app://relaydesk/ scheme, through the handler Electron calls (no Electron
// binary here: the handler is plain Node, fed the requests the window would make).

function builtRenderer(): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Relaydesk</title>');
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
  return dir;
}

const get = (dir: string, url: string, method = 'GET') => rendererResponse(dir, { url, method });

describe('app:// for the desktop renderer', () => {
  it('serves the built renderer with a CSP that loads no plain-http media', async () => {
    const dir = builtRenderer();
    const index = await get(dir, APP_INDEX_URL);
    expect(index.status).toBe(200);
    expect(await index.text()).toContain('Relaydesk');
    const csp = index.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/\bhttp:/);
    const script = await get(dir, 'app://relaydesk/assets/app.js');
    expect(script.headers.get('content-type')).toContain('text/javascript');
  });

  it('serves nothing outside the renderer folder, for no other host, and only GET', async () => {
    const dir = builtRenderer();
    writeFileSync(join(dir, '..', 'secret.txt'), 'root:x:0:0');
    for (const url of ['app://relaydesk/..%2fsecret.txt', 'app://relaydesk/%2e%2e/secret.txt', 'app://relaydesk/../secret.txt']) {
      expect(await (await get(dir, url)).text()).not.toContain('root:');
    }
    expect((await get(dir, 'app://elsewhere/index.html')).status).toBe(404);
    expect((await get(dir, 'app://user:pw@relaydesk/index.html')).status).toBe(404);
    expect((await get(dir, APP_INDEX_URL, 'POST')).status).toBe(405);
  });

  it('counts only app://relaydesk as our page (no file://, no other origin)', () => {
    const isApp = appUrlChecker(undefined);
    expect(isApp('app://relaydesk/index.html')).toBe(true);
    expect(isApp('app://relaydesk/#/inbound')).toBe(true);
    expect(isApp('file:///work/out/renderer/index.html')).toBe(false);
    expect(isApp('app://evil/index.html')).toBe(false);
    expect(isApp('https://relaydesk/index.html')).toBe(false);
    const dev = appUrlChecker('http://localhost:5173');
    expect(dev('http://localhost:5173/')).toBe(true);
    expect(dev('app://relaydesk/index.html')).toBe(false);
  });
});

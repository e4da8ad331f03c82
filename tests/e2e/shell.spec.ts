import { areas } from '../../src/renderer/src/features/shell/areas';
import { expect, test } from './fixtures';
import { holdCalls } from './hold-calls';

test.describe('app shell in browser mode', () => {
  test('opens with the token and shows every area with an empty state', async ({ page, served }) => {
    await page.goto(served.url);
    await expect(page.getByRole('navigation', { name: 'Areas' })).toBeVisible();
    for (const area of areas) {
      await page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name: area.label }).click();
      await expect(page.getByRole('heading', { level: 1, name: area.label })).toBeVisible();
      await expect(page.getByRole('button', { name: area.label })).toHaveAttribute('aria-current', 'page');
    }
    await expect(page.getByTestId('status-data-dir')).toContainText(served.dataDir);
  });

  test('keyboard shortcuts move between areas and the hash survives a reload', async ({ page, served }) => {
    await page.goto(served.url);
    // Browser mode: Ctrl+1..6 belong to the browser's tabs, so areas are on Alt+1..6, and the hints say so.
    const nav = page.getByRole('navigation', { name: 'Areas' });
    await expect(nav.getByRole('button', { name: 'Inbound' })).toHaveAttribute('title', /^Inbound \((Alt\+|⌥)4\)$/);
    await expect(nav.getByRole('button', { name: 'Inbound' })).toHaveAttribute('aria-keyshortcuts', 'Alt+4');
    await page.keyboard.press('Control+4'); // the handler runs during the press: nothing moved
    expect(await page.evaluate(() => location.hash)).not.toBe('#/inbound');
    await page.keyboard.press('Alt+4');
    await expect(page.getByRole('heading', { level: 1, name: 'Inbound' })).toBeVisible();
    await page.keyboard.press('Alt+5');
    await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
    await page.keyboard.press('Alt+4');
    await expect(page.getByRole('heading', { level: 1, name: 'Inbound' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Inbound' })).toBeVisible();
  });

  test('light and dark themes follow the OS and can be chosen', async ({ page, served }, testInfo) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(served.url);
    await expect(page.getByRole('heading', { level: 1, name: 'Compose' })).toBeVisible();
    const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.screenshot({ path: testInfo.outputPath('shell-light.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(dark).not.toBe(light);
    await page.screenshot({ path: testInfo.outputPath('shell-dark.png') });

    // An explicit choice wins over the OS and is remembered by the core.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByRole('button', { name: /^Theme:/ }).click(); // system -> light
    await expect(page.getByRole('button', { name: 'Theme: light' })).toBeVisible();
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(light);
    await page.reload();
    await expect(page.getByRole('button', { name: 'Theme: light' })).toBeVisible();
    await page.getByRole('button', { name: 'Theme: light' }).click(); // -> dark
    await page.getByRole('button', { name: 'Theme: dark' }).click(); // -> system
    await expect(page.getByRole('button', { name: 'Theme: system' })).toBeVisible();
  });
});

test('a theme picked before the stored one arrives stays picked', async ({ page, freshServed }) => {
  const loads = await holdCalls(page, 'app:getTheme');
  loads.hold();
  await page.goto(freshServed.url);
  await expect.poll(() => loads.held()).toBe(1);
  await page.getByRole('button', { name: 'Theme: system' }).click();
  await expect(page.getByRole('button', { name: 'Theme: light' })).toBeVisible();
  await loads.release();
  await page.waitForTimeout(500); // time for the stored theme to be applied
  await expect(page.getByRole('button', { name: 'Theme: light' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
});

test.describe('browser mode refuses strangers', () => {
  test('no token, a wrong token, a foreign Host or Origin get 403', async ({ request, served }) => {
    const noToken = await request.get(served.origin + '/');
    expect(noToken.status()).toBe(403);
    const wrongToken = await request.get(served.origin + '/?token=' + 'a'.repeat(64));
    expect(wrongToken.status()).toBe(403);
    const foreignHost = await request.get(served.url, { headers: { Host: 'evil.example:80' } });
    expect(foreignHost.status()).toBe(403);
    const foreignOrigin = await request.get(served.url, { headers: { Origin: 'http://evil.example' } });
    expect(foreignOrigin.status()).toBe(403);
    const ok = await request.get(served.url);
    expect(ok.status()).toBe(200);
    expect(ok.headers()['access-control-allow-origin']).toBeUndefined();
  });

  test('a page on another origin cannot open the socket', async ({ page, served }) => {
    await page.goto('about:blank');
    const outcome = await page.evaluate(
      async (wsUrl) => {
        return new Promise<string>((resolve) => {
          const ws = new WebSocket(wsUrl);
          ws.onopen = () => resolve('opened');
          ws.onerror = () => resolve('refused');
        });
      },
      served.origin.replace('http', 'ws') + '/socket?token=' + served.token,
    );
    // about:blank sends Origin "null", which is not ours.
    expect(outcome).toBe('refused');
  });
});

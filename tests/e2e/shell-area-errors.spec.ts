import type { WebSocketRoute } from '@playwright/test';
import { expect, test } from './fixtures';

// A render error in one area (here: the core answers the template list with something that is not
// a list, as a bug or a core of another version could) shows a message in that area with
// "Reload this area", not a white window; the navigation and the other areas keep working.

test('a crash in one area is shown there with "Reload this area", and the rest of the console keeps working', async ({
  page,
  freshServed,
}) => {
  // A console of its own: the empty template list at the end must not depend on what other specs saved.
  test.setTimeout(90_000);
  let corrupt = true;
  const sockets: WebSocketRoute[] = [];
  await page.routeWebSocket(/\/socket/, (ws) => {
    sockets.push(ws);
    const server = ws.connectToServer();
    const listCalls = new Set<number>();
    ws.onMessage((message) => {
      const call = JSON.parse(String(message)) as { id: number; call: string };
      if (corrupt && call.call === 'templates:list') listCalls.add(call.id);
      server.send(message);
    });
    server.onMessage((message) => {
      const reply = JSON.parse(String(message)) as { id?: number };
      if (reply.id !== undefined && listCalls.delete(reply.id)) ws.send(JSON.stringify({ id: reply.id, ok: true, output: 'not a list' }));
      else ws.send(message);
    });
  });
  await page.goto(freshServed.url);
  const nav = page.getByRole('navigation', { name: 'Areas' });
  await nav.getByRole('button', { name: 'Templates' }).click();

  const alert = page.getByRole('alert').filter({ hasText: 'Templates stopped working' });
  await expect(alert).toBeVisible();
  await expect(alert.getByRole('button', { name: 'Reload this area' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('area-error.png') });

  // The other areas are untouched.
  await nav.getByRole('button', { name: 'Compose' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Compose' })).toBeVisible();
  await nav.getByRole('button', { name: 'Templates' }).click();
  await expect(alert).toBeVisible();

  // Once the list is sound again (the reconnect reloads it), the area comes back on a click.
  corrupt = false;
  for (const ws of sockets) await ws.close();
  await expect(async () => {
    if (await alert.isVisible()) await alert.getByRole('button', { name: 'Reload this area' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Templates' })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByText('No templates yet')).toBeVisible();
});

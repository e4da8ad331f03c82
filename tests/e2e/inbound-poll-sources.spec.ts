import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './fixtures';
import { holdCalls } from './hold-calls';

// Inbound → Setup → poll sources against the real core: an answer that arrives after the user
// removed its source does not bring the source back.

test('a source removed while its "Poll now" answer is on its way stays removed', async ({ page, freshServed }) => {
  const feed = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/x-ndjson' });
    res.end('');
  });
  await new Promise<void>((resolve) => feed.listen(0, '127.0.0.1', resolve));
  try {
    const polls = await holdCalls(page, 'inbound:pollNow');
    await page.goto(freshServed.url + '#/inbound');
    await page.getByRole('tab', { name: 'Setup' }).click();
    const form = page.getByRole('form', { name: 'Add a poll source' });
    await form.getByLabel('Name').fill('Quiet feed');
    await form.getByLabel('URL').fill(`http://127.0.0.1:${(feed.address() as AddressInfo).port}/events`);
    await form.getByLabel('Every (seconds)').fill('3600');
    await form.getByRole('button', { name: 'Add poll source' }).click();
    const source = page.getByTestId('poll-source').filter({ hasText: 'Quiet feed' });
    await expect(source).toBeVisible();

    polls.hold();
    await source.getByRole('button', { name: 'Poll now' }).click();
    await expect.poll(() => polls.held()).toBe(1);
    await source.getByRole('button', { name: 'Remove' }).click();
    await source.getByRole('button', { name: 'Really remove?' }).click();
    await expect(source).toHaveCount(0);
    await polls.release();
    await page.waitForTimeout(500); // time for the answer to be applied
    await expect(source).toHaveCount(0);
  } finally {
    feed.close();
  }
});

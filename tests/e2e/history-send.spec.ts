import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { callCore } from './call-core';
import { expect, test } from './fixtures';

const msisdn = (i: number) => `4479${String(i).padStart(8, '0')}`;

test.describe('History', () => {
  // Receipts come from the sandbox on timers; a busy machine must not fail the spec.
  test.describe.configure({ timeout: 90_000 });

  test('a bulk send through the in-app sandbox shows up with its progress, answer and receipts', async ({ page, served }, testInfo) => {
    await page.goto(served.url);
    await page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name: 'History' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();

    // Send over the same contract the renderer uses (a second socket with the page's token).
    const body = {
      channel: 'sms',
      from: 'RELAYDESK',
      content: { type: 'text', text: 'Hello $(name), your table is ready' },
      to: Array.from({ length: 12 }, (_, i) => ({ msisdn: [msisdn(i)], correlationId: `e2e-${i}`, substitutions: { name: `Guest ${i}` } })),
    };
    const receipt = await callCore<{ jobId: string; requestCount: number }>(page, 'outbound:send', { profileId: 'sandbox', body });
    expect(receipt.ok).toBe(true);
    expect(receipt.output?.requestCount).toBe(2);

    // TPS 10: one send of two requests (10 + 2 destinations); the list updates live.
    const sends = page.getByRole('list', { name: 'Sends' });
    const item = sends.locator(':scope > li').filter({ hasText: 'Hello Guest 0, your table is ready' });
    await expect(item).toBeVisible({ timeout: 10_000 });
    await expect(item).toContainText('12 in 2 requests');
    await expect(item).toContainText(msisdn(0));
    await item.locator('.send-row').click();
    await item.getByRole('tab', { name: /API requests/ }).click();
    const list = item.getByRole('listbox', { name: 'API requests' });
    await expect(list.getByRole('option')).toHaveCount(2);
    await expect(list.getByText('API accepted')).toHaveCount(2, { timeout: 10_000 });

    // The first request sent (10 destinations) is the older one: last in the newest-first list.
    await list
      .getByRole('option')
      .filter({ hasText: msisdn(0) })
      .click();
    const detail = item.getByLabel('Request detail');
    await expect(detail.getByRole('heading', { name: /v2 sms · 10 destinations/ })).toBeVisible();
    await expect(detail.getByText('Try 1: Accepted by the API')).toBeVisible();
    await expect(detail.locator('.history-json').first()).toContainText('"correlationId": "e2e-0"');
    // Receipts posted by the sandbox to the listener join the timeline live.
    await expect(detail.getByText(/^Receipt: /).first()).toBeVisible({ timeout: 15_000 });
    // Times are 24-hour, like Inbound's.
    await expect(detail.locator('.history-timeline time').first()).toHaveText(/^(\w+ \d+ )?\d{2}:\d{2}:\d{2}$/);
    await page.screenshot({ path: testInfo.outputPath('history-light.png'), fullPage: true });

    // Search narrows the list of sends.
    await page.getByRole('searchbox', { name: 'Search history' }).fill(msisdn(11));
    await expect(sends.locator(':scope > li')).toHaveCount(1);
    await page.getByRole('searchbox', { name: 'Search history' }).fill('no-such-destination-anywhere');
    await expect(page.getByText('No send matches “no-such-destination-anywhere”.')).toBeVisible();
    await page.getByRole('searchbox', { name: 'Search history' }).fill('');
    await expect(item).toBeVisible();
    // The open send and its chosen request are still open.
    await item.getByRole('tab', { name: /API requests/ }).click();
    await expect(detail.getByRole('heading', { name: /v2 sms · 10 destinations/ })).toBeVisible();

    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: testInfo.outputPath('history-dark.png'), fullPage: true });

    // "Open as new draft" hands the body to Compose.
    const handed = page.evaluate(
      () =>
        new Promise<unknown>((resolve) =>
          window.addEventListener('relaydesk:open-draft', (event) => resolve((event as CustomEvent).detail), { once: true }),
        ),
    );
    await detail.getByRole('button', { name: 'Open as new draft' }).click();
    expect(await handed).toMatchObject({ api: 'v2', body: { channel: 'sms', from: 'RELAYDESK' } });
    await expect(page.getByRole('heading', { level: 1, name: 'Compose' })).toBeVisible();
  });

  test('a running send shows its progress and can be cancelled', async ({ page, served }, testInfo) => {
    await page.goto(served.url);
    await page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name: 'History' }).click();
    const body = {
      channel: 'sms',
      from: 'RELAYDESK',
      content: { type: 'text', text: 'Sale starts now' },
      to: [{ msisdn: Array.from({ length: 80 }, (_, i) => msisdn(1000 + i)) }],
    };
    const receipt = await callCore<{ jobId: string; requestCount: number }>(page, 'outbound:send', { profileId: 'sandbox', body });
    expect(receipt.output?.requestCount).toBe(8);
    const progress = page.getByRole('group', { name: 'Send progress' });
    await expect(progress).toBeVisible();
    await expect(progress).toContainText(/\d+ accepted by the API · 0 not accepted · \d+ remaining/);
    await page.screenshot({ path: testInfo.outputPath('history-progress.png'), fullPage: true });
    await progress.getByRole('button', { name: 'Cancel' }).click();
    await expect(progress).toHaveCount(0);
    const item = page.getByRole('list', { name: 'Sends' }).locator(':scope > li').filter({ hasText: 'Sale starts now' });
    await expect(item).toContainText('cancelled');
    await item.locator('.send-row').click();
    await item.getByRole('tab', { name: /API requests/ }).click();
    await expect(item.getByRole('listbox', { name: 'API requests' }).getByRole('option').first()).toContainText('Cancelled');
  });
  test('a send from the CLI shows up in an open History without a reload', async ({ page, freshServed }) => {
    await page.goto(freshServed.url);
    await page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name: 'History' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'No messages sent yet' })).toBeVisible();
    const file = join(freshServed.dataDir, 'request.json');
    writeFileSync(
      file,
      JSON.stringify({
        deliverychannel: 'sms',
        channels: { sms: { text: 'Sent from a terminal', type: '1' } },
        destination: [{ msisdn: ['447700900777'] }],
      }),
    );
    const sent = await freshServed.cli(['send', '--profile', 'Sandbox', '--file', file]);
    expect(sent.code, sent.stderr).toBe(0);
    const sends = page.getByRole('list', { name: 'Sends' });
    await expect(sends.locator(':scope > li').filter({ hasText: '447700900777' })).toBeVisible({ timeout: 10_000 });
  });
});

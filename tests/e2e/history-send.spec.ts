import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { callCore } from './call-core';
import { expect, test } from './fixtures';


const msisdn = (i: number) => `4479${String(i).padStart(8, '0')}`;

test.describe('History', () => {
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

    // TPS 10: two requests, 10 + 2 destinations, both accepted; the list updates live.
    const list = page.getByRole('listbox', { name: 'Sent requests' });
    await expect(list.getByRole('option')).toHaveCount(2);
    await expect(list.getByText('Accepted')).toHaveCount(2, { timeout: 10_000 });
    await expect(page.getByRole('button', { name: /Accepted 2/ })).toBeVisible();

    // The first request sent (10 destinations) is the older one: last in the newest-first list.
    await list.getByRole('option').filter({ hasText: msisdn(0) }).click();
    const detail = page.getByLabel('Request detail');
    await expect(detail.getByRole('heading', { name: /v2 sms · 10 destinations/ })).toBeVisible();
    await expect(detail.getByText('Try 1: Accepted by the API')).toBeVisible();
    await expect(detail.locator('.history-json').first()).toContainText('"correlationId": "e2e-0"');
    // Receipts posted by the sandbox to the listener join the timeline live.
    await expect(detail.getByText(/^Receipt: /).first()).toBeVisible({ timeout: 15_000 });
    await page.screenshot({ path: testInfo.outputPath('history-light.png'), fullPage: true });

    // Filter chips and search narrow the list.
    await page.getByRole('searchbox', { name: 'Search history' }).fill(msisdn(11));
    await expect(list.getByRole('option')).toHaveCount(1);
    await page.getByRole('searchbox', { name: 'Search history' }).fill('');
    await expect(list.getByRole('option')).toHaveCount(2);

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
    await expect(progress).toContainText(/\d+ sent · 0 failed · \d+ remaining/);
    await page.screenshot({ path: testInfo.outputPath('history-progress.png'), fullPage: true });
    await progress.getByRole('button', { name: 'Cancel' }).click();
    await expect(progress).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Cancelled \d+/ })).toBeVisible();
    await page.getByRole('button', { name: /^Cancelled \d+/ }).click();
    await expect(page.getByRole('listbox', { name: 'Sent requests' }).getByRole('option').first()).toContainText('Cancelled');
  });
  test('a send from the CLI shows up in an open History without a reload', async ({ page, freshServed }) => {
    await page.goto(freshServed.url);
    await page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name: 'History' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
    const file = join(freshServed.dataDir, 'request.json');
    writeFileSync(file, JSON.stringify({ deliverychannel: 'sms', channels: { sms: { text: 'Sent from a terminal', type: '1' } }, destination: [{ msisdn: ['447700900777'] }] }));
    const sent = await freshServed.cli(['send', '--profile', 'Sandbox', '--file', file]);
    expect(sent.code, sent.stderr).toBe(0);
    const list = page.getByRole('listbox', { name: 'Sent requests' });
    await expect(list.getByRole('option').filter({ hasText: '447700900777' })).toBeVisible({ timeout: 10_000 });
  });
});

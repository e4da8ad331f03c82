import { SANDBOX_SERVICE_KEY } from '../../src/shared/sandbox';
import { expect, test } from './fixtures';

// Settings → Sandbox against the real `relaydesk serve`: the in-app sandbox, its receipts posted
// to the real listener, and the live activity panel.
test.describe('Settings → Sandbox', () => {
  test('shows where the sandbox runs and its activity as requests, receipts and replies happen', async ({
    page,
    freshServed: served,
    request,
  }, testInfo) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(served.url);
    await page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name: 'Settings' }).click();
    const heading = page.getByRole('heading', { level: 2, name: 'Sandbox' });
    await heading.scrollIntoViewIfNeeded();
    await expect(page.getByText('Nothing yet. Send a test message')).toBeVisible();
    const address = page.locator('.sandbox-status code').first();
    await expect(address).toHaveText(/^http:\/\/127\.0\.0\.1:\d+$/);
    const sandboxUrl = (await address.textContent())!;
    await expect(page.getByText(/Destinations ending in 13 fail/)).toBeVisible();

    const answer = await request.post(`${sandboxUrl}/resources/v1/messaging`, {
      headers: { key: SANDBOX_SERVICE_KEY },
      data: {
        deliverychannel: 'sms',
        channels: { sms: { type: '1', text: 'Hello from the e2e test', senderid: 'DEMO' } },
        destination: [{ msisdn: ['447700900001', '447700900013'] }],
      },
    });
    expect((await answer.json()).response).toHaveLength(2);
    const rejected = await request.post(`${sandboxUrl}/v2/messages`, { headers: { key: 'wrong' }, data: {} });
    expect(rejected.status()).toBe(401);

    const log = page.getByRole('list', { name: 'Sandbox activity' });
    await expect(log.getByText('v1 POST /resources/v1/messaging · HTTP 200 · 1001')).toBeVisible();
    await expect(log.getByText('v2 POST /v2/messages · HTTP 401')).toBeVisible();
    await expect(log.getByText('Receipt Delivered (7500) for 447700900001')).toBeVisible({ timeout: 10_000 });
    await expect(log.getByText('Receipt Failed (7201) for 447700900013')).toBeVisible({ timeout: 10_000 });
    await expect(log.getByText(/^Reply from 447700900001: Sandbox reply to "Hello from the e2e test"/)).toBeVisible({ timeout: 10_000 });

    // The detail shows the request with the key redacted.
    const row = log.getByRole('listitem').filter({ hasText: 'v1 POST /resources/v1/messaging · HTTP 200 · 1001' });
    await row.getByText('v1 POST /resources/v1/messaging · HTTP 200 · 1001').click();
    await expect(row.locator('.sandbox-json')).toContainText('"key": "(valid)"');
    await expect(page.locator('body')).not.toContainText(`"key": "${SANDBOX_SERVICE_KEY}"`);

    await page.getByRole('heading', { level: 3, name: 'Activity' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath('sandbox-light.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: testInfo.outputPath('sandbox-dark.png') });
  });
});

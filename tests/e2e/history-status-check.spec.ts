import type { Page } from '@playwright/test';
import { callCore } from './call-core';
import { expect, test } from './fixtures';
import { paletteColour } from './palette';
import { secretEnvName } from '../../src/shared/profiles/env-name';
import { SANDBOX_SERVICE_KEY } from '../../src/shared/sandbox';

// "Check status" in History asks the vendor's status API (GET /v2/messages/{messageId}), here the
// built-in sandbox's, which fails every destination ending in 13, and shows the answer in place.

const OK = '447900000201';
// A copy of the sandbox profile takes its key from the environment the console starts with.
const PROBE = 'Status probe';
process.env[secretEnvName(PROBE, 'key')] = SANDBOX_SERVICE_KEY;
const FAILING = '447900000213';

async function openHistory(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name: 'History' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
}

test.describe('History: Check status', () => {
  test.describe.configure({ timeout: 90_000 });

  test('a recipient row and the request pane show what the status API says now, failed in red', async ({ page, freshServed }) => {
    await openHistory(page, freshServed.url);
    const sent = await callCore<{ jobId: string }>(page, 'outbound:send', {
      profileId: 'sandbox',
      body: { channel: 'sms', from: 'RELAYDESK', content: { type: 'text', text: 'Status?' }, to: [{ msisdn: [OK, FAILING] }] },
    });
    expect(sent.ok).toBe(true);
    const item = page.getByRole('list', { name: 'Sends' }).locator(':scope > li').first();
    // Once the receipts say so, the status API says so too (both follow one schedule).
    await expect(item.getByRole('group', { name: 'Delivery summary' })).toContainText('1Failed', { timeout: 20_000 });
    await expect(item.getByRole('group', { name: 'Delivery summary' })).toContainText('1Delivered', { timeout: 20_000 });
    await item.locator('.send-row').click();

    const rows = page.getByRole('table', { name: 'Recipients' }).getByRole('rowgroup').getByRole('row');
    await rows
      .filter({ hasText: FAILING })
      .getByRole('button', { name: `Check status of ${FAILING}` })
      .click();
    const failingAnswer = page.getByLabel(`Status of ${FAILING}`, { exact: true });
    await expect(failingAnswer).toContainText('Now: FAILED · 7201', { timeout: 15_000 });
    const red = await paletteColour(page, '--danger');
    await expect(failingAnswer).toHaveCSS('color', red);
    // One request, one answer: the other row of it shows its own destination's status.
    await expect(page.getByLabel(`Status of ${OK}`, { exact: true })).toContainText('Now: DELIVERED · 7500');
    await page.screenshot({ path: test.info().outputPath('status-check-rows.png'), fullPage: true });

    await page.getByRole('tab', { name: /API requests/ }).click();
    const detail = page.getByLabel('Request detail');
    await detail.getByRole('button', { name: 'Check status' }).click();
    const answer = detail.getByLabel('Status check');
    await expect(answer).toContainText('Status from the API');
    await expect(answer.locator('li', { hasText: FAILING })).toContainText('FAILED');
    await expect(answer.locator('li', { hasText: FAILING })).toContainText('code 7201');
    // Its title is the code in words from SMS's own table.
    await expect(answer.locator('li', { hasText: FAILING }).locator('.field-hint')).toHaveAttribute(
      'title',
      /^Delivery failed at the operator/,
    );
    await expect(answer.locator('li', { hasText: FAILING }).locator('.delivery-failed')).toHaveCSS('color', red);
    await expect(answer.locator('li', { hasText: OK })).toContainText('DELIVERED');
    await page.screenshot({ path: test.info().outputPath('status-check-request.png'), fullPage: true });
  });

  test('a v1 request says the v1 API has no status call instead of asking', async ({ page, freshServed }) => {
    await openHistory(page, freshServed.url);
    const sent = await callCore<{ jobId: string }>(page, 'outbound:send', {
      profileId: 'sandbox',
      body: { deliverychannel: 'sms', channels: { sms: { text: 'v1 hello', type: '1' } }, destination: [{ msisdn: [OK] }] },
    });
    expect(sent.ok).toBe(true);
    const item = page.getByRole('list', { name: 'Sends' }).locator(':scope > li').first();
    await expect(item.getByRole('group', { name: 'Delivery summary' })).toContainText('Delivered', { timeout: 20_000 });
    await item.locator('.send-row').click();
    // No row button for v1: there is nothing to ask.
    await expect(page.getByRole('button', { name: `Check status of ${OK}` })).toHaveCount(0);
    await page.getByRole('tab', { name: /API requests/ }).click();
    const detail = page.getByLabel('Request detail');
    await detail.getByRole('button', { name: 'Check status' }).click();
    await expect(detail.getByLabel('Status check')).toContainText('Messaging API v1 has no status call');
  });

  test('an API it cannot reach is said in red with what to do', async ({ page, freshServed }) => {
    await openHistory(page, freshServed.url);
    const copy = await callCore<{ id: string; region: string; serviceId: string; authMode: string; senders: unknown }>(
      page,
      'profiles:duplicate',
      { id: 'sandbox' },
    );
    expect(copy.ok, JSON.stringify(copy)).toBe(true);
    const probe = copy.output!;
    const named = { name: PROBE, serviceId: probe.serviceId, authMode: probe.authMode, senders: probe.senders };
    expect((await callCore(page, 'profiles:update', { id: probe.id, profile: { ...named, region: probe.region } })).ok).toBe(true);
    const sent = await callCore(page, 'outbound:send', {
      profileId: probe.id,
      body: { channel: 'sms', from: 'RELAYDESK', content: { type: 'text', text: 'Probe' }, to: [{ msisdn: [OK] }] },
    });
    expect(sent.ok, JSON.stringify(sent)).toBe(true);
    const item = page.getByRole('list', { name: 'Sends' }).locator(':scope > li').first();
    await expect(item.getByRole('group', { name: 'Delivery summary' })).toContainText('Delivered', { timeout: 20_000 });
    // The profile now points where nothing listens (port 9, discard, is closed here).
    expect(
      (await callCore(page, 'profiles:update', { id: probe.id, profile: { ...named, region: 'custom', baseUrl: 'http://127.0.0.1:9' } }))
        .ok,
    ).toBe(true);

    await item.locator('.send-row').click();
    await page.getByRole('tab', { name: /API requests/ }).click();
    const detail = page.getByLabel('Request detail');
    await detail.getByRole('button', { name: 'Check status' }).click();
    const error = detail.getByLabel('Status check').getByRole('alert');
    await expect(error).toHaveText(
      "Could not reach 127.0.0.1:9 (connection refused). Check your network and the profile's region or base URL, then check again.",
      { timeout: 20_000 },
    );
    await expect(error).toHaveCSS('color', await paletteColour(page, '--danger'));
    await page.screenshot({ path: test.info().outputPath('status-check-unreachable.png'), fullPage: true });
  });
});

import type { Page } from '@playwright/test';
import type { InboundPage } from '../../src/shared/contract/inbound';
import { callCore } from './call-core';
import { expect, test } from './fixtures';
import { paletteColour } from './palette';

// Feed search and the status filter against the real core and the built-in sandbox, which
// answers every destination ending in 13 with a failed receipt (after a "Submitted" one).

const FAILING = '447900000213';
const FINE = '447900000212';

const rows = (page: Page) => page.getByRole('listbox', { name: 'Inbound events' }).getByRole('option');

async function send(page: Page, msisdn: string, name: string): Promise<void> {
  const body = {
    channel: 'sms',
    from: 'RELAYDESK',
    content: { type: 'text', text: 'Hi $(name), your table is ready' },
    to: [{ msisdn: [msisdn], substitutions: { name } }],
  };
  const sent = await callCore(page, 'outbound:send', { profileId: 'sandbox', body });
  expect(sent.ok, JSON.stringify(sent)).toBe(true);
}

async function search(page: Page, text: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search inbound events' }).fill(text);
  await page.getByRole('searchbox', { name: 'Search inbound events' }).press('Enter');
}

test.describe('inbound feed search and status filter', () => {
  test('a failed receipt is found by its messageId, its destination and "Failed"; the status filter shows only failures, in red', async ({
    page,
    freshServed,
  }, testInfo) => {
    await page.goto(freshServed.url + '#/inbound');
    await expect(page.getByRole('heading', { level: 1, name: 'Inbound' })).toBeVisible();
    // Two sends, so each has its own messageId (v2 gives one per request).
    await send(page, FAILING, 'Bob');
    await send(page, FINE, 'Ann');
    await expect(rows(page).filter({ hasText: FAILING }).filter({ hasText: 'Failed' })).toBeVisible({ timeout: 20_000 });
    await expect(rows(page).filter({ hasText: FINE }).filter({ hasText: 'Delivered' })).toBeVisible({ timeout: 20_000 });

    const receipts = await callCore<InboundPage>(page, 'inbound:query', { filters: { address: FAILING, kind: ['receipt'] }, limit: 10 });
    const messageId = receipts.output!.events.find((e) => e.status?.deliveryStatus === 'Failed')!.correlation.messageId!;
    expect(messageId).toBeTruthy();

    const red = await paletteColour(page, '--danger');
    for (const query of [messageId, messageId.slice(0, 8), FAILING]) {
      await search(page, query);
      await expect(rows(page).filter({ hasText: 'Failed' })).toHaveCount(1);
      await expect(rows(page).filter({ hasText: FINE })).toHaveCount(0);
      for (const row of await rows(page).all()) await expect(row).toContainText(FAILING);
    }
    await search(page, 'Failed');
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page).first()).toContainText(FAILING);
    await expect(rows(page).first().locator('.delivery-failed')).toHaveCSS('color', red);

    await search(page, '');
    await expect(rows(page).filter({ hasText: FINE }).first()).toBeVisible();
    await page.getByRole('combobox', { name: 'Status' }).selectOption('failed');
    await expect(rows(page)).toHaveCount(1);
    const failed = rows(page).first();
    await expect(failed).toContainText(FAILING);
    await expect(failed.locator('.delivery-failed')).toHaveText(/Receipt · Failed/);
    await expect(failed.locator('.delivery-failed')).toHaveCSS('color', red);
    await expect(page.getByTestId('feed-count')).toHaveText('1 event match');
    await page.screenshot({ path: testInfo.outputPath('inbound-status-failed.png') });

    // Delivered receipts are green under their own filter.
    await page.getByRole('combobox', { name: 'Status' }).selectOption('delivered');
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page).first()).toContainText(FINE);
    await expect(rows(page).first().locator('.delivery-delivered')).toHaveCSS('color', await paletteColour(page, '--ok'));
  });

  test('a conversation shows what this recipient got, with its outcome', async ({ page, freshServed }, testInfo) => {
    await page.goto(freshServed.url + '#/inbound');
    await send(page, FAILING, 'Bob');
    await expect(rows(page).filter({ hasText: FAILING }).filter({ hasText: 'Failed' })).toBeVisible({ timeout: 20_000 });
    await page.getByRole('tab', { name: 'Conversations' }).click();
    await page.getByRole('searchbox', { name: 'Address' }).fill(FAILING);
    await page.getByRole('searchbox', { name: 'Address' }).press('Enter');
    const chat = page.getByTestId('conversation');
    const sent = chat.getByTestId('chat-sent');
    await expect(sent).toContainText('Hi Bob, your table is ready');
    await expect(sent).not.toContainText('$(name)');
    await expect(sent.locator('.delivery-failed')).toHaveCSS('color', await paletteColour(page, '--danger'));
    await expect(chat.getByTestId('chat-receipt').locator('.delivery-failed')).toHaveText(/Failed/);
    await page.screenshot({ path: testInfo.outputPath('inbound-conversation-personalised.png') });
  });
});

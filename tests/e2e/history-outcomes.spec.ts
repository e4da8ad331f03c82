import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { callCore } from './call-core';
import { expect, test } from './fixtures';
import { secretEnvName } from '../../src/shared/profiles/env-name';
import { SANDBOX_SERVICE_KEY } from '../../src/shared/sandbox';
import { paletteColour } from './palette';

// History's per-send outcomes against the real core and the built-in sandbox, where every
// destination ending in 13 gets a failed receipt (the API itself accepts it).

async function openHistory(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name: 'History' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
}

async function send(page: Page, body: unknown): Promise<string> {
  const receipt = await callCore<{ jobId: string }>(page, 'outbound:send', { profileId: 'sandbox', body });
  expect(receipt.ok, JSON.stringify(receipt)).toBe(true);
  return receipt.output!.jobId;
}

const FAILING = '447900000113';
const GUESTS = [
  { msisdn: '447900000101', name: 'Ann' },
  { msisdn: FAILING, name: 'Bob' },
  { msisdn: '447900000102', name: 'Cleo' },
];

test.describe('History: what happened to each recipient', () => {
  // Receipts come from the sandbox on timers; a busy machine must not fail the spec.
  test.describe.configure({ timeout: 90_000 });

  test('a failing number is red in the send summary and its recipient row; failed only shows just it; the CSV has every row', async ({
    page,
    freshServed,
  }, testInfo) => {
    await openHistory(page, freshServed.url);
    // A send with no failure first, so "Failed only" on the list has something to hide.
    await send(page, {
      channel: 'sms',
      from: 'RELAYDESK',
      content: { type: 'text', text: 'All fine' },
      to: [{ msisdn: ['447900000199'] }],
    });
    await send(page, {
      channel: 'sms',
      from: 'RELAYDESK',
      content: { type: 'text', text: 'Hi $(name), your table is ready' },
      to: GUESTS.map((g, i) => ({ msisdn: [g.msisdn], correlationId: `guest-${i}`, substitutions: { name: g.name } })),
    });

    const sends = page.getByRole('list', { name: 'Sends' });
    await expect(sends.locator(':scope > li')).toHaveCount(2, { timeout: 15_000 });
    const failingSend = sends.locator(':scope > li').first();
    await expect(failingSend).toContainText(GUESTS[0]!.msisdn);
    await expect(failingSend).toContainText('Hi Ann, your table is ready');
    // The sandbox's receipts arrive about a second apart; the summary follows them live.
    const summary = failingSend.getByRole('group', { name: 'Delivery summary' });
    await expect(summary).toContainText('1Failed', { timeout: 20_000 });
    await expect(summary).toContainText('2Delivered', { timeout: 20_000 });
    const red = await paletteColour(page, '--danger');
    const green = await paletteColour(page, '--ok');
    await expect(summary.locator('.delivery-failed')).toHaveCSS('color', red);
    await expect(summary.locator('.delivery-delivered')).toHaveCSS('color', green);

    await page.getByRole('button', { name: 'Failed only', exact: true }).click();
    await expect(sends.locator(':scope > li')).toHaveCount(1);
    await expect(sends.locator(':scope > li').first()).toContainText(GUESTS[0]!.msisdn);

    // Open the send: one row per recipient with the text they got and their outcome.
    await failingSend.locator('.send-row').click();
    const table = page.getByRole('table', { name: 'Recipients' });
    const rows = table.getByRole('rowgroup').getByRole('row');
    await expect(rows).toHaveCount(3);
    const failingRow = rows.filter({ hasText: FAILING });
    await expect(failingRow).toContainText('Hi Bob, your table is ready');
    await expect(failingRow.locator('.delivery-failed').first()).toHaveCSS('color', red);
    await expect(failingRow).toContainText('7201');
    await expect(rows.filter({ hasText: GUESTS[0]!.msisdn })).toContainText('Hi Ann, your table is ready');
    await expect(rows.filter({ hasText: GUESTS[0]!.msisdn }).locator('.delivery-delivered').first()).toHaveCSS('color', green);
    await page.screenshot({ path: testInfo.outputPath('history-outcomes-light.png'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: testInfo.outputPath('history-outcomes-dark.png'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'light' });

    await page.getByRole('checkbox', { name: 'Failed only' }).check();
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText(FAILING);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.csv$/);
    const lines = readFileSync(await file.path(), 'utf8')
      .trim()
      .split(/\r?\n/);
    // A header and every recipient (the export is the whole send, whatever the table's filter).
    expect(lines).toHaveLength(1 + GUESTS.length);
    const failingLine = lines.find((l) => l.includes(FAILING));
    expect(failingLine).toMatch(/failed/i);
    expect(failingLine).toContain('Hi Bob, your table is ready');
    expect(lines.find((l) => l.includes(GUESTS[2]!.msisdn))).toMatch(/delivered/i);

    // Its one API request: the API's answer is "API accepted" in blue, never a green "Accepted",
    // and the failed receipt among its receipts is red.
    await page.getByRole('tab', { name: /API requests/ }).click();
    const detail = page.getByLabel('Request detail');
    const apiChip = detail.locator('.delivery-chip').first();
    await expect(apiChip).toHaveText(/API accepted/);
    await expect(apiChip).toHaveCSS('color', await paletteColour(page, '--accent'));
    const receipts = detail.getByLabel('Receipt summary');
    await expect(receipts).toContainText('1Failed', { timeout: 10_000 });
    await expect(receipts.locator('.delivery-failed')).toHaveCSS('color', red);
    await page.screenshot({ path: testInfo.outputPath('history-outcomes-request.png'), fullPage: true });
  });

  test('two sends to one number with one correlationId each show only their own receipts', async ({ page, freshServed }) => {
    await openHistory(page, freshServed.url);
    const to = [{ msisdn: ['447900000121'], correlationId: 'same-correlation' }];
    await send(page, { channel: 'sms', from: 'RELAYDESK', content: { type: 'text', text: 'First send' }, to });
    await send(page, { channel: 'sms', from: 'RELAYDESK', content: { type: 'text', text: 'Second send' }, to });

    const sends = page.getByRole('list', { name: 'Sends' });
    await expect(sends.locator(':scope > li')).toHaveCount(2, { timeout: 15_000 });
    // Newest first (a reply may quote the other send, so rows are told apart by position).
    const second = sends.locator(':scope > li').nth(0);
    const first = sends.locator(':scope > li').nth(1);
    await expect(second.locator('.send-preview')).toHaveText('Second send');
    await expect(first.locator('.send-preview')).toHaveText('First send');
    // Once both are delivered every receipt of both sends is in.
    await expect(second.getByRole('group', { name: 'Delivery summary' })).toHaveText(/1Delivered/, { timeout: 20_000 });
    await expect(first.getByRole('group', { name: 'Delivery summary' })).toHaveText(/1Delivered/, { timeout: 20_000 });

    for (const item of [first, second]) {
      await item.locator('.send-row').click();
      await item.getByRole('tab', { name: /API requests/ }).click();
      const detail = item.getByLabel('Request detail');
      // Submitted and delivered: two receipts of its own, not the other send's as well.
      await expect(detail.getByLabel('Receipt summary')).toContainText('2 receipts:', { timeout: 10_000 });
      await expect(detail.getByText(/^Receipt: /)).toHaveCount(2);
    }

    // A reply (an MO carries no link to what it answers) shows on the latest send to that number
    // only (the second is open from the loop).
    await second.getByRole('tab', { name: /Recipients/ }).click();
    const secondRow = second.getByRole('table', { name: 'Recipients' }).getByRole('rowgroup').getByRole('row');
    await expect(secondRow).toContainText('Sandbox reply to', { timeout: 15_000 });
    await first.locator('.send-row').click();
    const firstRow = first.getByRole('table', { name: 'Recipients' }).getByRole('rowgroup').getByRole('row');
    await expect(firstRow).toContainText('Delivered');
    await expect(firstRow).not.toContainText('Sandbox reply');
  });
});

// A copy of the sandbox profile is a profile like any other: its key comes from the environment
// the console is started with (no keychain needed).
const FAST_SANDBOX = 'History fast sandbox';
process.env[secretEnvName(FAST_SANDBOX, 'key')] = SANDBOX_SERVICE_KEY;

test.describe('History: a large send', () => {
  test.describe.configure({ timeout: 120_000 });

  test('a 1,200-recipient send draws only the rows in view and pages in the rest as the table scrolls', async ({ page, freshServed }) => {
    await openHistory(page, freshServed.url);
    // A copy of the sandbox profile at 1000 destinations a second: two requests, about two seconds.
    const copy = await callCore<{ id: string; name: string; region: string; serviceId: string; authMode: string; senders: unknown }>(
      page,
      'profiles:duplicate',
      { id: 'sandbox' },
    );
    expect(copy.ok, JSON.stringify(copy)).toBe(true);
    const fast = copy.output!;
    const updated = await callCore(page, 'profiles:update', {
      id: fast.id,
      profile: {
        name: FAST_SANDBOX,
        region: fast.region,
        serviceId: fast.serviceId,
        authMode: fast.authMode,
        senders: fast.senders,
        tps: 1000,
      },
    });
    expect(updated.ok, JSON.stringify(updated)).toBe(true);
    const msisdns = Array.from({ length: 1200 }, (_, i) => `4479100${String(i).padStart(5, '0')}`);
    const sent = await callCore(page, 'outbound:send', {
      profileId: fast.id,
      body: { channel: 'sms', from: 'RELAYDESK', content: { type: 'text', text: 'Doors open at 7' }, to: [{ msisdn: msisdns }] },
    });
    expect(sent.ok, JSON.stringify(sent)).toBe(true);

    const sends = page.getByRole('list', { name: 'Sends' });
    await expect(sends.locator(':scope > li')).toHaveCount(1, { timeout: 15_000 });
    await sends.locator('.send-row').click();
    await expect(page.getByRole('status').filter({ hasText: /recipients$/ })).toHaveText('1,200 recipients', { timeout: 15_000 });
    const rows = page.getByRole('table', { name: 'Recipients' }).getByRole('rowgroup').getByRole('row');
    await expect(rows.first()).toBeVisible();
    expect(await rows.count()).toBeLessThan(100);

    // Scrolling to the end reaches the last recipient, loaded page by page on the way.
    const scroller = page.locator('.recipients-scroll');
    await expect(async () => {
      await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight));
      await expect(rows.filter({ hasText: msisdns[msisdns.length - 1]! })).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    expect(await rows.count()).toBeLessThan(100);
  });
});

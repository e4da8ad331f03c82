import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { freshDraft, pasteInto } from './compose-helpers';
import { expect, test } from './fixtures';
import { paletteColour } from './palette';

// Issue 15's "done when", walked as a user: one personalised SMS to 50 recipients through the
// console (browser mode, real core, built-in sandbox, which fails every destination ending in 13),
// confirmed once, then what History and the feed show once the receipts are in. A screenshot of
// each screen goes to the test's output folder, or to RELAYDESK_E2E_SHOTS when set, to look at.
const FAILING = [
  { msisdn: '447911000013', name: 'Bob' },
  { msisdn: '447911000113', name: 'Zoe' },
];
// 48 numbers that do not end in 13, each with their own name.
const FINE = Array.from({ length: 49 }, (_, i) => i)
  .filter((i) => i !== 13)
  .map((i) => ({ msisdn: `4479110002${String(i).padStart(2, '0')}`, name: `Guest ${i + 1}` }));
const ALL = [...FINE.slice(0, 20), FAILING[0]!, ...FINE.slice(20, 40), FAILING[1]!, ...FINE.slice(40)];

async function shot(page: Page, name: string): Promise<void> {
  const folder = process.env.RELAYDESK_E2E_SHOTS;
  await page.screenshot({ path: folder ? `${folder}/${name}.png` : test.info().outputPath(`${name}.png`), fullPage: true });
}

async function openArea(page: Page, area: 'History' | 'Inbound'): Promise<void> {
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name: area }).click();
  await expect(page.getByRole('heading', { level: 1, name: area })).toBeVisible();
}

test.describe('a 50-recipient send with 2 failing numbers, as a user sees it', () => {
  // Receipts come on the sandbox's timers, about a second apart per step; a busy machine must not fail it.
  test.describe.configure({ timeout: 180_000 });

  test('compose, confirm once, then History and the feed show 48 delivered and 2 failed in red', async ({ page, freshServed }) => {
    expect(ALL).toHaveLength(50);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(freshServed.url);

    // Compose: one SMS, "$(name)" filled in per recipient from a pasted CSV.
    await freshDraft(page, 'SMS');
    await page.getByLabel('Profile').selectOption({ label: 'Sandbox (built in)' });
    await page.getByLabel('Sender ID').fill('RELAYDESK');
    await page.getByLabel('Message').fill('Hi $(name), your table is ready');
    await pasteInto(page.getByLabel('Paste recipients'), `msisdn,name\n${ALL.map((r) => `${r.msisdn},${r.name}`).join('\n')}\n`);
    await shot(page, '01-compose');

    // One confirmation, naming what will go where.
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('Send to 50 recipients?');
    await expect(dialog).toContainText('Sandbox');
    await expect(dialog.getByTestId('confirm-segments')).toHaveText('1 × 50 recipients = 50 parts');
    await shot(page, '02-confirm');
    await dialog.getByRole('button', { name: 'Send to 50 recipients' }).click();
    await expect(dialog).toHaveCount(0);
    const status = page.getByTestId('send-status');
    await expect(status).toContainText('Done', { timeout: 60_000 });
    // All 50 were accepted by the API; the two failures only show on their receipts, which
    // Compose follows rather than calling the send "0 failed".
    await expect(status).toContainText('50 accepted by the API · 0 not accepted · 0 remaining');
    await expect(status).not.toContainText(/\b0 failed/);
    await expect(status.getByRole('group', { name: 'Delivery so far' })).toHaveText(/^✕2Failed✓48Delivered$/, { timeout: 60_000 });
    // The feed's unread count is news, not a failure: the accent colour, never the red of "failed".
    const unread = page.getByRole('navigation', { name: 'Areas' }).getByLabel(/\d+ unread/);
    await expect(unread).toBeVisible();
    await expect(unread).toHaveCSS('background-color', await paletteColour(page, '--accent'));
    await shot(page, '03-compose-sent');

    // History, opened from Compose on that send: its summary says 48 delivered and 2 failed.
    await status.getByRole('button', { name: 'See this send in History' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
    const sends = page.getByRole('list', { name: 'Sends' });
    await expect(sends.locator(':scope > li')).toHaveCount(1, { timeout: 15_000 });
    const send = sends.locator(':scope > li').first();
    const summary = send.getByRole('group', { name: 'Delivery summary' });
    await expect(summary).toContainText('2Failed', { timeout: 60_000 });
    await expect(summary).toContainText('48Delivered', { timeout: 60_000 });
    await expect(summary).toHaveText(/^✕2Failed✓48Delivered$/);
    const red = await paletteColour(page, '--danger');
    await expect(summary.locator('.delivery-failed')).toHaveCSS('color', red);
    await expect(summary.locator('.delivery-delivered')).toHaveCSS('color', await paletteColour(page, '--ok'));
    await shot(page, '04-history-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(summary.locator('.delivery-failed')).toHaveCSS('color', await paletteColour(page, '--danger'));
    await shot(page, '05-history-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    // The per-recipient table: 50 rows; "Failed only" leaves the two failures, each with the
    // text it got and its receipt's code in words.
    // Already open: Compose's link expanded it.
    await expect(page.getByRole('status').filter({ hasText: 'recipients' })).toHaveText('50 recipients');
    const rows = page.getByRole('table', { name: 'Recipients' }).getByRole('rowgroup').getByRole('row');
    await shot(page, '06-recipients');
    await page.getByRole('checkbox', { name: 'Failed only' }).check();
    await expect(rows).toHaveCount(2);
    for (const failing of FAILING) {
      const row = rows.filter({ hasText: failing.msisdn });
      await expect(row).toContainText(`Hi ${failing.name}, your table is ready`);
      await expect(row).toContainText('7201');
      await expect(row).toContainText('Undeliverable');
      await expect(row.locator('.delivery-failed').first()).toHaveCSS('color', red);
    }
    // "Check status" asks the vendor's status API what it says about that number now.
    await rows
      .filter({ hasText: FAILING[0]!.msisdn })
      .getByRole('button', { name: `Check status of ${FAILING[0]!.msisdn}` })
      .click();
    await expect(page.getByLabel(`Status of ${FAILING[0]!.msisdn}`, { exact: true })).toContainText('Now: FAILED · 7201', {
      timeout: 15_000,
    });
    await shot(page, '07-recipients-failed-only-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await shot(page, '08-recipients-failed-only-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    // The CSV has every recipient, whatever the table's filter.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const lines = readFileSync(await (await download).path(), 'utf8')
      .trim()
      .split(/\r?\n/);
    expect(lines).toHaveLength(1 + 50);
    for (const failing of FAILING) expect(lines.find((l) => l.includes(failing.msisdn))).toMatch(/failed/i);
    expect(lines.filter((l) => /delivered/i.test(l) && !/failed/i.test(l))).toHaveLength(48);

    // The feed: about 150 events (two receipts per recipient and the sandbox's replies), newest
    // first; the failed receipts are red, and the status filter "failed" shows just them.
    await openArea(page, 'Inbound');
    const events = page.getByRole('listbox', { name: 'Inbound events' }).getByRole('option');
    await expect(page.getByText(/^1\d\d events$/)).toBeVisible({ timeout: 20_000 });
    await shot(page, '09-feed');
    const searchBox = page.getByRole('searchbox', { name: 'Search inbound events' });
    await searchBox.fill(FAILING[0]!.msisdn);
    await searchBox.press('Enter');
    const failedReceipt = events.filter({ hasText: 'Failed' });
    await expect(failedReceipt).toHaveCount(1);
    await expect(failedReceipt.locator('.delivery-failed')).toHaveCSS('color', red);
    // The row says why (the code in words, as History does) and which number it is about.
    await expect(failedReceipt).toContainText('7201: Undeliverable');
    await expect(failedReceipt.locator('.ib-feed-route')).toHaveText(`to ${FAILING[0]!.msisdn}`);
    await shot(page, '10-feed-search-failing-number');
    await searchBox.fill('');
    await searchBox.press('Enter');
    await page.getByRole('combobox', { name: 'Status' }).selectOption('failed');
    await expect(events).toHaveCount(2);
    for (const failing of FAILING) {
      const row = events.filter({ hasText: failing.msisdn });
      await expect(row.locator('.delivery-failed')).toHaveText(/Receipt · Failed/);
      await expect(row.locator('.delivery-failed')).toHaveCSS('color', red);
    }
    await shot(page, '11-feed-status-failed');
  });
});

import { randomUUID } from 'node:crypto';
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';

// With the detail pane open the feed is narrow: phone numbers must still read in full (only a
// long display name gives way, with an ellipsis), and the whole route is on hover.

const truncated = (cell: Locator) => cell.evaluate((el) => el.scrollWidth > el.clientWidth + 1);

test('addresses stay readable in the feed when the detail pane is open', async ({ page, request, served }, testInfo) => {
  const from = '447700900123';
  const to = '918886661353';
  const longName = 'Maximiliana Bartholomew-Featherstonehaugh of Llanfairpwllgwyngyll';
  const sms = { userId: '9009', channel: 'SMS', oa: from, da: to, message: 'Where is my parcel?', tid: randomUUID(), ts: new Date().toISOString() };
  const facebook = { userId: '8953', channel: 'Facebook', appId: 'a_1', event: 'MO', psid: '1234567890123456', name: longName, ts: new Date().toISOString(), tid: `${randomUUID()}_0`, message: 'Hi there' };
  for (const body of [sms, facebook]) {
    const response = await request.post(`${served.listenerUrl}/webhooks`, { data: body });
    expect(response.status(), await response.text()).toBe(200);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(served.url + '#/inbound');
  const list = page.getByRole('listbox', { name: 'Inbound events' });
  const smsRow = list.getByRole('option').filter({ hasText: 'Where is my parcel?' });
  const fbRow = list.getByRole('option').filter({ hasText: 'Hi there' });
  await expect(smsRow).toBeVisible({ timeout: 15_000 });
  await smsRow.click();
  await expect(page.locator('.ib-detail-pane')).toBeVisible();

  for (const cell of [smsRow.locator('.ib-feed-from'), smsRow.locator('.ib-feed-to'), fbRow.locator('.ib-feed-from-address')]) {
    await expect(cell).toBeVisible();
    expect(await truncated(cell), `${await cell.textContent()} is cut off`).toBe(false);
  }
  await expect(smsRow.locator('.ib-feed-from')).toHaveText(from);
  await expect(smsRow.locator('.ib-feed-to')).toHaveText(to);
  // Only the long name gives way, and the full route is on hover.
  expect(await truncated(fbRow.locator('.ib-feed-from-name'))).toBe(true);
  await expect(fbRow.locator('.ib-feed-route')).toHaveAttribute('title', `${longName} (1234567890123456) → a_1`);
  await page.screenshot({ path: testInfo.outputPath('inbound-detail-open.png') });

  // A wider window, detail still open: the list is past the narrow layout, one line per route.
  await page.setViewportSize({ width: 1600, height: 800 });
  for (const cell of [smsRow.locator('.ib-feed-from'), smsRow.locator('.ib-feed-to'), fbRow.locator('.ib-feed-from-address')]) {
    expect(await truncated(cell), `${await cell.textContent()} is cut off at 1600px`).toBe(false);
  }
  await page.screenshot({ path: testInfo.outputPath('inbound-detail-open-wide.png') });
});

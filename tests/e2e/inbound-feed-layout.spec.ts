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
  const sms = {
    userId: '9009',
    channel: 'SMS',
    oa: from,
    da: to,
    message: 'Where is my parcel?',
    tid: randomUUID(),
    ts: new Date().toISOString(),
  };
  const facebook = {
    userId: '8953',
    channel: 'Facebook',
    appId: 'a_1',
    event: 'MO',
    psid: '1234567890123456',
    name: longName,
    ts: new Date().toISOString(),
    tid: `${randomUUID()}_0`,
    message: 'Hi there',
  };
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

// The toolbar and the receipt chips at the two window sizes we support, light and dark: the
// search says all of its placeholder, a chip's label stays inside its border, and with a filter
// set the live controls (Pause, Auto-scroll) still share one line.
test('the feed toolbar and receipt chips fit at 1280x800 and 1024x700, light and dark', async ({ page, request, served }, testInfo) => {
  const receipt = (destination: string, deliveryStatus: string, code?: string) => ({
    deliveryInfoNotification: {
      correlationid: randomUUID(),
      transid: randomUUID(),
      deliveryInfo: { destination, deliveryStatus, deliveryChannel: 'SMS', ...(code ? { code, Description: 'Undeliverable' } : {}) },
    },
  });
  const receipts = [
    receipt('447911000301', 'Submitted', '7501'),
    receipt('447911000302', 'Delivered', '7500'),
    receipt('447911000313', 'Failed', '7503'),
    receipt('447911000304', 'Read', '7502'),
  ];
  for (const body of receipts) {
    const response = await request.post(`${served.listenerUrl}/webhooks`, { data: body });
    expect(response.status(), await response.text()).toBe(200);
  }
  await page.goto(served.url + '#/inbound');
  const list = page.getByRole('listbox', { name: 'Inbound events' });
  await expect(list.getByRole('option').filter({ hasText: '447911000301' })).toBeVisible({ timeout: 15_000 });
  await page.getByRole('combobox', { name: 'Kind' }).selectOption('receipt');
  await expect(page.getByRole('button', { name: 'Clear filters' })).toBeVisible();

  const search = page.getByRole('searchbox', { name: 'Search inbound events' });
  const pause = page.getByRole('button', { name: /Pause/ });
  const autoScroll = page.locator('.ib-feed-check');
  for (const [width, height] of [
    [1280, 800],
    [1024, 700],
  ] as const) {
    await page.setViewportSize({ width, height });
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const where = `at ${width}x${height} ${scheme}`;
      // The placeholder, measured in the input's own font, fits inside its padding.
      const room = await search.evaluate((el: HTMLInputElement) => {
        const style = getComputedStyle(el);
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        return el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - context.measureText(el.placeholder).width;
      });
      expect(room, `the search placeholder is cut off ${where}`).toBeGreaterThanOrEqual(0);
      // Every chip's label inside its border, and the chip clear of the route beside it. Only this
      // test's rows: the shared console holds other tests' receipts, and the virtual list drops
      // rows a resize pushed out of view, so a snapshot of all rows can name one that is gone.
      for (const { deliveryInfoNotification } of receipts) {
        const row = list.getByRole('option').filter({ hasText: deliveryInfoNotification.deliveryInfo.destination }).first();
        const chip = row.locator('.delivery-chip');
        const fits = await chip.evaluate((el) => el.scrollWidth <= el.clientWidth + 0.5);
        expect(fits, `"${await chip.textContent()}" overflows its chip ${where}`).toBe(true);
        const chipBox = (await chip.boundingBox())!;
        const routeBox = (await row.locator('.ib-feed-route').boundingBox())!;
        expect(chipBox.x + chipBox.width, `"${await chip.textContent()}" runs into the route ${where}`).toBeLessThanOrEqual(routeBox.x);
      }
      // Auto-scroll sits on Pause's line, on one line of its own text.
      const pauseBox = (await pause.boundingBox())!;
      const checkBox = (await autoScroll.boundingBox())!;
      expect(Math.abs(checkBox.y + checkBox.height / 2 - (pauseBox.y + pauseBox.height / 2)), `Auto-scroll wrapped ${where}`).toBeLessThan(
        4,
      );
      expect(checkBox.height, `Auto-scroll broke over two lines ${where}`).toBeLessThan(pauseBox.height);
      await page.screenshot({ path: testInfo.outputPath(`feed-${width}x${height}-${scheme}.png`) });
    }
  }
});

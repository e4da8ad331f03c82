import { callCore } from './call-core';
import { expect, test } from './fixtures';

// One click = one send, for Re-send too: a double click on a request's Re-send queued two sends
// before the button knew a re-send was on its way.

test('a double click on Re-send queues one new send', async ({ page, freshServed }) => {
  test.setTimeout(60_000);
  await page.goto(freshServed.url);
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name: 'History' }).click();
  const body = {
    channel: 'sms',
    from: 'RELAYDESK',
    content: { type: 'text', text: 'Re-send me once' },
    to: [{ msisdn: ['447900000321'] }],
  };
  expect((await callCore(page, 'outbound:send', { profileId: 'sandbox', body })).ok).toBe(true);

  const sends = page.getByRole('list', { name: 'Sends' });
  const rows = sends.locator(':scope > li').filter({ hasText: 'Re-send me once' });
  await expect(rows).toHaveCount(1, { timeout: 10_000 });
  await rows.first().locator('.send-row').click();
  await rows
    .first()
    .getByRole('tab', { name: /API requests/ })
    .click();
  // One request: its detail opens by itself.
  await expect(rows.first().getByText('Try 1: Accepted by the API')).toBeVisible({ timeout: 10_000 });

  await rows.first().getByRole('button', { name: 'Re-send', exact: true }).dblclick();
  await expect(page.getByText(/Re-sent as a new send/)).toBeVisible({ timeout: 10_000 });
  // Give a second, unwanted send time to show up before counting.
  await page.waitForTimeout(1_500);
  await expect(rows).toHaveCount(2);
  const listed = await callCore<{ total: number }>(page, 'outbound:sends', { search: '447900000321' });
  expect(listed.output?.total).toBe(2);
});

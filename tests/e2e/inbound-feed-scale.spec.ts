import { expect, startServe, test } from './fixtures';

// 100,000 events through the real listener, then the feed: the count is right, only a window of
// rows is in the DOM, and scrolling to the very bottom reaches the oldest event.

const COUNT = Number(process.env.INBOUND_SEED_COUNT ?? 100_000);
const PARALLEL = 48;

function payload(i: number) {
  return JSON.stringify({
    userId: '9009',
    channel: 'SMS',
    oa: `4477009${String(i % 100_000).padStart(5, '0')}`,
    da: '918886661353',
    message: `bulk message number ${i}`,
    tid: `scale-${i}`,
    ts: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(),
  });
}

async function seed(url: string, count: number): Promise<void> {
  let next = 0;
  const failures: string[] = [];
  const worker = async () => {
    while (next < count && failures.length === 0) {
      const i = next++;
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: payload(i) });
      if (response.status !== 200) failures.push(`${i}: HTTP ${response.status} ${await response.text()}`);
      else await response.arrayBuffer();
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  expect(failures).toEqual([]);
}

test('100,000 events: a window of rows in the DOM, and the bottom is reachable', async ({ page }, testInfo) => {
  test.setTimeout(600_000);
  const { served, stop } = await startServe();
  try {
    const started = Date.now();
    await seed(`${served.listenerUrl!}/webhooks`, COUNT);
    testInfo.annotations.push({ type: 'seed', description: `${COUNT} events in ${Date.now() - started} ms` });

    await page.goto(served.url + '#/inbound');
    const count = page.getByTestId('feed-count');
    await expect(count).toHaveText(`${COUNT.toLocaleString('en-US')} events`);
    const list = page.getByTestId('feed-list');
    const options = list.getByRole('option');
    await expect(options.first()).toContainText(`bulk message number ${COUNT - 1}`);
    expect(await options.count()).toBeLessThan(80);

    // Drag to the bottom: only the page there loads, so the oldest event shows within seconds.
    const jumpedAt = Date.now();
    const oldest = options.filter({ hasText: /bulk message number 0$/ });
    await expect(async () => {
      await list.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
      await expect(list.getByRole('option').last()).toContainText(/bulk message number 0$/, { timeout: 1000 });
    }).toPass({ timeout: 20_000, intervals: [250] });
    await expect(oldest).toBeVisible();
    testInfo.annotations.push({ type: 'jump to bottom', description: `${Date.now() - jumpedAt} ms` });
    await page.screenshot({ path: testInfo.outputPath('inbound-100k-bottom.png') });

    // And to the middle: the rows there are the ones at that position (posted by parallel clients,
    // so stored a few places out of posting order).
    const middle = Math.floor(COUNT / 2);
    await list.evaluate((el, top) => el.scrollTo({ top }), middle * 40);
    await expect(async () => {
      const numbers = (await options.allTextContents()).map((t) => Number(/bulk message number (\d+)$/.exec(t)?.[1] ?? NaN));
      expect(numbers.length).toBeGreaterThan(5);
      for (const n of numbers) expect(Math.abs(n - (COUNT - 1 - middle))).toBeLessThan(500);
    }).toPass({ timeout: 10_000, intervals: [250] });
    expect(await list.getByRole('option').count()).toBeLessThan(80);
    await page.screenshot({ path: testInfo.outputPath('inbound-100k-middle.png') });

    // Keyboard: End selects the oldest event of all 100,000 (loading its page), Home the newest.
    await list.focus();
    await page.keyboard.press('End');
    await expect(list.locator('[role=option][aria-selected=true]')).toContainText(/bulk message number 0$/, { timeout: 10_000 });
    await page.keyboard.press('Home');
    await expect(list.locator('[role=option][aria-selected=true]')).toContainText(`bulk message number ${COUNT - 1}`);
  } finally {
    await stop();
  }
});

import type { Page } from '@playwright/test';
import { callCore } from './call-core';
import { expect, test } from './fixtures';

// The designer with no internet at all: every request that is not to the local core is aborted.
async function goOffline(page: Page, blocked: string[]) {
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    blocked.push(url.href);
    return route.abort('internetdisconnected');
  });
}

const startingPoint = (page: Page, name: RegExp) => page.getByRole('region', { name: 'Starting points' }).getByRole('button', { name });

async function openDesigner(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name: 'RCS Designer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'RCS Designer' })).toBeVisible();
}

/** Every picture on the phone(s) has loaded: a decoded image has a natural width. */
async function expectAllMediaLoaded(page: Page, min: number) {
  const images = page.getByTestId('rcs-phone').locator('img');
  await expect.poll(() => images.count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(min);
  await expect
    .poll(
      () =>
        images.evaluateAll((list) => list.map((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0)),
      { timeout: 15_000 },
    )
    .not.toContain(false);
  await expect(page.getByTestId('rcs-phone').getByRole('img', { name: 'media could not load' })).toHaveCount(0);
}

const STARTING_POINTS: { name: RegExp; images: number }[] = [
  { name: /^Media/, images: 1 },
  { name: /^Product card/, images: 1 },
  { name: /^Carousel of offers/, images: 3 },
  { name: /^Appointment/, images: 1 },
];

test.describe('RCS designer offline', () => {
  test('shows every sample picture with the network blocked, in light and dark, and says a real send needs public URLs', async ({
    page,
    served,
  }, testInfo) => {
    const blocked: string[] = [];
    await goOffline(page, blocked);
    await openDesigner(page, served.url);
    // The gallery's own thumbnails: six starting points, six pictures.
    await expectAllMediaLoaded(page, 6);
    await page.screenshot({ path: testInfo.outputPath('rcs-offline-gallery.png'), fullPage: true });

    for (const point of STARTING_POINTS) {
      await startingPoint(page, point.name).click();
      await expectAllMediaLoaded(page, point.images);
      await expect(page.getByTestId('rcs-warning-summary')).toContainText("a sample picture shown from Relaydesk's own files");
      await page.getByRole('button', { name: '← Gallery' }).click();
    }

    await startingPoint(page, /^Carousel of offers/).click();
    await expectAllMediaLoaded(page, 3);
    // Tall enough that the screenshots show the phone and the warnings under it.
    await page.setViewportSize({ width: 1280, height: 1150 });
    // The warning is at the field as well, and the send tab says it before a real send.
    await expect(
      page.getByTestId('rcs-card-panel').first().locator('.field-warning').filter({ hasText: 'a real send needs a public https URL' }),
    ).toBeVisible();
    await page.getByRole('button', { name: '☀ Light' }).click();
    await page.screenshot({ path: testInfo.outputPath('rcs-offline-light.png'), fullPage: true });
    await page.getByRole('button', { name: '☾ Dark' }).click();
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectAllMediaLoaded(page, 3);
    await page.screenshot({ path: testInfo.outputPath('rcs-offline-dark.png'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'light' });

    await page.getByRole('tab', { name: 'Send & export' }).click();
    await expect(page.getByTestId('rcs-sample-media-warning')).toContainText('a real send needs media at public https URLs');
    // ...and the sandbox takes it.
    await page.getByLabel('Test recipients').fill('+14155550100');
    await page.getByRole('button', { name: 'Send test to 1' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Queued job' })).toContainText('1 destination in 1 request');
    // Nothing even tried the network: samples load from the app itself.
    expect(blocked).toEqual([]);
  });

  test('flags a postbackData used twice, leads problems with words, and exports cURL to the profile endpoint', async ({
    page,
    served,
  }, testInfo) => {
    await goOffline(page, []);
    await openDesigner(page, served.url);
    await startingPoint(page, /^Carousel of offers/).click();
    const cards = page.getByTestId('rcs-card-panel');
    await cards.nth(1).getByLabel('postbackData').fill('reply_book_weekend');
    const duplicate = (n: number) => cards.nth(n).locator('.field-warning').filter({ hasText: 'is also the postbackData' });
    await expect(duplicate(0)).toHaveText(
      '⚠ "reply_book_weekend" is also the postbackData of card 2, suggestion 1: a reply could not tell them apart',
    );
    await expect(duplicate(1)).toContainText('is also the postbackData of card 1, suggestion 1');
    const warnings = page.getByTestId('rcs-warning-summary');
    await expect(warnings).toContainText('Card 2, suggestion 1, postbackData: "reply_book_weekend" is also the postbackData of card 1');
    // Warnings do not block: the rules still pass.
    await expect(page.getByTestId('rcs-issue-summary')).toContainText('ready to send');

    // A broken rule reads in words first, its JSON path after.
    await cards.nth(2).getByLabel('Chip text').fill('');
    const summary = page.getByTestId('rcs-issue-summary').locator('.rcs-issues');
    await expect(summary.locator('li').first()).toHaveText(
      /^Card 3, suggestion 1, text: is required .* cards\[2\]\.suggestions\[0\]\.displayText$/,
    );
    await page.setViewportSize({ width: 1280, height: 1150 });
    await page.getByTestId('rcs-issue-summary').scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath('rcs-offline-warnings.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: testInfo.outputPath('rcs-offline-warnings-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });
    await summary.getByRole('button', { name: 'Card 3, suggestion 1, text' }).click();
    await expect(cards.nth(2).getByLabel('Chip text')).toBeFocused();
    await cards.nth(2).getByLabel('Chip text').fill('Book');

    // cURL: the sandbox's own URL for the sandbox profile; a real profile's endpoint with a $JWT placeholder.
    await page.getByRole('tab', { name: 'Send & export' }).click();
    await page.getByRole('button', { name: 'Export cURL' }).click();
    const curl = page.getByRole('textbox', { name: 'cURL command' });
    await expect(curl).toHaveValue(/curl -sS -X POST 'http:\/\/127\.0\.0\.1:\d+\/v2\/messages'/);
    // A name of this run's own: the worker's console keeps the profiles earlier tests made.
    const profileName = `Acme EU jwt ${testInfo.workerIndex}-${testInfo.repeatEachIndex}-${Date.now() % 100000}`;
    const created = await callCore<{ id: string }>(page, 'profiles:create', {
      name: profileName,
      region: 'eu',
      serviceId: 'svc-eu',
      authMode: 'jwt',
    });
    expect(created.ok).toBe(true);
    await page.getByLabel('Profile').selectOption({ label: profileName });
    // The sandbox's made-up app ID does not follow to a real profile.
    await expect(page.getByLabel('RCS app ID (from)')).toHaveValue('');
    await page.getByRole('button', { name: 'Export cURL' }).click();
    await expect(curl).toHaveValue(/'https:\/\/api\.eu\.webexconnect\.io\/v2\/messages'/);
    await expect(curl).toHaveValue(/-H "Authorization: Bearer \$JWT"/);
    expect(await curl.inputValue()).not.toContain('YOUR-API-ENDPOINT');
    await expect(page.getByTestId('rcs-sample-media-warning')).toContainText(`through "${profileName}"`);

    // New chips get a postbackData no other card uses, so a fresh design has nothing to warn about.
    await page.getByRole('button', { name: '← Gallery' }).click();
    await page.getByRole('button', { name: '+ Carousel' }).click();
    await page.getByRole('tab', { name: 'Design' }).click();
    await cards.nth(0).getByRole('button', { name: '+ Add suggestion' }).click();
    await cards.nth(1).getByRole('button', { name: '+ Add suggestion' }).click();
    const first = await cards.nth(0).getByLabel('postbackData').inputValue();
    await expect(cards.nth(1).getByLabel('postbackData')).not.toHaveValue(first);
    await expect(page.getByTestId('rcs-warning-summary')).not.toContainText('is also the postbackData');
  });
});

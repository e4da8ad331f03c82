import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { holdCalls } from './hold-calls';

// Starting points use the bundled samples; media URLs typed here are served as local SVGs so the
// preview's layout is real without a network, and one host always fails so the broken-media
// placeholder shows.
const COLORS = ['#e76f51', '#2a9d8f', '#264653', '#e9c46a', '#8ab17d'];
async function fakeImages(page: Page) {
  let n = 0;
  await page.route(/^https:\/\/img\.example\//, (route) => {
    const color = COLORS[n++ % COLORS.length];
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600"><rect width="800" height="600" fill="${color}"/><circle cx="400" cy="300" r="160" fill="#ffffff55"/></svg>`;
    return route.fulfill({ status: 200, contentType: 'image/svg+xml', body: svg });
  });
  await page.route(/^https:\/\/broken\.example\//, (route) => route.fulfill({ status: 404, body: 'nope' }));
}

async function openDesigner(page: Page, url: string) {
  await fakeImages(page);
  await page.goto(url);
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name: 'RCS Designer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'RCS Designer' })).toBeVisible();
}

const phoneTitles = (page: Page) => page.getByTestId('rcs-phone').locator('.rcs-card-title');
const panel = (page: Page, n: number) => page.getByTestId('rcs-card-panel').nth(n);
// A starting point of the gallery; the worker's console may also list a recent design of that name.
const startingPoint = (page: Page, name: string) =>
  page.getByRole('region', { name: 'Starting points' }).getByRole('button', { name: new RegExp(`^${name}`) });

test.describe('RCS designer', () => {
  test('builds a carousel of three cards, reorders by drag and keyboard, previews light and dark, flags a broken rule, sends to the sandbox', async ({
    page,
    served,
  }, testInfo) => {
    await openDesigner(page, served.url);
    await page.getByRole('button', { name: '+ Carousel' }).click();
    await page.getByLabel('Design name').fill('Spring offers');

    // Three cards, each with a title and a suggestion.
    await page.getByRole('button', { name: '+ Add card' }).click();
    await expect(page.getByTestId('rcs-card-panel')).toHaveCount(3);
    const names = ['Alpha', 'Bravo', 'Charlie'];
    for (const [i, name] of names.entries()) {
      await panel(page, i).getByLabel('Title').fill(name);
      await panel(page, i).getByRole('button', { name: '+ Add suggestion' }).click();
      await panel(page, i).getByLabel('Chip text').fill(`Book ${name}`);
    }
    await expect(phoneTitles(page)).toHaveText(names);
    // postbackData follows the chip text while it is the generated one.
    await expect(panel(page, 0).getByLabel('postbackData')).toHaveValue('reply_book_alpha');
    // A message-level chip of another type with its own fields.
    await page.getByLabel('Type of the new message suggestions entry').selectOption('dialPhone');
    await page.getByRole('region', { name: 'Message suggestions' }).getByRole('button', { name: '+ Add suggestion' }).click();
    await expect(page.getByTestId('rcs-phone').locator('.rcs-chip')).toHaveText(['☎Call us']);

    // Reorder by HTML5 drag and drop: Charlie onto Alpha's place (collapsed, so nothing scrolls mid-drag).
    await page.getByRole('button', { name: 'Collapse all' }).click();
    await panel(page, 2).locator('.rcs-drag-handle').dragTo(panel(page, 0));
    await expect(phoneTitles(page)).toHaveText(['Charlie', 'Alpha', 'Bravo']);
    // ...and by keyboard: Alt+Right on the first card's handle, then the labelled button.
    await panel(page, 0).locator('.rcs-drag-handle').focus();
    await page.keyboard.press('Alt+ArrowRight');
    await expect(phoneTitles(page)).toHaveText(['Alpha', 'Charlie', 'Bravo']);
    await page.getByRole('button', { name: 'Move card 3 left' }).click();
    await expect(phoneTitles(page)).toHaveText(['Alpha', 'Bravo', 'Charlie']);
    await page.getByRole('button', { name: 'Expand all' }).click();

    // A media URL that does not load is shown as such on the phone.
    await panel(page, 2).getByLabel('Media URL').fill('https://broken.example/missing.jpg');
    await expect(page.getByTestId('rcs-phone').getByRole('img', { name: 'media could not load' })).toBeVisible();
    await panel(page, 2).getByLabel('Media URL').fill('https://img.example/charlie.jpg');
    await expect(page.getByTestId('rcs-issue-summary')).toContainText('ready to send');

    await page.getByRole('button', { name: '☀ Light' }).click();
    await page.getByTestId('rcs-phone').locator('.rcs-carousel img').first().waitFor();
    await page.screenshot({ path: testInfo.outputPath('rcs-carousel-light.png'), fullPage: true });
    await page.getByRole('button', { name: '☾ Dark' }).click();
    await expect(page.getByTestId('rcs-phone')).toHaveAttribute('data-phone-theme', 'dark');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: testInfo.outputPath('rcs-carousel-dark.png'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'light' });

    // Break a rule the vendor documents: a chip needs text. Flagged at the field and in the summary.
    const chip = panel(page, 1).getByLabel('Chip text');
    await chip.fill('');
    await expect(panel(page, 1).getByRole('alert')).toContainText('is required');
    await expect(page.getByTestId('rcs-issue-summary')).toContainText('1 problem to fix');
    await expect(page.getByTestId('rcs-issue-summary')).toContainText('Card 2, suggestion 1, text: is required');
    await expect(page.getByTestId('rcs-issue-summary')).toContainText('cards[1].suggestions[0].displayText');
    await expect(panel(page, 1).locator('.rcs-badge-error')).toHaveText('1 to fix');
    await page.screenshot({ path: testInfo.outputPath('rcs-rule-broken.png'), fullPage: true });
    await page.getByRole('tab', { name: 'Send & export' }).click();
    await page.getByLabel('Test recipients').fill('+14155550100');
    await expect(page.getByRole('button', { name: /Send test/ })).toBeDisabled();
    await expect(page.getByText(/1 rule broken in the design/)).toBeVisible();
    // The summary link takes the user to the field.
    await page.getByTestId('rcs-issue-summary').getByRole('button', { name: 'Card 2, suggestion 1, text' }).click();
    await expect(panel(page, 1).getByLabel('Chip text')).toBeFocused();
    await panel(page, 1).getByLabel('Chip text').fill('Book Bravo');
    await expect(page.getByTestId('rcs-issue-summary')).toContainText('ready to send');

    // Send through the built-in sandbox profile, with SMS fallback.
    await page.getByRole('tab', { name: 'Send & export' }).click();
    await expect(page.getByLabel('Profile')).toHaveValue('sandbox');
    await page.getByLabel('Send as SMS when the recipient cannot get RCS (smsFallback)').check();
    await page.getByRole('button', { name: 'Fill from the design' }).click();
    await expect(page.getByLabel('Fallback text')).toHaveValue(/^Alpha\nDescribe the offer\nBravo/);
    await page.getByLabel('Fallback text').fill('Spring offers: https://example.com/offers');
    await page.getByRole('button', { name: 'Export cURL' }).click();
    const curlBox = page.getByRole('textbox', { name: 'cURL command' });
    // The sandbox's URL arrives with the console's status; the export follows it.
    await expect(curlBox).toHaveValue(/^curl -sS -X POST 'http:\/\/127\.0\.0\.1:\d+\/v2\/messages'/);
    const curl = await curlBox.inputValue();
    expect(curl).toContain('"key: $SERVICE_KEY"');
    expect(curl).toContain('"smsFallback": true');
    expect(curl).not.toContain('sandbox-key');
    await page.getByRole('button', { name: 'Send test to 1' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Queued job' })).toContainText('1 destination in 1 request');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: testInfo.outputPath('rcs-sent-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });

    // The request is in History.
    await page.getByRole('button', { name: 'Open History' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
    await expect(page.getByText('+14155550100').first()).toBeVisible({ timeout: 15_000 });
  });

  test('the JSON view stays in sync both ways and says which part of a pasted sample cannot load', async ({ page, served }, testInfo) => {
    await openDesigner(page, served.url);
    await startingPoint(page, 'Product card').click();
    await page.getByLabel('Title').first().fill('Trail Runner 3');
    await page.getByRole('tab', { name: 'JSON' }).click();
    const json = page.getByRole('textbox', { name: 'content JSON' });
    await expect(json).toContainText('"title": "Trail Runner 3"');

    // The carousel sample exactly as the docs publish it (comments, a trailing comma, choice
    // lists such as "SMALL/MEDIUM") loads, and every repair is named.
    const seed = readFileSync(fileURLToPath(new URL('../unit/fixtures/rcs-seed-001/seed-loose-carousel.txt', import.meta.url)), 'utf8');
    await json.fill(seed);
    const problems = page.getByTestId('rcs-json-problems');
    await expect(problems).toHaveCount(0);
    await expect(
      page.getByText(/Loaded\. .*removed a trailing comma.*width: "SMALL\/MEDIUM" lists the choices; took MEDIUM/),
    ).toBeVisible();
    await expect(page.getByTestId('rcs-phone').locator('.rcs-card-title')).toHaveText(['The first card', 'The second card']);
    // The sample's calendar event ends when it starts: loaded, and a warning (a calendar rule, not the vendor's).
    await expect(page.getByTestId('rcs-warning-summary')).toContainText('the event does not end after it starts');
    await expect(page.getByTestId('rcs-warning-summary')).toContainText('suggestions[4].endTime');
    await expect(page.getByTestId('rcs-issue-summary')).toContainText('ready to send');

    // What cannot load is named by path and reason, and the design stays as it was.
    await json.fill(seed.replace('"type": "carousel"', '"type": "slideshow"'));
    await expect(problems).toContainText('Message type: must be one of text, media, standalone, carousel, agentEvent');
    await json.fill('{ "type": "standalone", "richCard": { "orientation": "DIAGONAL", "subtitle": "x" } }');
    await expect(problems).toContainText('Rich card, orientation: must be VERTICAL or HORIZONTAL richCard.orientation');
    await expect(problems).toContainText('Rich card: unknown field "subtitle": not part of a rich card in the v2 docs');
    await expect(page.getByTestId('rcs-phone').locator('.rcs-card-title')).toHaveText(['The first card', 'The second card']);
    await page.screenshot({ path: testInfo.outputPath('rcs-json-problems.png'), fullPage: true });
    await page.getByRole('button', { name: 'Discard my JSON edits' }).click();
    await expect(problems).toHaveCount(0);
    await expect(json).toContainText('"title": "The first card"');

    // And back: a design edit rewrites the JSON.
    await page.getByRole('tab', { name: 'Design' }).click();
    await page.getByLabel('Card width').selectOption('MEDIUM');
    await page.getByRole('tab', { name: 'JSON' }).click();
    await expect(json).toContainText('"width": "MEDIUM"');
  });

  test('saves a design as a template of the shared library and reopens it', async ({ page, served }, testInfo) => {
    // A name of this run's own: the worker's console keeps the designs and templates of earlier tests.
    const name = `Clinic reminder ${testInfo.workerIndex}-${testInfo.repeatEachIndex}-${Date.now() % 100000}`;
    await openDesigner(page, served.url);
    await page.screenshot({ path: testInfo.outputPath('rcs-gallery.png') });
    await startingPoint(page, 'Appointment').click();
    await expect(page.getByTestId('rcs-phone').locator('.rcs-card-horizontal')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('rcs-horizontal-card.png') });
    await page.getByRole('button', { name: 'Save as template…' }).click();
    await page.getByLabel('Template name').fill(name);
    await page.getByLabel('Tags (comma-separated)').fill('health, reminder');
    await page.getByRole('button', { name: 'Save as template', exact: true }).click();
    await expect(page.getByText(`Saved as template "${name}".`)).toBeVisible();
    await page.getByRole('button', { name: '← Gallery' }).click();
    // The work is also autosaved as a recent design.
    await expect(page.getByRole('region', { name: 'Recent designs' }).getByRole('button', { name, exact: true })).toBeVisible();
    await page.getByRole('region', { name: 'RCS templates' }).getByRole('button', { name, exact: true }).click();
    await expect(page.getByLabel('Design name')).toHaveValue(name);
    await expect(page.getByTestId('rcs-phone').locator('.rcs-chip, .rcs-card-action').first()).toContainText('Add to calendar');
  });

  test('the phone lays cards out as handsets do: media heights, thumbnail side, carousel widths and scrolling', async ({
    page,
    served,
  }, testInfo) => {
    await openDesigner(page, served.url);
    await page.getByRole('button', { name: '+ Rich card' }).click();
    const phone = page.getByTestId('rcs-phone');
    const mediaHeight = async () => (await phone.locator('.rcs-card-media').boundingBox())!.height;
    const heights: number[] = [];
    for (const h of ['SHORT', 'MEDIUM', 'TALL']) {
      await page.getByLabel('Height').selectOption(h);
      heights.push(await mediaHeight());
    }
    expect(heights[0]).toBeLessThan(heights[1]!);
    expect(heights[1]).toBeLessThan(heights[2]!);

    await page.getByLabel('Orientation').selectOption('HORIZONTAL');
    await page.getByLabel('Thumbnail alignment').selectOption('LEFT');
    const side = async () => {
      const media = (await phone.locator('.rcs-card-media').boundingBox())!;
      const text = (await phone.locator('.rcs-card-text').boundingBox())!;
      return media.x < text.x ? 'left' : 'right';
    };
    expect(await side()).toBe('left');
    await page.getByLabel('Thumbnail alignment').selectOption('RIGHT');
    expect(await side()).toBe('right');

    // A carousel keeps its cards side by side and scrolls; SMALL cards are narrower than MEDIUM.
    await page.getByRole('radio', { name: 'Carousel' }).check();
    await page.getByRole('button', { name: '+ Add card' }).click();
    await page.getByRole('button', { name: '+ Add card' }).click();
    const carousel = phone.locator('.rcs-carousel');
    const cardWidth = async () => (await phone.getByTestId('rcs-card').first().boundingBox())!.width;
    const medium = await cardWidth();
    await page.getByLabel('Card width').selectOption('SMALL');
    expect(await cardWidth()).toBeLessThan(medium);
    expect(await carousel.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await page.screenshot({ path: testInfo.outputPath('rcs-carousel-small.png') });

    // Agent events: a typing indicator, and a read receipt that needs its messageId.
    await page.getByRole('radio', { name: 'Agent event' }).check();
    await expect(phone.getByLabel('agent is typing')).toBeVisible();
    await page.getByLabel('Event', { exact: true }).selectOption('READ');
    await expect(page.getByTestId('rcs-issue-summary')).toContainText('Message ID: a READ event needs the messageId');
    await page.getByLabel('messageId of the message read').fill('3682cb0f-5dae-42fe-9a75-2aea271efeff');
    await expect(phone.locator('.rcs-receipt')).toContainText('Read');
    await expect(page.getByTestId('rcs-issue-summary')).toContainText('ready to send');

    // A media message with a video URL shows a video tile; text over the SMS fallback's 1024 is counted at the field, as a warning.
    await page.getByRole('radio', { name: 'Media' }).check();
    await page.getByLabel('Media URL').fill('https://img.example/clip.mp4');
    await expect(page.getByText('Detected video (video/mp4)')).toBeVisible();
    await expect(phone.getByRole('img', { name: /^video / })).toBeVisible();
    await page.getByRole('radio', { name: 'Text' }).check();
    await page.getByLabel('Message text').fill('x'.repeat(1030));
    await expect(page.getByText('1030 / 1024')).toBeVisible();
    await expect(page.locator('.field-warning').filter({ hasText: '1030 characters' })).toContainText('the rcsMessage table allows 3072');
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('a template that answers after the user started something else does not replace it', async ({ page, freshServed }) => {
    const loads = await holdCalls(page, 'templates:get');
    await openDesigner(page, freshServed.url);
    await startingPoint(page, 'Product card').click();
    await page.getByRole('button', { name: 'Save as template…' }).click();
    await page.getByLabel('Template name').fill('Slow template');
    await page.getByRole('button', { name: 'Save as template', exact: true }).click();
    await expect(page.getByText('Saved as template "Slow template".')).toBeVisible();
    await page.getByRole('button', { name: '← Gallery' }).click();

    // The template is slow to come; meanwhile the user starts a rich card of their own and types.
    loads.hold();
    await page.getByRole('region', { name: 'RCS templates' }).getByRole('button', { name: 'Slow template', exact: true }).click();
    await expect.poll(() => loads.held()).toBe(1);
    await page.getByRole('button', { name: '+ Rich card' }).click();
    await page.getByLabel('Title').first().fill('My own card');
    await loads.release();
    await page.waitForTimeout(500); // time for an answer to be applied
    await expect(phoneTitles(page)).toHaveText(['My own card']);
    await expect(page.getByLabel('Design name')).not.toHaveValue('Slow template');
  });
});

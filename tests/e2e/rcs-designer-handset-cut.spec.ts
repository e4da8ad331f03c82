import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The phone preview shows what handsets show: a chip over Google RBM's 25 characters (the limit the
// designer warns about) is cut with an ellipsis, its full text on hover and for screen readers,
// while the v2 body keeps every character. Chips at the limit show in full.

const LONG_CHIP = 'Reserve your seat tonight, 8pm'; // 30 characters
const FULL_CHIP = 'See the menu and the wine'; // 25 characters
const LONG_ACTION = 'Directions to the nearest shop'; // 30 characters
const LONG_TITLE = 'Our spring collection is here. '.repeat(7); // 217 characters, over the 200 of card titles

async function openDesigner(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name: 'RCS Designer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'RCS Designer' })).toBeVisible();
}

async function loadJson(page: Page, content: unknown) {
  await page.getByRole('tab', { name: 'JSON' }).click();
  await page.getByRole('textbox', { name: 'content JSON' }).fill(JSON.stringify(content, null, 2));
}

/** The text a sighted user sees: without the parts kept for screen readers only. */
function shownText(element: Locator): Promise<string> {
  return element.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
    return copy.textContent ?? '';
  });
}

async function exportedContent(page: Page): Promise<unknown> {
  await page.getByRole('tab', { name: 'Send & export' }).click();
  await page.getByRole('button', { name: 'Export v2 body' }).click();
  const body = JSON.parse(await page.getByRole('textbox', { name: 'v2 request body' }).inputValue()) as { content: unknown };
  return body.content;
}

test.describe('RCS designer: the phone cuts text as handsets do', () => {
  test('a 30-character chip shows its first 25 and an ellipsis, full on hover and for screen readers, and is exported whole', async ({
    page,
    freshServed,
  }, testInfo) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1280, height: 1000 });
    await openDesigner(page, freshServed.url);
    await page.getByRole('button', { name: '+ Text' }).click();
    const suggestions = [
      { type: 'reply', displayText: LONG_CHIP, postbackData: 'reserve' },
      { type: 'reply', displayText: FULL_CHIP, postbackData: 'menu' },
    ];
    await loadJson(page, { type: 'text', text: 'Tables free tonight.', suggestions });

    const phone = page.getByTestId('rcs-phone');
    const chips = phone.locator('.rcs-chip');
    await expect(chips).toHaveCount(2);
    const [long, full] = [chips.nth(0), chips.nth(1)];
    expect(await shownText(long)).toBe('Reserve your seat tonight…');
    expect(await shownText(full)).toBe(FULL_CHIP);
    await expect(long).toHaveAttribute('title', `${LONG_CHIP} (phones cut it after 25 characters)\nreply · reserve`);
    await expect(full).toHaveAttribute('title', 'reply · menu');
    // Screen readers get the whole text, without the drawn ellipsis.
    expect(await long.ariaSnapshot()).toContain(LONG_CHIP);
    expect(await long.ariaSnapshot()).not.toContain('…');
    // The chip is as wide as its cut text: the rest takes no room.
    expect((await long.boundingBox())!.width).toBeLessThan((await full.boundingBox())!.width + 20);
    await phone.screenshot({ path: testInfo.outputPath('rcs-cut-chip-light.png') });
    await page.getByRole('group', { name: 'Phone theme' }).getByRole('button', { name: 'Dark' }).click();
    await expect(phone).toHaveAttribute('data-phone-theme', 'dark');
    await phone.screenshot({ path: testInfo.outputPath('rcs-cut-chip-dark.png') });

    // What is sent keeps all 30 characters.
    expect(await exportedContent(page)).toMatchObject({ suggestions });
  });

  test('a rich card cuts a 30-character suggestion and a title over 200, and exports both whole', async ({
    page,
    freshServed,
  }, testInfo) => {
    test.setTimeout(120_000);
    await openDesigner(page, freshServed.url);
    await page.getByRole('button', { name: '+ Text' }).click();
    const card = {
      title: LONG_TITLE,
      description: 'Fresh arrivals in every shop.',
      suggestions: [
        { type: 'reply', displayText: LONG_ACTION, postbackData: 'directions' },
        { type: 'reply', displayText: FULL_CHIP, postbackData: 'menu' },
      ],
    };
    await loadJson(page, { type: 'standalone', richCard: { orientation: 'VERTICAL', ...card } });

    const phone = page.getByTestId('rcs-phone');
    const actions = phone.locator('.rcs-card-action');
    await expect(actions).toHaveCount(2);
    expect(await shownText(actions.nth(0))).toBe('Directions to the nearest…');
    await expect(actions.nth(0)).toHaveAttribute('title', `${LONG_ACTION} (phones cut it after 25 characters)`);
    expect(await shownText(actions.nth(1))).toBe(FULL_CHIP);
    await expect(actions.nth(1)).not.toHaveAttribute('title');
    const title = phone.locator('.rcs-card-title');
    expect(await shownText(title)).toBe(`${LONG_TITLE.slice(0, 200)}…`);
    await expect(title).toHaveAttribute('title', `${LONG_TITLE} (phones cut it after 200 characters)`);
    expect(await title.ariaSnapshot()).toContain(LONG_TITLE.trim());
    await expect(phone.locator('.rcs-card-description')).not.toHaveAttribute('title');
    await phone.screenshot({ path: testInfo.outputPath('rcs-cut-card-light.png') });

    expect(await exportedContent(page)).toMatchObject({ richCard: card });
  });
});

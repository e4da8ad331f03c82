import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { callCore } from './call-core';
import { expect, test } from './fixtures';

// Issue 16: the designer refuses only what the vendor documents. A chip over Google RBM's 25
// characters and text over the SMS fallback's 1024 (the rcsMessage table allows 3072) are warnings
// that name their source, and the design is sent exactly as shown; text over 3072 still blocks.

const CHIP = 'Book this wonderful city break'; // 30 characters
const TEXT = 'Spring offers. '.repeat(74).slice(0, 1100);

interface Listed {
  total: number;
  items: { id: string; state: string }[];
}

async function openDesigner(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name: 'RCS Designer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'RCS Designer' })).toBeVisible();
}

/** Waits for the one request sent to `recipient` to be accepted by the sandbox; fails on a second. */
async function onlyRequestTo(page: Page, recipient: string): Promise<{ content: unknown }> {
  let id = '';
  await expect
    .poll(
      async () => {
        const listed = await callCore<Listed>(page, 'outbound:list', { search: recipient });
        id = listed.output?.items[0]?.id ?? '';
        return listed.output && { total: listed.output.total, state: listed.output.items[0]?.state };
      },
      { timeout: 30_000 },
    )
    .toEqual({ total: 1, state: 'accepted' });
  const detail = await callCore<{ body: { content: unknown } }>(page, 'outbound:get', { id });
  return detail.output!.body;
}

const uniqueRecipient = () => `+1415555${String(Date.now() % 10_000).padStart(4, '0')}`;

async function screenshots(page: Page, path: (name: string) => string, name: string) {
  await page.screenshot({ path: path(`${name}-light.png`) });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: path(`${name}-dark.png`) });
  await page.emulateMedia({ colorScheme: 'light' });
}

test.describe('RCS designer: rules the vendor does not document', () => {
  test('a chip over 25 and text over 1024 warn with their source, and one click sends the design as shown', async ({
    page,
    freshServed,
  }, testInfo) => {
    test.setTimeout(120_000);
    const shot = (name: string) => testInfo.outputPath(name);
    await page.setViewportSize({ width: 1280, height: 1000 });
    await openDesigner(page, freshServed.url);
    await page.getByRole('button', { name: '+ Text' }).click();
    await page.getByLabel('Message text').fill(TEXT);
    await page.getByRole('region', { name: 'Message suggestions' }).getByRole('button', { name: '+ Add suggestion' }).click();
    await page.getByLabel('Chip text').fill(CHIP);
    const postbackData = await page.getByLabel('postbackData').inputValue();

    // At the fields: amber warnings that say where each limit comes from; no error.
    const chipField = page.locator('.rcs-field', { has: page.getByLabel('Chip text') });
    await expect(chipField.locator('.field-warning')).toHaveText(
      "⚠ 30 characters: chips over 25 are cut on phones (Google RBM's limit, not in the vendor's docs)",
    );
    await expect(chipField.getByText('30 / 25')).toHaveClass(/over-warn/);
    await expect(page.locator('.rcs-field', { has: page.getByLabel('Message text') }).locator('.field-warning')).toContainText(
      '1100 characters: the rcsMessage table allows 3072, but the SMS fallback (rcsOptions.text) and SMS allow 1024 (seed 001)',
    );
    await expect(page.locator('.rcs-editor').getByRole('alert')).toHaveCount(0);
    const summary = page.getByTestId('rcs-issue-summary');
    await expect(summary).toContainText('✓ Every rule the vendor documents passes: ready to send');
    await expect(page.getByTestId('rcs-warning-summary')).toContainText('Message suggestion 1, text: 30 characters: chips over 25');

    await chipField.scrollIntoViewIfNeeded();
    await screenshots(page, shot, 'rcs-field-warnings');

    // The send panel names the warnings as Compose does, and Send stays enabled.
    await page.getByRole('tab', { name: 'Send & export' }).click();
    await expect(page.getByLabel('Profile')).toHaveValue('sandbox');
    const recipient = uniqueRecipient();
    await page.getByLabel('Test recipients').fill(recipient);
    const warnings = page.getByRole('note', { name: 'Warnings' });
    await expect(warnings).toContainText('Check before sending: 2 warnings, sent as designed');
    await expect(warnings).toContainText("Google RBM's limit, not in the vendor's docs");
    await expect(warnings).toContainText('the rcsMessage table allows 3072');
    const send = page.getByRole('button', { name: 'Send test to 1' });
    await expect(send).toBeEnabled();
    await expect(page.getByText(/Before sending:/)).toHaveCount(0);
    await warnings.scrollIntoViewIfNeeded();
    await screenshots(page, shot, 'rcs-send-warnings');

    // One click, one request in History, accepted by the sandbox, with the content the designer shows.
    await send.click();
    await expect(page.getByRole('status').filter({ hasText: 'Queued job' })).toContainText('1 destination in 1 request');
    const sent = await onlyRequestTo(page, recipient);
    expect(sent.content).toEqual({
      type: 'text',
      text: TEXT,
      suggestions: [{ type: 'reply', displayText: CHIP, postbackData }],
    });

    // Text past the 3072 the vendor documents is refused: an error at the field, and Send disabled.
    await page.getByRole('tab', { name: 'Design' }).click();
    await page.getByLabel('Message text').fill('x'.repeat(3073));
    await expect(page.locator('.rcs-editor').getByRole('alert')).toHaveText('at most 3072 characters (the rcsMessage table); has 3073');
    await expect(summary).toContainText('1 problem to fix');
    await screenshots(page, shot, 'rcs-documented-rule');
    await page.getByRole('tab', { name: 'Send & export' }).click();
    await expect(page.getByRole('button', { name: 'Send test to 1' })).toBeDisabled();
    await expect(page.getByText(/1 rule broken in the design/)).toBeVisible();
    const after = await callCore<Listed>(page, 'outbound:list', { search: recipient });
    expect(after.output?.total).toBe(1);
  });

  test("the seed's carousel as published, whose event ends when it starts, is sent with a warning naming the calendar rule", async ({
    page,
    freshServed,
  }) => {
    test.setTimeout(120_000);
    await openDesigner(page, freshServed.url);
    await page.getByRole('button', { name: '+ Text' }).click();
    await page.getByRole('tab', { name: 'JSON' }).click();
    const seed = readFileSync(fileURLToPath(new URL('../unit/fixtures/rcs-seed-001/seed-loose-carousel.txt', import.meta.url)), 'utf8');
    await page.getByRole('textbox', { name: 'content JSON' }).fill(seed);
    await expect(page.getByTestId('rcs-phone').locator('.rcs-card-title')).toHaveText(['The first card', 'The second card']);
    const calendarRule =
      "the event does not end after it starts: calendars may refuse it (a calendar rule; the vendor's own sample uses equal times)";
    await expect(page.getByTestId('rcs-warning-summary')).toContainText(calendarRule);
    await expect(page.getByTestId('rcs-issue-summary')).toContainText('ready to send');

    await page.getByRole('tab', { name: 'Send & export' }).click();
    const recipient = uniqueRecipient();
    await page.getByLabel('Test recipients').fill(recipient);
    await expect(page.getByRole('note', { name: 'Warnings' })).toContainText(calendarRule);
    await page.getByRole('button', { name: 'Send test to 1' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Queued job' })).toContainText('1 destination in 1 request');
    const sent = (await onlyRequestTo(page, recipient)) as { content: { suggestions: { startTime?: string; endTime?: string }[] } };
    expect(sent.content.suggestions[4]).toMatchObject({ startTime: '2017-03-14T00:00:00Z', endTime: '2017-03-14T00:00:00Z' });
  });
});

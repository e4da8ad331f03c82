import type { Page } from '@playwright/test';
import { freshDraft, openCompose, pasteInto, writeSms } from './compose-helpers';
import { expect, test } from './fixtures';
import { holdCalls } from './hold-calls';

/** Mean luminance (0 dark .. 1 light) of a screenshot, measured in the page's own canvas. */
async function meanLuminance(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(
    async (dataUrl) => {
      const image = new Image();
      image.src = dataUrl;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      let sum = 0;
      for (let i = 0; i < data.length; i += 4) sum += (0.2126 * data[i]! + 0.7152 * data[i + 1]! + 0.0722 * data[i + 2]!) / 255;
      return sum / (data.length / 4);
    },
    `data:image/png;base64,${png.toString('base64')}`,
  );
}

test.describe('compose without surprises', () => {
  test('a first run shows the guide, not errors, on the untouched draft', async ({ page, freshServed }, testInfo) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(freshServed.url);
    const guide = page.getByRole('region', { name: 'Getting started' });
    await expect(guide).toContainText('Send to the sandbox');
    await expect(guide).toContainText('Watch the feed');
    await expect(guide).toContainText('Add a profile');
    await expect(page.getByLabel('Message')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Editor' }).locator('.field-error')).toHaveCount(0);
    await expect(page.getByRole('tab', { name: /JSON/ }).locator('.count')).toHaveCount(0);
    await page.screenshot({ path: testInfo.outputPath('compose-first-run-light.png'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: testInfo.outputPath('compose-first-run-dark.png'), fullPage: true });

    await guide.getByRole('button', { name: 'Fill in an example recipient' }).click();
    await expect(guide).toHaveCount(0);
    await expect(page.getByRole('table', { name: 'Recipients list' }).getByLabel('Address 1')).toHaveValue('447700900001');
    await expect(page.getByTestId('sms-bubble')).toContainText('Hi Ana');
  });

  // A console of its own: on the worker's shared one, an RCS draft left by an earlier test opens at
  // start and is parked by the first SMS click, so "RCS" would bring that work back, not a fresh starter.
  test('switching channel, even to the active one, keeps the work; Undo goes back', async ({ page, freshServed }) => {
    await page.goto(freshServed.url);
    await freshDraft(page, 'SMS');
    await writeSms(page, 'Table for two at eight', '447700900031\n447700900032\n');
    const channels = page.getByRole('toolbar', { name: 'Channel' });
    await channels.getByRole('button', { name: 'SMS' }).click();
    await expect(page.getByLabel('Message')).toHaveValue('Table for two at eight');
    await expect(page.getByTestId('recipient-position')).toHaveText('1 of 2');

    await channels.getByRole('button', { name: 'Email' }).click();
    await expect(page.getByLabel('Subject')).toBeVisible();
    await page.getByLabel('Subject').fill('Your booking');
    await channels.getByRole('button', { name: 'SMS' }).click();
    await expect(page.getByLabel('Message')).toHaveValue('Table for two at eight');
    await expect(page.getByTestId('recipient-position')).toHaveText('1 of 2');
    await channels.getByRole('button', { name: 'Email' }).click();
    await expect(page.getByLabel('Subject')).toHaveValue('Your booking');

    // A channel never opened before starts fresh; Undo brings back what was open.
    await channels.getByRole('button', { name: 'RCS' }).click();
    await expect(page.getByLabel('Subject')).toHaveCount(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.getByLabel('Subject')).toHaveValue('Your booking');
  });

  test('recipients: a paste applies at once, stays visible and editable, numbered as pasted; the picker shows names', async ({
    page,
    served,
  }, testInfo) => {
    await openCompose(page, served.url, 'SMS');
    // No header: line numbers are the pasted lines.
    await writeSms(page, 'Hi $(value1)', '447700900041,Ana\nnot-a-number,Bo\n447700900043,Cy\n');
    await expect(page.getByLabel('Added recipients')).toContainText('Added 2 recipients; 1 line left in the box to fix');
    await expect(page.getByLabel('Rejected lines')).toContainText('line 2: "not-a-number" is not an MSISDN');
    await expect(page.getByLabel('Paste recipients')).toHaveValue('not-a-number,Bo');

    const table = page.getByRole('table', { name: 'Recipients list' });
    await expect(table.getByRole('row')).toHaveCount(3);
    await expect(table.getByLabel('Address 2')).toHaveValue('447700900043');
    await expect(page.getByLabel('Recipient', { exact: true }).locator('option').first()).toHaveText('1. 447700900041 · Ana');

    // Fix the rejected line in the box and add it; edit a value in the table; remove a row.
    await page.getByLabel('Paste recipients').fill('447700900042,Bo');
    await page.getByRole('button', { name: 'Add 1' }).click();
    await expect(table.getByRole('row')).toHaveCount(4);
    await table.getByLabel('value1 of 2').fill('Cyril');
    await expect(page.getByLabel('Recipient', { exact: true }).locator('option').nth(1)).toHaveText('2. 447700900043 · Cyril');
    await table.getByRole('button', { name: 'Remove 447700900041' }).click();
    await expect(table.getByRole('row')).toHaveCount(3);
    await expect(page.getByTestId('recipient-position')).toHaveText('1 of 2');
    await expect(page.getByTestId('sms-bubble')).toHaveText('Hi Cyril');
    await page.screenshot({ path: testInfo.outputPath('compose-recipients-light.png'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: testInfo.outputPath('compose-recipients-dark.png'), fullPage: true });
  });

  test('email: dark preview is legible, a placeholder text part is flagged and generated, scripts and forms are flagged', async ({
    page,
    served,
  }, testInfo) => {
    await openCompose(page, served.url, 'Email');
    await pasteInto(page.getByLabel('Paste recipients'), 'email,name\nana@example.com,Ana\n');
    await page
      .getByLabel('HTML')
      .fill(
        '<table width="100%" bgcolor="#ffffff" style="background:#ffffff"><tr><td style="color:#333333">' +
          '<h1 style="color:#222">Hello $(name)</h1><p style="color:#555">Your order has shipped.</p>' +
          '<p><a href="https://example.com/track">Track it</a></p><a href="$(unsubscribe)">Unsubscribe</a></td></tr></table>',
      );
    const stale = page.getByTestId('email-text-stale');
    await expect(stale).toContainText('still holds the starter text');
    const frame = page.getByTestId('email-frame');
    await frame.scrollIntoViewIfNeeded();
    expect(await meanLuminance(page, await frame.screenshot())).toBeGreaterThan(0.8);
    await page.getByRole('button', { name: 'Dark', exact: true }).click();
    await expect(page.getByTestId('email-dark-mode')).toContainText('colours inverted');
    // The white mail turns dark (and its dark text light), as dark-mode clients draw it.
    await expect.poll(async () => meanLuminance(page, await frame.screenshot())).toBeLessThan(0.3);
    await page.locator('.preview-pane').screenshot({ path: testInfo.outputPath('email-dark-inverted.png') });

    await stale.getByRole('button', { name: 'Generate it from the HTML' }).click();
    await expect(stale).toHaveCount(0);
    await expect(page.getByLabel('Text part')).toHaveValue(
      'Hello $(name)\n\nYour order has shipped.\n\nTrack it (https://example.com/track)\nUnsubscribe ($(unsubscribe))',
    );

    // A mail with its own dark styles is shown with them.
    await page
      .getByLabel('HTML')
      .fill(
        '<style>body{background:#ffffff;color:#111111} @media (prefers-color-scheme: dark){body{background:#102030;color:#f0f0f0}}</style><p>Hi $(name)</p>' +
          '<script>alert(1)</script><form action="https://example.com"><input name="q"></form>',
      );
    await expect(page.getByTestId('email-dark-mode')).toContainText('own dark-mode styles');
    await expect
      .poll(() =>
        page
          .frameLocator('[data-testid="email-frame"]')
          .locator('body')
          .evaluate((b) => getComputedStyle(b).backgroundColor),
      )
      .toBe('rgb(16, 32, 48)');
    const active = page.getByTestId('email-active-content');
    await expect(active).toHaveCount(2);
    await expect(active.first()).toContainText('<script>');
    await expect(active.nth(1)).toContainText('form');
    await page.getByRole('button', { name: 'Light', exact: true }).click();
    await expect
      .poll(() =>
        page
          .frameLocator('[data-testid="email-frame"]')
          .locator('body')
          .evaluate((b) => getComputedStyle(b).backgroundColor),
      )
      .toBe('rgb(255, 255, 255)');
    await page.screenshot({ path: testInfo.outputPath('compose-email-light.png'), fullPage: true });
  });

  test('a draft saved while the drafts list is still on its way stays in Drafts', async ({ page, freshServed }) => {
    const lists = await holdCalls(page, 'compose:listDrafts');
    lists.hold();
    await page.goto(freshServed.url);
    await expect.poll(() => lists.held()).toBe(1);
    await freshDraft(page, 'SMS');
    await page.getByLabel('Message').fill('Written before the list came');
    await expect(page.getByText('Draft saved')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Drafts (1)' })).toBeVisible();
    await lists.release();
    await page.waitForTimeout(500); // time for the list to be applied
    await expect(page.getByRole('button', { name: 'Drafts (1)' })).toBeVisible();
  });
});

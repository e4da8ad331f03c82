import type { Page } from '@playwright/test';
import { freshV1Draft, pasteInto, sendAndWaitDone } from './compose-helpers';
import { expect, test } from './fixtures';

// The recipients editor writes the destination kind the chosen v1 channel documents (PSID for
// Messenger, Twitter ID for Twitter), so ids pasted there validate and send.

async function pasteAndSend(page: Page, url: string, channel: string, ids: string[], column: string, kind: string): Promise<void> {
  await page.goto(url);
  await freshV1Draft(page, channel);
  await page.getByLabel('Profile').selectOption({ label: 'Sandbox (built in)' });
  await pasteInto(page.getByLabel('Paste recipients'), ids.join('\n'));
  const table = page.getByRole('table', { name: 'Recipients list' });
  await expect(table.getByRole('columnheader', { name: column, exact: true })).toBeVisible();
  await expect(page.getByLabel('Address 2')).toHaveValue(ids[1]!);
  await page.screenshot({ path: test.info().outputPath(`recipients-${channel}-form.png`), fullPage: true });
  await page.getByRole('tab', { name: /JSON/ }).click();
  await expect(page.getByLabel('Request problems')).toHaveCount(0);
  await expect(page.getByLabel('Request body JSON')).toContainText(`"${kind}"`);
  await sendAndWaitDone(page, '2 recipients');
}

test('v1 fb: PSIDs pasted into the recipients editor validate and send to the sandbox', async ({ page, served }) => {
  await pasteAndSend(page, served.url, 'fb', ['2412345678901234', '2412345678901235'], 'PSID', 'psid');
});

test('v1 twitter: Twitter IDs pasted into the recipients editor validate and send to the sandbox', async ({ page, served }) => {
  await pasteAndSend(page, served.url, 'twitter', ['783214', '783215'], 'Twitter ID', 'twitterid');
});

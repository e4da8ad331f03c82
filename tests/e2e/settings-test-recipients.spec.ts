import { expect, test } from './fixtures';
import { holdCalls } from './hold-calls';

// Settings → Test recipients against the real core: a save that answers late writes its cleaned
// lists back only into a box the user has not typed in since, and calls nothing saved that is not.

test('typing in the other box while the test recipients save keeps what was typed, not called saved', async ({ page, freshServed }) => {
  const saves = await holdCalls(page, 'compose:setTestRecipients');
  await page.goto(freshServed.url + '#/settings');
  const phones = page.getByLabel('Test phone numbers (SMS, RCS)');
  const emails = page.getByLabel('Test email addresses');
  await expect(phones).toBeEnabled();
  await phones.fill('  +447700900999  ');

  saves.hold();
  await page.getByRole('button', { name: 'Save test recipients' }).click();
  await expect.poll(() => saves.held()).toBe(1);
  await emails.fill('me@example.com');
  await saves.release();

  // The box saved and left alone shows what the core stored; the one typed in keeps the typing.
  await expect(phones).toHaveValue('+447700900999');
  await expect(emails).toHaveValue('me@example.com');
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toHaveCount(0);

  // Saving again stores the typing and says so; typing on takes "Saved." away.
  await page.getByRole('button', { name: 'Save test recipients' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await emails.fill('me@example.com\nyou@example.com');
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toHaveCount(0);
});

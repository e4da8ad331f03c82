import { expect, test } from './fixtures';
import { holdCalls } from './hold-calls';

// Settings → Data retention against the real core: the defaults show, a bad value is refused with
// the reason, and a saved retention is what the core keeps (it survives a reload).

test('Settings shows the retention, refuses a bad size and saves a new one', async ({ page, freshServed }) => {
  await page.goto(freshServed.url + '#/settings');
  const form = page.getByRole('form', { name: 'Data retention' });
  await expect(form.getByLabel('Keep for (days)')).toHaveValue('90');
  await expect(form.getByLabel('Largest database (MiB)')).toHaveValue('2048');
  await expect(form.getByTestId('retention-used')).toContainText('MiB in use');
  await expect(form).toContainText('newest 10,000 entries');
  await expect(form.getByRole('button', { name: 'Save retention' })).toBeDisabled();

  await form.getByLabel('Largest database (MiB)').fill('10');
  await form.getByRole('button', { name: 'Save retention' }).click();
  await expect(form.getByRole('alert')).toContainText('at least 100 MiB');

  await form.getByLabel('Keep for (days)').fill('30');
  await form.getByLabel('Largest database (MiB)').fill('500');
  await form.getByRole('button', { name: 'Save retention' }).click();
  await expect(form.getByRole('status')).toContainText('Saved');
  await expect(form.getByRole('alert')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/settings-retention.png', fullPage: true });

  await page.reload();
  await expect(form.getByLabel('Keep for (days)')).toHaveValue('30');
  await expect(form.getByLabel('Largest database (MiB)')).toHaveValue('500');
});

test('a reload that answers late does not put the stored retention back over what the user typed', async ({ page, freshServed }) => {
  // The section reloads on each visit: hold that reload back, as a slow core would.
  const reloads = await holdCalls(page, 'inbound:retention');
  await page.goto(freshServed.url + '#/settings');
  const form = page.getByRole('form', { name: 'Data retention' });
  const days = form.getByLabel('Keep for (days)');
  await expect(days).toHaveValue('90');

  // Away and back: the fields show the last answer at once while the reload is on its way.
  const nav = page.getByRole('navigation', { name: 'Areas' });
  await nav.getByRole('button', { name: 'Compose' }).click();
  reloads.hold();
  await nav.getByRole('button', { name: 'Settings' }).click();
  await expect(days).toHaveValue('90');
  await expect.poll(() => reloads.held()).toBe(1);
  await days.fill('30');

  await reloads.release();
  await page.waitForTimeout(500); // time for React to apply the answer
  await expect(days).toHaveValue('30');
  await expect(form.getByRole('button', { name: 'Save retention' })).toBeEnabled();
});

test('typing done while a save is on its way stays in the fields, not called saved', async ({ page, freshServed }) => {
  const saves = await holdCalls(page, 'inbound:setRetention');
  await page.goto(freshServed.url + '#/settings');
  const form = page.getByRole('form', { name: 'Data retention' });
  const days = form.getByLabel('Keep for (days)');
  const saveButton = form.getByRole('button', { name: /^Sav(e retention|ing)/ });
  await expect(days).toHaveValue('90');

  saves.hold();
  await days.fill('30');
  await saveButton.click();
  await expect(saveButton).toHaveText('Saving…');
  await expect.poll(() => saves.held()).toBe(1);
  await days.fill('45');

  await saves.release();
  await expect(saveButton).toHaveText('Save retention');
  await expect(saveButton).toBeEnabled();
  await expect(days).toHaveValue('45');
  await expect(form.getByRole('status')).toHaveCount(0);

  // A save now stores the typing.
  await saveButton.click();
  await expect(form.getByRole('status')).toContainText('Saved');
  await page.reload();
  await expect(days).toHaveValue('45');
});

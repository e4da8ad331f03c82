import { SANDBOX_SERVICE_ID, SANDBOX_SERVICE_KEY } from '../../src/shared/sandbox';
import { expect, test } from './fixtures';
import { holdSocket } from './hold-calls';
import type { Page } from '@playwright/test';

// Settings → Profiles against the real core: what the user typed is never thrown away by a late
// answer, or by a pushed notice about their own earlier save.
const WRONG_KEY = 'e2e-typed-later-3f9d01c2';

async function createProfile(page: Page, url: string, name: string): Promise<void> {
  await page.goto(url + '#/settings');
  await page.getByRole('button', { name: '+ New profile' }).click();
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Region').selectOption('sandbox');
  await page.getByLabel('Service ID').fill(SANDBOX_SERVICE_ID);
  await page.getByRole('button', { name: 'Create profile' }).click();
  await expect(page.getByRole('heading', { level: 3, name })).toBeVisible();
}

/** A call answered after everything the core pushed before it: once shown, those pushes were handled. */
async function roundTrip(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByTestId('connection-result').locator('.pill')).toBeVisible({ timeout: 15_000 });
}

test('typing on after Save survives the late push about that save', async ({ page, freshServed }) => {
  const holds = await holdSocket(page);
  const pushes = holds.event('profiles:changed');
  await createProfile(page, freshServed.url, 'Typing kept');
  const serviceId = page.getByLabel('Service ID');

  await serviceId.fill('svc-saved');
  pushes.hold();
  await page.getByRole('button', { name: 'Save changes' }).click();
  // The answer is in (the push about it is not).
  await expect(page.getByRole('button', { name: 'Saving…' })).toHaveCount(0);
  await expect.poll(() => pushes.held()).toBe(1);
  await serviceId.fill('svc-typed-after');
  await pushes.release();
  await roundTrip(page);

  await expect(serviceId).toHaveValue('svc-typed-after');
  await expect(page.getByRole('button', { name: 'Save changes' })).toBeEnabled();
  // About its own save, the page has nothing to warn of.
  await expect(page.getByText('This profile changed elsewhere')).toHaveCount(0);
});

test('typing done while Save is on its way survives both the push and the answer', async ({ page, freshServed }) => {
  const holds = await holdSocket(page);
  const answers = holds.call('profiles:update');
  const pushes = holds.event('profiles:changed');
  await createProfile(page, freshServed.url, 'Typing while saving');
  const serviceId = page.getByLabel('Service ID');

  await serviceId.fill('svc-saved');
  answers.hold();
  pushes.hold();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect.poll(() => answers.held()).toBe(1);
  await expect.poll(() => pushes.held()).toBe(1);
  await serviceId.fill('svc-typed-while-saving');
  // The push first, then the answer: the order the core sends them in.
  await pushes.release();
  await answers.release();
  await roundTrip(page);

  await expect(serviceId).toHaveValue('svc-typed-while-saving');
  await expect(page.getByRole('button', { name: 'Save changes' })).toBeEnabled();
  await expect(page.getByText('This profile changed elsewhere')).toHaveCount(0);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
});

test('a change from another window keeps unsaved typing and says so; with none, the form follows it', async ({
  page,
  freshServed,
}, testInfo) => {
  await createProfile(page, freshServed.url, 'Two windows');
  const other = await page.context().newPage();
  await other.goto(freshServed.url + '#/settings');
  await other
    .getByRole('list', { name: 'Profiles' })
    .getByRole('button', { name: /Two windows/ })
    .click();

  // No unsaved typing here: the other window's save shows up.
  await other.getByLabel('TPS').fill('7');
  await other.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByLabel('TPS')).toHaveValue('7', { timeout: 10_000 });

  // Unsaved typing here: it stays, and the page says the profile changed elsewhere.
  await page.getByLabel('Service ID').fill('svc-mine');
  await other.getByLabel('TPS').fill('9');
  await other.getByRole('button', { name: 'Save changes' }).click();
  const note = page.getByRole('status').filter({ hasText: 'This profile changed elsewhere' });
  await expect(note).toBeVisible({ timeout: 10_000 });
  await expect(page.getByLabel('Service ID')).toHaveValue('svc-mine');
  await expect(page.getByLabel('TPS')).toHaveValue('7');
  const editor = page.getByRole('form', { name: 'Edit Two windows' });
  await page.emulateMedia({ colorScheme: 'light' });
  await editor.screenshot({ path: testInfo.outputPath('changed-elsewhere-light.png') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await editor.screenshot({ path: testInfo.outputPath('changed-elsewhere-dark.png') });

  // Save keeps this window's version, as the note says.
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(note).toHaveCount(0);
  await expect(other.getByLabel('Service ID')).toHaveValue('svc-mine', { timeout: 10_000 });
  await expect(other.getByLabel('TPS')).toHaveValue('7');
});

test('a secret typed while the previous one saves stays, and the keychain is said to hold only what it holds', async ({
  page,
  freshServed,
}, testInfo) => {
  test.skip(!process.env.DBUS_SESSION_BUS_ADDRESS, 'needs the Secret Service: run under scripts/with-keyring.sh');
  const holds = await holdSocket(page);
  const saves = holds.call('profiles:setSecret');
  await createProfile(page, freshServed.url, 'Secret typed on');
  const keyField = page.getByTestId('secret-key');
  const input = keyField.getByLabel('Service key');
  const notSavedYet = keyField.getByRole('status').filter({ hasText: 'not saved yet' });

  // The first secret: the push saying one is set arrives before the answer, while the user types on.
  await input.fill(SANDBOX_SERVICE_KEY);
  saves.hold();
  await keyField.getByRole('button', { name: 'Save to keychain' }).click();
  await expect.poll(() => saves.held()).toBe(1);
  await expect(keyField).toContainText(/Secret set on /);
  await expect(input).toBeVisible();
  await input.fill(WRONG_KEY);
  await saves.release();

  await expect(notSavedYet).toBeVisible();
  await expect(input).toHaveValue(WRONG_KEY);
  await expect(keyField.getByRole('button', { name: 'Save to keychain' })).toBeEnabled();
  await page.emulateMedia({ colorScheme: 'dark' });
  await keyField.screenshot({ path: testInfo.outputPath('secret-typed-on-dark.png') });
  await page.emulateMedia({ colorScheme: 'light' });
  await keyField.screenshot({ path: testInfo.outputPath('secret-typed-on-light.png') });
  // The keychain holds the first value, as the field says: the sandbox accepts it.
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByTestId('connection-result')).toContainText('Credentials accepted', { timeout: 15_000 });

  // Replacing: the answer to the earlier save does not clear what was typed since.
  await keyField.getByRole('button', { name: 'Cancel' }).click();
  await keyField.getByRole('button', { name: 'Replace' }).click();
  await input.fill(WRONG_KEY);
  saves.hold();
  await input.press('Enter');
  await expect.poll(() => saves.held()).toBe(1);
  await input.fill(SANDBOX_SERVICE_KEY);
  await saves.release();
  await expect(notSavedYet).toBeVisible();
  await expect(input).toHaveValue(SANDBOX_SERVICE_KEY);
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByTestId('connection-result')).toContainText('Key rejected', { timeout: 15_000 });

  // Saving what the field holds now: the field clears and the keychain has it.
  await keyField.getByRole('button', { name: 'Save to keychain' }).click();
  await expect(input).toHaveCount(0);
  await expect(notSavedYet).toHaveCount(0);
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByTestId('connection-result')).toContainText('Credentials accepted', { timeout: 15_000 });
  // The sandbox key is public (the page names it); the other one, typed and saved here, is not shown anywhere.
  expect(await page.content()).not.toContain(WRONG_KEY);
});

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SANDBOX_JWT_SECRET, SANDBOX_SERVICE_ID, SANDBOX_SERVICE_KEY } from '../../src/shared/sandbox';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

// Settings → Profiles in browser mode against the real `relaydesk serve` (its sandbox and, under
// scripts/with-keyring.sh, the real Secret Service).
const WRONG_KEY = 'e2e-wrong-key-8c41d2f9a7';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

async function openProfiles(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Profiles' })).toBeVisible();
}

test.describe('Settings → Profiles', () => {
  // A console of its own: the worker's shared one keeps the profiles other specs create.
  test('the Sandbox is there by default and passes the connection test', async ({ page, freshServed }) => {
    await openProfiles(page, freshServed.url);
    const list = page.getByRole('list', { name: 'Profiles' });
    await expect(list.getByRole('button', { name: /Sandbox.*Default/ })).toBeVisible();
    await expect(page.getByText('No profiles of your own yet')).toBeVisible();
    await page.getByRole('button', { name: 'Test connection' }).click();
    await expect(page.getByTestId('connection-result')).toContainText('Credentials accepted');
  });

  test('create a profile, set a secret, see it masked, test the connection, replace and delete', async ({ page, served }, testInfo) => {
    test.skip(!process.env.DBUS_SESSION_BUS_ADDRESS, 'needs the Secret Service: run under scripts/with-keyring.sh');
    const name = `Sandbox key ${testInfo.workerIndex}-${Date.now() % 100000}`;
    await openProfiles(page, served.url);
    await page.getByRole('button', { name: '+ New profile' }).click();
    await expect(page.getByLabel('Name')).toBeFocused();

    // Inline errors come from the same zod rules as the core.
    await page.getByRole('button', { name: 'Create profile' }).click();
    await expect(page.getByText('give the profile a name')).toBeVisible();
    await expect(page.getByText('enter the service ID')).toBeVisible();
    await page.locator('section[aria-labelledby="settings-profiles"]').screenshot({ path: testInfo.outputPath('profiles-new-errors.png') });

    await page.getByLabel('Name').fill(name);
    await page.getByLabel('Region').selectOption('eu');
    await expect(page.getByTestId('region-host')).toHaveText('Sends to api.eu.webexconnect.io');
    await page.getByLabel('Region').selectOption('custom');
    await page.getByLabel('Base URL').fill('ftp://nope');
    await expect(page.getByText('must start with https:// or http://')).toBeVisible();
    await page.getByLabel('Region').selectOption('sandbox');
    await page.getByLabel('Service ID').fill(SANDBOX_SERVICE_ID);
    await page.getByRole('button', { name: 'Create profile' }).click();

    await expect(page.getByRole('heading', { level: 3, name })).toBeVisible();
    const keyField = page.getByTestId('secret-key');
    await expect(keyField).toContainText('Not set');
    // The keychain works here: no warning about it (the status is asked when the profile opens).
    await expect(page.getByTestId('keychain-notice')).toHaveCount(0);
    const secretInput = keyField.getByLabel('Service key');
    await expect(secretInput).toHaveAttribute('type', 'password');
    await expect(secretInput).toBeFocused();

    // A wrong key first: the test names it as rejected.
    await secretInput.fill(WRONG_KEY);
    await keyField.getByRole('button', { name: 'Save to keychain' }).click();
    await expect(keyField).toContainText(/Secret set on /);
    await expect(keyField.getByLabel('Service key')).toHaveCount(0);
    await expect(page.locator('body')).not.toContainText(WRONG_KEY);
    expect(await page.content()).not.toContain(WRONG_KEY);
    await page.getByRole('button', { name: 'Test connection' }).click();
    await expect(page.getByTestId('connection-result')).toContainText('Key rejected');

    // Replace with the right one: accepted.
    await keyField.getByRole('button', { name: 'Replace' }).click();
    const replaceInput = keyField.getByLabel('Service key');
    await expect(replaceInput).toBeFocused();
    await replaceInput.fill(SANDBOX_SERVICE_KEY);
    await replaceInput.press('Enter');
    await expect(keyField.getByLabel('Service key')).toHaveCount(0);
    await page.getByRole('button', { name: 'Test connection' }).click();
    await expect(page.getByTestId('connection-result')).toContainText('Credentials accepted');
    const section = page.locator('section[aria-labelledby="settings-profiles"]');
    await page.emulateMedia({ colorScheme: 'light' });
    await section.screenshot({ path: testInfo.outputPath('profiles-light.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await section.screenshot({ path: testInfo.outputPath('profiles-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });

    // Switch to JWT: the JWT secret field appears; a non-base64 secret is refused in words.
    await page.getByRole('radio', { name: 'JWT' }).check({ force: true });
    await page.getByRole('button', { name: 'Save changes' }).click();
    const jwtField = page.getByTestId('secret-jwt');
    await jwtField.getByLabel('JWT service secret').fill('not base64 !!');
    await jwtField.getByRole('button', { name: 'Save to keychain' }).click();
    await expect(jwtField.getByRole('alert')).toContainText('not valid base64');
    await jwtField.getByLabel('JWT service secret').fill(SANDBOX_JWT_SECRET);
    await jwtField.getByRole('button', { name: 'Save to keychain' }).click();
    await expect(jwtField).toContainText(/Secret set on /);
    await page.getByRole('button', { name: 'Test connection' }).click();
    await expect(page.getByTestId('connection-result')).toContainText('Credentials accepted');

    // No secret in any file of the data directory.
    for (const file of filesUnder(served.dataDir)) {
      const bytes = readFileSync(file);
      expect(bytes.includes(Buffer.from(WRONG_KEY)), file).toBe(false);
      expect(bytes.includes(Buffer.from(SANDBOX_JWT_SECRET)), file).toBe(false);
    }

    // Delete asks first.
    await page.getByRole('button', { name: 'Delete…' }).click();
    await expect(page.getByRole('button', { name: 'Delete profile' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Delete…' })).toBeVisible();
    await page.getByRole('button', { name: 'Delete…' }).click();
    await page.getByRole('button', { name: 'Delete profile' }).click();
    await expect(page.getByRole('list', { name: 'Profiles' }).getByRole('button', { name: new RegExp(name) })).toHaveCount(0);
  });

  test('the CLI and the console see the same profiles, never a secret', async ({ page, served }) => {
    test.skip(!process.env.DBUS_SESSION_BUS_ADDRESS, 'needs the Secret Service: run under scripts/with-keyring.sh');
    const added = await served.cli(
      ['profile', 'add', '--name', 'From CLI', '--region', 'us', '--service-id', 'svc-cli', '--auth', 'key'],
      'cli-e2e-key-55aa\n',
    );
    expect(added.code, added.stderr).toBe(0);
    await openProfiles(page, served.url);
    await page
      .getByRole('list', { name: 'Profiles' })
      .getByRole('button', { name: /From CLI/ })
      .click();
    await expect(page.getByTestId('region-host')).toHaveText('Sends to api.us.webexconnect.io');
    await expect(page.getByTestId('secret-key')).toContainText(/Secret set on /);
    expect(await page.content()).not.toContain('cli-e2e-key-55aa');
    const removed = await served.cli(['profile', 'remove', 'From CLI']);
    expect(removed.code).toBe(0);
    // The open console hears of the CLI's change by itself, without a reload.
    await expect(page.getByRole('list', { name: 'Profiles' }).getByRole('button', { name: /From CLI/ })).toHaveCount(0, {
      timeout: 10_000,
    });
    const again = await served.cli(
      ['profile', 'add', '--name', 'Live from CLI', '--region', 'eu', '--service-id', 'svc-live', '--auth', 'key'],
      'cli-e2e-key-66bb\n',
    );
    expect(again.code, again.stderr).toBe(0);
    await expect(page.getByRole('list', { name: 'Profiles' }).getByRole('button', { name: /Live from CLI/ })).toBeVisible({
      timeout: 10_000,
    });
    expect((await served.cli(['profile', 'remove', 'Live from CLI'])).code).toBe(0);
  });
});

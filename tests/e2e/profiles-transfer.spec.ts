import { readFileSync, writeFileSync } from 'node:fs';
import { expect, startServe, test } from './fixtures';

// Export/import from the console, and what a user sees when there is no keychain.
test.describe('Settings → Profiles: files and keychain', () => {
  test('exports profiles without secrets and imports them back under a free name', async ({ page, served }, testInfo) => {
    test.skip(!process.env.DBUS_SESSION_BUS_ADDRESS, 'needs the Secret Service: run under scripts/with-keyring.sh');
    const secret = 'transfer-e2e-key-19af';
    const added = await served.cli(
      ['profile', 'add', '--name', 'Transfer me', '--region', 'ca', '--service-id', 'svc-t', '--auth', 'key'],
      secret,
    );
    expect(added.code, added.stderr).toBe(0);
    await page.goto(served.url);
    await page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name: 'Settings' }).click();

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export' }).click();
    const download = await downloading;
    const file = testInfo.outputPath('profiles.json');
    await download.saveAs(file);
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain(secret);
    expect(JSON.parse(text)).toMatchObject({
      format: 'relaydesk-profiles',
      profiles: expect.arrayContaining([expect.objectContaining({ name: 'Transfer me', region: 'ca' })]),
    });
    await expect(page.getByRole('status').filter({ hasText: 'without secrets' })).toBeVisible();

    await page.getByLabel('Import profiles file').setInputFiles(file);
    await expect(page.getByText(/"Transfer me" was imported as "Transfer me \(imported\)"/)).toBeVisible();
    await page
      .getByRole('list', { name: 'Profiles' })
      .getByRole('button', { name: /Transfer me \(imported\)/ })
      .click();
    await expect(page.getByTestId('secret-key')).toContainText('Not set');

    writeFileSync(file, '{"format":"something-else"}');
    await page.getByLabel('Import profiles file').setInputFiles(file);
    await expect(page.getByRole('alert').filter({ hasText: 'Import failed, nothing was changed' })).toContainText(
      'not a Relaydesk profile export',
    );
  });

  test('without a Secret Service, the profile says so up front in words, with its own variable, and saving stores nothing', async ({
    page,
  }, testInfo) => {
    const saved = process.env.DBUS_SESSION_BUS_ADDRESS;
    process.env.DBUS_SESSION_BUS_ADDRESS = 'unix:path=/nonexistent/relaydesk-e2e-bus';
    let started: Awaited<ReturnType<typeof startServe>>;
    try {
      started = await startServe();
    } finally {
      if (saved === undefined) delete process.env.DBUS_SESSION_BUS_ADDRESS;
      else process.env.DBUS_SESSION_BUS_ADDRESS = saved;
    }
    const { served, stop } = started;
    try {
      const added = await served.cli(['profile', 'add', '--name', 'EU live', '--region', 'eu', '--service-id', 's', '--auth', 'key']);
      expect(added.code).toBe(0);
      await page.goto(served.url);
      await page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name: 'Settings' }).click();
      await page
        .getByRole('list', { name: 'Profiles' })
        .getByRole('button', { name: /EU live/ })
        .click();
      // Before anything is typed: the problem in words, how to fix it, this profile's own variable.
      const notice = page.getByTestId('keychain-notice');
      await expect(notice).toContainText(/^The system keychain is not available: secrets cannot be saved for this profile\. On Linux /);
      await expect(notice).toContainText('set RELAYDESK_SECRET_EU_LIVE_KEY in the environment');
      await expect(notice).not.toContainText('<PROFILE_NAME>');
      // The keychain library's raw text only behind "Details".
      const details = notice.locator('details');
      await expect(details).not.toHaveAttribute('open');
      await expect(details.locator('code')).toBeHidden();
      await page.screenshot({ path: testInfo.outputPath('profile-no-keychain.png'), fullPage: true });
      await details.getByText('Details').click();
      await expect(details.locator('code')).toBeVisible();
      await expect(details.locator('code')).not.toBeEmpty();

      const keyField = page.getByTestId('secret-key');
      await keyField.getByLabel('Service key').fill('never-stored-key');
      await keyField.getByRole('button', { name: 'Save to keychain' }).click();
      await expect(keyField.getByRole('alert')).toHaveText('Not saved: the system keychain is not available (see above).');
      await expect(notice).toContainText('RELAYDESK_SECRET_EU_LIVE_KEY');
      await expect(keyField).toContainText('Not set');
      await page.screenshot({ path: testInfo.outputPath('profile-no-keychain-save.png'), fullPage: true });
    } finally {
      await stop();
    }
  });
});

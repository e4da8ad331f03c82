import { createHmac, randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { freePort, occupyPort } from '../unit/helpers/ports';
import { expect, startServe, test } from './fixtures';

// Inbound → Setup as a user changes it, against the real core, the real listener and the OS
// keychain: webhook verification per sender (the secrets go to the keychain and never come back)
// and when the listener answers 200.

function smsMo(text: string) {
  return { userId: '9009', channel: 'SMS', oa: '441157070619', da: '918886661353', message: text, tid: randomUUID() };
}

function leadConnectorSms(body: string) {
  return {
    type: 'InboundMessage',
    locationId: 'l1C08ntBrFjLS0elLIYU',
    body,
    contactId: 'cI08i1Bls3iTB9bKgFJh',
    conversationId: 'fcanlLgpbQgQhderivVs',
    dateAdded: new Date().toISOString(),
    direction: 'inbound',
    messageType: 'SMS',
    messageId: randomUUID(),
  };
}

test.describe('inbound setup', () => {
  test('HMAC and URL-token checks set in Setup refuse unsigned posts and accept signed ones', async ({
    page,
    request,
    freshServed,
  }, testInfo) => {
    const served = freshServed;
    const listener = served.listenerUrl!;
    await page.goto(served.url + '#/inbound');
    await page.getByRole('tab', { name: 'Setup' }).click();

    const imi = page.getByRole('form', { name: 'Verification for Webex Connect / IMIconnect' });
    await expect(page.getByTestId('verification-state-imiconnect')).toHaveText('Off');
    await imi.getByLabel('Check').selectOption('hmac');
    await imi.getByLabel('Shared secret').fill('too-short');
    await imi.getByRole('button', { name: 'Save' }).click();
    await expect(imi.getByRole('alert')).toContainText('at least 16 characters');

    const secret = `e2e-hmac-${randomUUID()}`;
    await imi.getByLabel('Shared secret').fill(secret);
    await imi.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByTestId('verification-state-imiconnect')).toContainText('requests must carry x-hub-signature');

    const unsigned = await request.post(`${listener}/webhooks/imiconnect`, { data: smsMo('unsigned') });
    expect(unsigned.status()).toBe(401);
    expect(await unsigned.text()).toContain('missing x-hub-signature header');
    const body = JSON.stringify(smsMo('signed'));
    const signed = await request.post(`${listener}/webhooks/imiconnect`, {
      headers: {
        'content-type': 'application/json',
        'x-hub-signature': `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`,
      },
      data: Buffer.from(body),
    });
    expect(signed.status(), await signed.text()).toBe(200);

    const lead = page.getByRole('form', { name: 'Verification for LeadConnector' });
    await lead.getByLabel('Check').selectOption('token');
    await lead.getByRole('button', { name: 'Generate' }).click();
    const token = await lead.getByLabel('URL token').inputValue();
    expect(token.length).toBeGreaterThanOrEqual(16);
    await lead.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByTestId('verification-state-leadconnector')).toContainText('must use the URL with the token');
    // The endpoint table now tells the user to put the token in the path.
    await expect(page.getByRole('cell', { name: `${listener}/webhooks/leadconnector/<token>` })).toBeVisible();
    expect(
      (await request.post(`${listener}/webhooks/leadconnector/not-the-token-123456`, { data: leadConnectorSms('wrong') })).status(),
    ).toBe(401);
    expect((await request.post(`${listener}/webhooks/leadconnector/${token}`, { data: leadConnectorSms('right') })).status()).toBe(200);
    await page.screenshot({ path: testInfo.outputPath('inbound-verification.png'), fullPage: true });

    // After a reload the checks are still on and no secret comes back to the page.
    await page.reload();
    await page.getByRole('tab', { name: 'Setup' }).click();
    await expect(page.getByTestId('verification-state-imiconnect')).toContainText('x-hub-signature');
    await expect(imi.getByLabel('Shared secret')).toHaveValue('');
    await expect(imi.getByLabel('Shared secret')).toHaveAttribute('placeholder', 'Stored in the keychain');

    // Refusals are in Rejected with their reason; the accepted posts are in the feed.
    await page.getByRole('tab', { name: /Rejected/ }).click();
    await expect(page.getByTestId('rejected-row').filter({ hasText: '401' })).toHaveCount(2);
    await page.getByRole('tab', { name: 'Feed' }).click();
    const feed = page.getByRole('listbox', { name: 'Inbound events' });
    await expect(feed.getByRole('option').filter({ hasText: 'signed' })).toHaveCount(1);
    await expect(feed.getByRole('option').filter({ hasText: 'right' })).toHaveCount(1);

    // Turning a check off takes effect at once.
    await page.getByRole('tab', { name: 'Setup' }).click();
    await imi.getByLabel('Check').selectOption('none');
    await imi.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByTestId('verification-state-imiconnect')).toHaveText('Off');
    expect((await request.post(`${listener}/webhooks/imiconnect`, { data: smsMo('open again') })).status()).toBe(200);
  });

  test('choosing power-safe answers is kept across a restart and shows in the listener notes', async ({ page, request }, testInfo) => {
    const { served, stop } = await startServe([], { keepDataDir: true });
    let restarted: Awaited<ReturnType<typeof startServe>> | null = null;
    try {
      await page.goto(served.url + '#/inbound');
      await page.getByRole('tab', { name: 'Setup' }).click();
      const choice = page.getByRole('group', { name: 'Answer a webhook with 200…' });
      await expect(choice.getByRole('radio', { name: /Once it is written/ })).toBeChecked();
      await choice.getByRole('radio', { name: /Once it is on the disk/ }).check();
      await expect(page.getByText(/synced to the disk before it is answered with 200 \(power-safe\)/)).toBeVisible();
      expect((await request.post(`${served.listenerUrl}/webhooks`, { data: smsMo('power-safe') })).status()).toBe(200);
      await page.screenshot({ path: testInfo.outputPath('inbound-setup-durability.png') });

      // Stopped and started again on the same data, the console still has the choice.
      await stop();
      restarted = await startServe([], { dataDir: served.dataDir, keepDataDir: false });
      await page.goto(restarted.served.url + '#/inbound');
      await page.getByRole('tab', { name: 'Setup' }).click();
      await expect(
        page.getByRole('group', { name: 'Answer a webhook with 200…' }).getByRole('radio', { name: /Once it is on the disk/ }),
      ).toBeChecked();
    } finally {
      await stop();
      await restarted?.stop();
      rmSync(served.dataDir, { recursive: true, force: true });
    }
  });

  test('Settings moves the listener to another port at once; a busy port says so and changes nothing', async ({
    page,
    request,
    freshServed,
  }, testInfo) => {
    const served = freshServed;
    await page.goto(served.url + '#/settings');
    const section = page.getByRole('region', { name: 'Webhook listener' });
    await expect(section.getByTestId('settings-listener-url')).toHaveText(served.listenerUrl!);
    const port = await freePort();
    await section.getByLabel('Port', { exact: true }).fill(String(port));
    await section.getByRole('button', { name: 'Use this port' }).click();
    const moved = `http://127.0.0.1:${port}`;
    await expect(section.getByTestId('settings-listener-url')).toHaveText(moved);
    await expect(page.getByText(`Listener on ${moved}`)).toBeVisible();
    expect((await request.post(`${moved}/webhooks`, { data: smsMo('on the new port') })).status()).toBe(200);

    const blocker = await occupyPort();
    const busy = (blocker.address() as AddressInfo).port;
    try {
      await section.getByLabel('Port', { exact: true }).fill(String(busy));
      await section.getByRole('button', { name: 'Use this port' }).click();
      await expect(section.getByRole('alert')).toContainText(`Port ${busy} on 127.0.0.1 is already in use`);
      await expect(section.getByRole('alert')).toContainText(`The listener stays on port ${port};`);
      await section.scrollIntoViewIfNeeded();
      await page.screenshot({ path: testInfo.outputPath('settings-listener.png') });
      expect((await request.post(`${moved}/webhooks`, { data: smsMo('still there') })).status()).toBe(200);
    } finally {
      blocker.close();
    }
  });
});

import type { Page } from '@playwright/test';
import { callCore } from './call-core';
import { freshDraft, pasteInto } from './compose-helpers';
import { expect, test } from './fixtures';

/** Jobs (sends) the outbox holds, counted from its requests. */
async function sendCount(page: Page): Promise<number> {
  const page1 = await callCore<{ items: { jobId: string }[] }>(page, 'outbound:list', { limit: 500 });
  return new Set(page1.output?.items.map((i) => i.jobId)).size;
}

async function smsDraft(page: Page, text: string, csv: string) {
  await freshDraft(page, 'SMS');
  // Tests in a worker share a console: another test may have left its own profile selected.
  await page.getByLabel('Profile').selectOption({ label: 'Sandbox (built in)' });
  await page.getByLabel('Sender ID').fill('RELAYDESK');
  await page.getByLabel('Message').fill(text);
  await pasteInto(page.getByLabel('Paste recipients'), csv);
}

test.describe('one click, one send', () => {
  test('a double-click on Send and Ctrl+Enter twice each open one confirmation and queue one send', async ({
    page,
    freshServed,
  }, testInfo) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(freshServed.url);
    await smsDraft(page, 'Hi $(name), your table is ready', 'msisdn,name\n447700900001,Ana\n447700900002,Bo\n');

    await page.getByRole('button', { name: 'Send', exact: true }).dblclick();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toHaveCount(1);
    await expect(dialog).toContainText('Send to 2 recipients?');
    await expect(dialog).toContainText('Sandbox');
    await expect(dialog.getByTestId('confirm-segments')).toHaveText('1 × 2 recipients = 2 parts');
    await page.screenshot({ path: testInfo.outputPath('confirm-light.png') });
    // Confirming twice in a row (a double-click) still queues one send.
    await dialog.getByRole('button', { name: 'Send to 2 recipients' }).dblclick();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.getByTestId('send-status')).toContainText('Queued: 2 destinations in 1 request');
    await expect(page.getByTestId('send-status')).toContainText('Done', { timeout: 20_000 });
    await expect.poll(() => sendCount(page)).toBe(1);

    // Ctrl+Enter twice: the second press does not confirm what the first opened.
    await page.getByLabel('Message').focus();
    await page.keyboard.press('Control+Enter');
    await page.keyboard.press('Control+Enter');
    await expect(page.getByRole('dialog')).toHaveCount(1);
    await expect(page.getByRole('dialog').getByRole('button', { name: 'Send to 2 recipients' })).toBeEnabled();
    expect(await sendCount(page)).toBe(1);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect.poll(() => sendCount(page)).toBe(2);
    // A stray Enter after the send can at most open a new confirmation, never send again.
    await page.waitForTimeout(1500);
    await page.keyboard.press('Escape');
    expect(await sendCount(page)).toBe(2);
  });

  test('Esc cancels; the confirmation names the UCS-2 recipients and unresolved values', async ({ page, served }, testInfo) => {
    await page.goto(served.url);
    await smsDraft(page, 'Hi $(name), see you soon', 'msisdn,name\n447700900011,Ana\n447700900012,Łukasz\n447700900013,Cy\n');
    const before = await sendCount(page);
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    const dialog = page.getByRole('dialog');
    const ucs2 = dialog.getByTestId('confirm-ucs2');
    await expect(ucs2).toContainText('1 recipient gets UCS-2');
    await expect(ucs2).toContainText('447700900012');
    await expect(ucs2).not.toContainText('447700900011');
    await expect(dialog.getByTestId('confirm-segments')).toHaveText('1 × 3 recipients = 3 parts');
    // Focus stays in the dialog: Tab cycles its buttons.
    await expect(dialog.getByRole('button', { name: 'Send to 3 recipients' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(dialog.getByRole('button', { name: 'Send to 3 recipients' })).toBeFocused();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: testInfo.outputPath('confirm-ucs2-dark.png') });
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);

    // A variable nobody has a value for is named with the recipients who would get it as typed.
    await page.getByLabel('Message').fill('Hi $(name), code $(code)');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    const warnings = dialog.getByRole('note', { name: 'Warnings' });
    await expect(warnings).toContainText('$(code) has no value for 3 recipients');
    await expect(warnings).toContainText('447700900013');
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await page.waitForTimeout(500);
    expect(await sendCount(page)).toBe(before);
  });

  test('a profile with no secret is refused in Compose with the fix', async ({ page, served }, testInfo) => {
    await page.goto(served.url);
    const created = await callCore<{ id: string }>(page, 'profiles:create', {
      name: 'Acme EU live',
      region: 'eu',
      serviceId: 'svc-123',
      authMode: 'key',
    });
    expect(created.ok).toBe(true);
    await smsDraft(page, 'Hello', '447700900021\n');
    await page.getByLabel('Profile').selectOption({ label: 'Acme EU live' });
    await expect(page.getByTestId('profile-missing-secret')).toContainText('RELAYDESK_SECRET_ACME_EU_LIVE_KEY');
    const before = await sendCount(page);
    await page.keyboard.press('Control+Enter');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('api.eu.webexconnect.io');
    const blockers = dialog.getByTestId('confirm-blockers');
    await expect(blockers).toContainText(/"Acme EU live" has no service key/);
    await expect(blockers).toContainText('Settings → Profiles');
    await expect(blockers).toContainText('RELAYDESK_SECRET_ACME_EU_LIVE_KEY');
    await expect(dialog.getByRole('button', { name: /^Send to/ })).toBeDisabled();
    await page.screenshot({ path: testInfo.outputPath('confirm-missing-secret.png') });
    await page.keyboard.press('Enter');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toHaveCount(0);
    expect(await sendCount(page)).toBe(before);
  });

  test('Send stays disabled while this draft’s send is still going out', async ({ page, served }) => {
    await page.goto(served.url);
    const numbers = Array.from({ length: 60 }, (_, i) => `4477009${String(500 + i).padStart(5, '0')}`);
    await smsDraft(page, 'Doors open at 7', numbers.join('\n'));
    const send = page.getByRole('button', { name: 'Send', exact: true });
    await send.click();
    await page.getByRole('dialog').getByRole('button', { name: 'Send to 60 recipients' }).click();
    await expect(page.getByTestId('send-status')).toContainText('Queued: 60 destinations');
    // Sandbox TPS 10: six requests take seconds; meanwhile neither the button nor Ctrl+Enter sends again.
    await expect(page.getByRole('group', { name: 'Send progress' })).toContainText('Sending');
    await expect(send).toBeDisabled();
    await page.keyboard.press('Control+Enter');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.getByTestId('send-status')).toContainText('Done', { timeout: 30_000 });
    await expect(send).toBeEnabled();
  });
});

import { randomUUID } from 'node:crypto';
import { expect, test } from './fixtures';
import { holdCalls } from './hold-calls';

// Inbound → Setup → webhook verification against the real core and keychain: what the user
// changes in the form while its save is on its way is still there when the answer arrives.

test('a header edited while the verification save is on its way is kept; the sent secret is cleared', async ({ page, freshServed }) => {
  const saves = await holdCalls(page, 'inbound:setVerification');
  await page.goto(freshServed.url + '#/inbound');
  await page.getByRole('tab', { name: 'Setup' }).click();
  const imi = page.getByRole('form', { name: 'Verification for Webex Connect / IMIconnect' });
  await imi.getByLabel('Check').selectOption('hmac');
  await imi.getByLabel('Shared secret').fill(`e2e-late-${randomUUID()}`);

  saves.hold();
  await imi.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => saves.held()).toBe(1);
  await imi.getByLabel('Signature header').fill('x-relay-signature');
  await saves.release();

  await expect(page.getByTestId('verification-state-imiconnect')).toContainText('requests must carry x-hub-signature');
  await expect(imi.getByRole('status')).toHaveText('Saved');
  await expect(imi.getByLabel('Signature header')).toHaveValue('x-relay-signature');
  await expect(imi.getByLabel('Shared secret')).toHaveValue('');
});

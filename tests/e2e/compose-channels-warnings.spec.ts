import { editorText } from './code-editor';
import { expect, test } from './fixtures';

test('warnings name their source and never stop the send: an unknown field and an invalid v1 priority', async ({
  page,
  served,
}, testInfo) => {
  await page.goto(served.url);
  await page.getByLabel('API v1 channel').selectOption('sms');
  await page.getByLabel('Profile').selectOption({ label: 'Sandbox (built in)' });
  await page.getByRole('tab', { name: /JSON/ }).click();
  const json = page.getByLabel('Request body JSON');
  const body = JSON.parse(await editorText(json)) as Record<string, unknown>;
  Object.assign(body, { destination: [{ msisdn: ['447700900001'] }], priority: '9', futureField: { x: 1 } });
  await json.fill(JSON.stringify(body, null, 2));

  const warnings = page.getByLabel('Request warnings');
  await expect(warnings).toContainText(
    'priority: "9" is not a priority (1 low, 2 medium, 3 high): the API uses the priority configured for the client instead (seed 003, priority)',
  );
  await expect(warnings).toContainText('futureField: not a field Relaydesk knows for a v1 request: it is sent as it is, unchecked');
  await expect(page.getByLabel('Request problems')).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('compose-warnings.png'), fullPage: true });

  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /^Send to 1 recipient/ })
    .click();
  await expect(page.getByTestId('send-status')).toContainText('Done', { timeout: 30_000 });
});

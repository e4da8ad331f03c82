import { expect, test } from './fixtures';

// The Compose JSON tab is a code editor (CodeMirror): loose JSON as the docs write it is accepted,
// what cannot be read is marked on its own line, Tab indents but never traps keyboard users, and
// the colours follow the app's theme.

const loose = [
  '{',
  '  // pasted from the docs, comments and all',
  '  "channel": "sms",',
  '  "from": "RELAYDESK",',
  '  "to": [{ "msisdn": ["447700900001"], },],',
  '  "content": { "type": "text", "text": "Loose and fine", },',
  '}',
].join('\n');

test('loose JSON is accepted, a problem is marked at its line, and Esc then Tab leaves the editor', async ({ page, served }, testInfo) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(served.url);
  await page.getByRole('tab', { name: /JSON/ }).click();
  const json = page.getByRole('textbox', { name: 'Request body JSON' });
  await json.fill(loose);
  await expect(page.getByTestId('sms-bubble')).toContainText('Loose and fine');
  await expect(page.getByTestId('json-error')).toHaveCount(0);
  await page.waitForTimeout(1000); // past the lint's delay: no marker may appear
  await expect(page.locator('.cm-lintRange-error')).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('json-editor-light.png'), fullPage: true });

  await json.fill(loose.replace('"to": [{', '"to": oops [{'));
  await expect(page.getByTestId('json-error')).toContainText('at line 5');
  // The lint marks the same line, in the text and in the gutter.
  const marked = json.locator('.cm-line').nth(4).locator('.cm-lintRange-error');
  await expect(marked).toHaveText('o', { timeout: 10_000 });
  await expect(page.locator('.cm-gutter-lint .cm-lint-marker-error')).toHaveCount(1);
  await page.screenshot({ path: testInfo.outputPath('json-editor-problem.png'), fullPage: true });

  // Keyboard: Tab indents inside the editor; Esc then Tab moves focus on.
  await json.fill(loose);
  await json.locator('.cm-line').nth(3).click();
  await page.keyboard.press('Home');
  await page.keyboard.press('Tab');
  await expect(json.locator('.cm-line').nth(3)).toHaveText('    "from": "RELAYDESK",');
  await expect(json).toBeFocused();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(json).not.toBeFocused();
  expect(await page.evaluate(() => document.activeElement?.closest('.cm-editor') ?? null)).toBeNull();
});

test('the editor colours follow the dark theme', async ({ page, served }, testInfo) => {
  const keyColour = async () =>
    page
      .locator('.json-code .tok-propertyName')
      .first()
      .evaluate((el) => getComputedStyle(el).color);
  const background = async () => page.locator('.json-code').evaluate((el) => getComputedStyle(el).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(served.url);
  await page.getByRole('tab', { name: /JSON/ }).click();
  await expect(page.locator('.json-code .tok-propertyName').first()).toBeVisible();
  const light = { key: await keyColour(), background: await background() };
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(background).not.toBe(light.background);
  expect(await keyColour()).not.toBe(light.key);
  await page.screenshot({ path: testInfo.outputPath('json-editor-dark.png'), fullPage: true });
});

import type { Page, TestInfo } from '@playwright/test';
import { editorText } from './code-editor';
import { expect } from './fixtures';

// One channel, end to end in the real renderer against the real core: start from the channel's
// starter, add one recipient (through the JSON tab, as a user pasting an id would), see the real
// content in the preview, no request problems, and send it to the built-in sandbox.

export interface ChannelCase {
  api: 'v1' | 'v2';
  channel: string;
  /** The toolbar button (v2) or the v1 select's value. */
  pick: string;
  /** Where the recipient goes: [destination kind, address]. */
  recipient: [string, string];
  /** Text the preview must show for this recipient (the starter's content, substituted). */
  previewShows: string;
}

async function editJson(page: Page, edit: (body: Record<string, unknown>) => void): Promise<void> {
  await page.getByRole('tab', { name: /JSON/ }).click();
  const json = page.getByLabel('Request body JSON');
  const body = JSON.parse(await editorText(json)) as Record<string, unknown>;
  edit(body);
  await json.fill(JSON.stringify(body, null, 2));
  await page.getByRole('tab', { name: /Form/ }).click();
}

export async function composeAndSend(page: Page, url: string, c: ChannelCase, testInfo: TestInfo): Promise<void> {
  await page.goto(url);
  if (c.api === 'v2') await page.getByRole('toolbar', { name: 'Channel' }).getByRole('button', { name: c.pick, exact: true }).click();
  else await page.getByLabel('API v1 channel').selectOption(c.pick);
  await page.getByLabel('Profile').selectOption({ label: 'Sandbox (built in)' });

  const [kind, address] = c.recipient;
  await editJson(page, (body) => {
    if (c.api === 'v1') body.destination = [{ [kind]: [address] }];
    else {
      body.to = [{ [kind]: [address], substitutions: { name: 'Ana' } }];
      if (body.from === undefined) body.from = c.channel === 'email' ? 'news@example.com' : 'RELAYDESK';
    }
  });

  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview).toContainText(c.previewShows);
  await expect(page.getByTestId('recipient-position')).toHaveText('1 of 1');
  await page.getByRole('tab', { name: /JSON/ }).click();
  await expect(page.getByLabel('Request problems')).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath(`compose-${c.api}-${c.channel}.png`), fullPage: true });

  await page.getByRole('button', { name: 'Send', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: /^Send to 1 recipient/ }).click();
  await expect(page.getByTestId('send-status')).toContainText('Queued: 1 destination in 1 request', { timeout: 20_000 });
  await expect(page.getByTestId('send-status')).toContainText('Done', { timeout: 30_000 });
}

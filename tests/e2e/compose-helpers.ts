import { expect, type Locator, type Page } from '@playwright/test';
import { editorText } from './code-editor';

/** Pastes text into a field as the clipboard would (a real `paste` event carrying the text). */
export async function pasteInto(field: Locator, text: string): Promise<void> {
  await field.focus();
  await field.evaluate((el, pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

/** A new draft of a channel: the channel button keeps whatever work it holds, so start over explicitly. */
export async function freshDraft(page: Page, channel: 'SMS' | 'Email' | 'RCS'): Promise<void> {
  await page.getByRole('toolbar', { name: 'Channel' }).getByRole('button', { name: channel }).click();
  await page.getByRole('button', { name: 'New draft' }).click();
}

/**
 * A new draft of a v1 channel. Picking the channel the console opened on changes nothing, so without
 * "New draft" a test would inherit the latest saved draft of that channel (another test's work).
 */
export async function freshV1Draft(page: Page, channel: string): Promise<void> {
  await page.getByLabel('API v1 channel').selectOption(channel);
  await page.getByRole('button', { name: 'New draft' }).click();
}

/** Compose on a new draft of a channel, in the light theme (tests screenshot light, then dark). */
export async function openCompose(page: Page, url: string, channel: 'SMS' | 'Email' | 'RCS'): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(url);
  await freshDraft(page, channel);
}

/** Writes an SMS text and pastes recipients into the draft, as a user would. */
export async function writeSms(page: Page, text: string, pasted: string): Promise<void> {
  await page.getByLabel('Message').fill(text);
  await pasteInto(page.getByLabel('Paste recipients'), pasted);
}

/** Edits the request body in the JSON tab, as a user pasting into it would, and goes back to the form. */
export async function editJson(page: Page, edit: (body: Record<string, unknown>) => void): Promise<void> {
  await page.getByRole('tab', { name: /JSON/ }).click();
  const json = page.getByLabel('Request body JSON');
  const body = JSON.parse(await editorText(json)) as Record<string, unknown>;
  edit(body);
  await json.fill(JSON.stringify(body, null, 2));
  await page.getByRole('tab', { name: /Form/ }).click();
}

/** Sends the draft as the user would (Send, then the dialog's "Send to N recipients") and waits until the job is done. */
export async function sendAndWaitDone(page: Page, recipients: '1 recipient' | `${number} recipients`): Promise<void> {
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: new RegExp(`^Send to ${recipients}`) })
    .click();
  await expect(page.getByTestId('send-status')).toContainText('Done', { timeout: 30_000 });
}

import type { Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { callCore } from './call-core';
import { editorText } from './code-editor';
import { editJson, freshDraft, pasteInto, sendAndWaitDone } from './compose-helpers';
import { expect, test } from './fixtures';

// Email's Cc/Bcc fields, and attachment sizes the core learns from the files' servers without a
// click: the preview shows them, and Send refuses over 10 MB or warns when a size cannot be known.

/** The files an email attaches by URL; HEAD hits per path, to see that the session asks once. */
let files: Server;
let filesUrl = '';
const heads = new Map<string, number>();

test.beforeAll(async () => {
  files = createServer((req, res) => {
    const path = req.url ?? '';
    if (req.method === 'HEAD') heads.set(path, (heads.get(path) ?? 0) + 1);
    if (path.startsWith('/big.pdf')) {
      res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': '11000000' });
      res.end();
    } else if (path.startsWith('/small.png')) {
      res.writeHead(200, { 'content-type': 'image/png', 'content-length': '20000' });
      res.end();
    } else {
      // A server that drops the connection: the size cannot be known.
      req.socket.destroy();
    }
  });
  await new Promise<void>((resolve) => files.listen(0, '127.0.0.1', resolve));
  filesUrl = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;
});
test.afterAll(async () => {
  await new Promise<void>((resolve) => files.close(() => resolve()));
});

async function emailDraft(page: Page, subject: string): Promise<void> {
  await freshDraft(page, 'Email');
  // Tests in a worker share a console: another test may have left its own profile selected.
  await page.getByLabel('Profile').selectOption({ label: 'Sandbox (built in)' });
  await page.getByLabel('From address').fill('news@example.com');
  await page.getByLabel('Subject').fill(subject);
  await pasteInto(page.getByLabel('Paste recipients'), 'email,name\nana@example.com,Ana\n');
}

function attach(page: Page, ...urls: string[]): Promise<void> {
  return editJson(page, (body) => {
    (body.content as Record<string, unknown>).attachments = urls.map((url, i) => ({
      name: `file-${i}`,
      mimeType: 'application/pdf',
      mediaUrl: url,
    }));
  });
}

/** Request bodies the built-in sandbox received with this subject. */
async function sandboxBodies(page: Page, subject: string): Promise<Record<string, unknown>[]> {
  const log = await callCore<{ entries: { kind: string; body?: unknown }[] }>(page, 'sandbox:log', { limit: 2000 });
  return (log.output?.entries ?? [])
    .filter((e) => e.kind === 'request')
    .map((e) => e.body as Record<string, unknown>)
    .filter((b) => typeof b === 'object' && b !== null && (b.content as { subject?: string } | undefined)?.subject === subject);
}

test('Cc and Bcc typed in the form reach the JSON, the preview and the sandbox', async ({ page, served }, testInfo) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(served.url);
  await emailDraft(page, 'Copies check');
  await page.getByLabel('Cc', { exact: true }).pressSequentially('team@example.com, boss@example.com');
  await page.getByLabel('Bcc', { exact: true }).fill('archive@example.com');
  // The text keeps what was typed, trailing separator and all, while it means the same list.
  await page.getByLabel('Bcc', { exact: true }).pressSequentially(', ');
  await expect(page.getByLabel('Bcc', { exact: true })).toHaveValue('archive@example.com, ');

  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByTestId('email-cc')).toHaveText('Cc: team@example.com, boss@example.com');
  await expect(preview.getByTestId('email-bcc')).toHaveText('Bcc: archive@example.com');
  await page
    .locator('.form')
    .first()
    .screenshot({ path: testInfo.outputPath('email-copies-light.png') });
  await page.screenshot({ path: testInfo.outputPath('email-copies-page-light.png') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: testInfo.outputPath('email-copies-page-dark.png') });
  await page.emulateMedia({ colorScheme: 'light' });

  // A bad address is named under its field, as the schema words it.
  await page.getByLabel('Cc', { exact: true }).fill('team@example.com, not-an-address');
  await expect(page.getByRole('alert').filter({ hasText: /^cc\[1\]:/ })).toBeVisible();
  await page.getByLabel('Cc', { exact: true }).fill('team@example.com, boss@example.com');

  await page.getByRole('tab', { name: /JSON/ }).click();
  const json = JSON.parse(await editorText(page.getByLabel('Request body JSON'))) as Record<string, unknown>;
  expect(json.cc).toEqual(['team@example.com', 'boss@example.com']);
  expect(json.bcc).toEqual(['archive@example.com']);
  await page.getByRole('tab', { name: /Form/ }).click();

  // An edit in the JSON shows in the fields.
  await editJson(page, (body) => {
    body.bcc = ['audit@example.com', 'archive@example.com'];
  });
  await expect(page.getByLabel('Bcc', { exact: true })).toHaveValue('audit@example.com, archive@example.com');

  await sendAndWaitDone(page, '1 recipient');
  await expect.poll(async () => (await sandboxBodies(page, 'Copies check')).length, { timeout: 20_000 }).toBe(1);
  const [sent] = await sandboxBodies(page, 'Copies check');
  expect(sent!.cc).toEqual(['team@example.com', 'boss@example.com']);
  expect(sent!.bcc).toEqual(['audit@example.com', 'archive@example.com']);
});

test('an 11 MB attachment by URL shows the limit error without a click, and Send refuses it', async ({ page, served }, testInfo) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(served.url);
  await emailDraft(page, 'Too big check');
  const big = `${filesUrl}/big.pdf?t=${testInfo.workerIndex}`;
  await attach(page, big, `${filesUrl}/small.png?t=${testInfo.workerIndex}`);

  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByTestId('attachment-limit-error')).toContainText(
    'add up to 11.0 MB (11020000 bytes): at most 10.0 MB (10000000 bytes) per email',
    { timeout: 20_000 },
  );
  await expect(preview.getByTestId('attachment').first()).toContainText('11.0 MB');
  await preview.locator('.attachments').screenshot({ path: testInfo.outputPath('attachment-too-big.png') });

  // Typing elsewhere does not ask the server again: the session keeps the answer.
  await page.getByLabel('Subject').fill('Too big check');
  await page.getByLabel('Text part').fill('Another text part');
  await page.waitForTimeout(1500);
  expect(heads.get(`/big.pdf?t=${testInfo.workerIndex}`)).toBe(1);

  await page.getByRole('button', { name: 'Send', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('confirm-blockers')).toContainText('content.attachments: attachment sizes');
  await expect(dialog.getByTestId('confirm-blockers')).toContainText('at most 10.0 MB (10000000 bytes) per email');
  await expect(dialog.getByRole('button', { name: /^Send to/ })).toBeDisabled();
  await page.screenshot({ path: testInfo.outputPath('attachment-too-big-confirm.png') });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await page.waitForTimeout(500);
  expect(await sandboxBodies(page, 'Too big check')).toEqual([]);
});

test('an attachment whose server does not answer shows "size unknown" and can still be sent', async ({ page, served }, testInfo) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(served.url);
  await emailDraft(page, 'Unknown size check');
  await attach(page, `${filesUrl}/gone.pdf?t=${testInfo.workerIndex}`);

  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByTestId('attachment')).toContainText('size unknown: unreachable', { timeout: 20_000 });
  await expect(preview.getByTestId('attachment-size-warning')).toContainText('The size of 1 attachment cannot be known');
  await expect(preview.getByTestId('attachment-limit-error')).toHaveCount(0);
  await preview.locator('.attachments').screenshot({ path: testInfo.outputPath('attachment-unknown-dark.png') });

  await page.getByRole('button', { name: 'Send', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('note', { name: 'Warnings' })).toContainText('the size of 1 attachment cannot be known');
  await expect(dialog.getByTestId('confirm-blockers')).toHaveCount(0);
  await dialog.getByRole('button', { name: /^Send to 1 recipient/ }).click();
  await expect(page.getByTestId('send-status')).toContainText('Done', { timeout: 30_000 });
  await expect.poll(async () => (await sandboxBodies(page, 'Unknown size check')).length, { timeout: 20_000 }).toBe(1);
});

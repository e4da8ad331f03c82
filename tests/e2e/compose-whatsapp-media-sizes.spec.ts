import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { editJson, freshV1Draft } from './compose-helpers';
import { expect, test } from './fixtures';

// A v1 WhatsApp image given by URL: the core learns its size from the file's server without a
// click, the preview holds it against the WhatsApp page's 5 MB, and Send refuses it.

let files: Server;
let filesUrl = '';

test.beforeAll(async () => {
  files = createServer((req, res) => {
    if ((req.url ?? '').startsWith('/big.jpg')) res.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': '6000000' });
    else res.writeHead(404);
    res.end();
  });
  await new Promise<void>((resolve) => files.listen(0, '127.0.0.1', resolve));
  filesUrl = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;
});
test.afterAll(async () => {
  await new Promise<void>((resolve) => files.close(() => resolve()));
});

test('a 6 MB WhatsApp image by URL shows the 5 MB limit error without a click, and Send refuses it', async ({ page, served }, testInfo) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(served.url);
  await freshV1Draft(page, 'wa');
  const url = `${filesUrl}/big.jpg?t=${testInfo.workerIndex}`;
  await editJson(page, (body) => {
    body.destination = [{ waid: ['919177000000'] }];
    body.channels = { 'OTT-Messaging': { wa: { type: 'image', image: { url, caption: 'Our new plant', mimeType: 'image/jpg' } } } };
  });

  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByTestId('media-limit-error')).toContainText(
    'channels.OTT-Messaging.wa.image.url: the image is 6.0 MB (6000000 bytes, from its server): at most 5.0 MB for a WhatsApp image',
    { timeout: 20_000 },
  );
  await preview.getByTestId('media-sizes').screenshot({ path: testInfo.outputPath('whatsapp-image-too-big.png') });

  await page.getByRole('button', { name: 'Send', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('confirm-blockers')).toContainText('channels.OTT-Messaging.wa.image.url: the image is 6.0 MB');
  await expect(dialog.getByRole('button', { name: /^Send to/ })).toBeDisabled();
  await page.screenshot({ path: testInfo.outputPath('whatsapp-image-too-big-confirm.png') });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
});

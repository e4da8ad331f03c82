import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { APIRequestContext, Page, WebSocketRoute } from '@playwright/test';
import { callCore } from './call-core';
import { expect, startServe, test, type ServedConsole } from './fixtures';

// The live Inbound feed against the real core: payloads from the vendor seed documents are
// POSTed to the real listener and must show up in the open page without a reload.

const tag = () => randomUUID().slice(0, 8);
const root = fileURLToPath(new URL('../..', import.meta.url));

/** Seed 000: an SMS MO notification. */
function smsMo(text: string, from = '441157070619') {
  return {
    userId: '9009',
    channel: 'SMS',
    oa: from,
    da: '918886661353',
    message: text,
    tid: randomUUID(),
    datetime: '2015-04-12 13:00:19',
    ts: new Date().toISOString(),
    timeStamp: new Date().toISOString(),
    x_networkid: '10',
  };
}

/** Seed 000: Facebook MO with an image attachment (JSON inside a string). */
function facebookImage(psid: string) {
  return {
    userId: '8953',
    channel: 'Facebook',
    appId: 'a_636035637428953782',
    event: 'MO',
    psid,
    ts: new Date().toISOString(),
    timeStamp: new Date().toISOString(),
    tid: `${randomUUID()}_0`,
    message: '',
    attachments: JSON.stringify([{ payload: { url: 'https://scontent.xx.fbcdn.net/v/t35.0-12/13682620_o.jpg' }, type: 'image' }]),
    locale: 'en_US',
    gender: 'male',
    timezone: '5.5',
  };
}

/** Seed 000: Facebook MO with a location attachment. */
function facebookLocation(psid: string) {
  return {
    ...facebookImage(psid),
    tid: `${randomUUID()}_0`,
    attachments: JSON.stringify([
      {
        title: "Joe's Location",
        payload: { coordinates: { long: 78.398511094914, lat: 17.434871564442 } },
        type: 'location',
        url: 'https://www.facebook.com/l.php?u=x',
      },
    ]),
  };
}

/** Seed 003: the API v1 delivery receipt posted to the notify URL. */
function deliveryReceipt(destination: string, status = 'Delivered') {
  return {
    deliveryInfoNotification: {
      correlationid: randomUUID(),
      transid: randomUUID(),
      callbackData: 'some-use-ful-data',
      deliveryInfo: { destination, deliveryStatus: status, deliveryChannel: 'SMS' },
    },
  };
}

/** Seed 004: a LeadConnector InboundMessage. */
function leadConnector(body: string) {
  return {
    type: 'InboundMessage',
    locationId: 'l1C08ntBrFjLS0elLIYU',
    attachments: [],
    body,
    contactId: 'cI08i1Bls3iTB9bKgFJh',
    contentType: 'text/plain',
    conversationId: 'fcanlLgpbQgQhderivVs',
    dateAdded: new Date().toISOString(),
    direction: 'inbound',
    messageType: 'SMS',
    status: 'delivered',
    messageId: randomUUID(),
  };
}

async function post(request: APIRequestContext, served: ServedConsole, body: unknown, path = '/webhooks'): Promise<void> {
  expect(served.listenerUrl, 'relaydesk serve printed no "listening on" URL').toBeTruthy();
  const response = await request.post(`${served.listenerUrl}${path}`, { data: body });
  expect(response.status(), await response.text()).toBe(200);
}

async function openInbound(page: Page, served: ServedConsole): Promise<void> {
  await page.goto(served.url + '#/inbound');
  await expect(page.getByRole('heading', { level: 1, name: 'Inbound' })).toBeVisible();
}

const rows = (page: Page) => page.getByRole('listbox', { name: 'Inbound events' }).getByRole('option');
const nav = (page: Page, label: string) => page.getByRole('navigation', { name: 'Areas' }).getByRole('button', { name: label });

test.describe('inbound feed', () => {
  test('an empty install shows the listener URL and how to try it', async ({ page }, testInfo) => {
    const { served, stop } = await startServe();
    try {
      await page.emulateMedia({ colorScheme: 'light' });
      await openInbound(page, served);
      await expect(page.getByRole('heading', { name: 'Nothing has arrived yet' })).toBeVisible();
      await expect(page.getByTestId('empty-listener-url')).toContainText(served.listenerUrl!);
      await expect(page.getByText('send a test message through the sandbox')).toBeVisible();
      await page.screenshot({ path: testInfo.outputPath('inbound-empty.png') });
    } finally {
      await stop();
    }
  });

  test('seed payloads appear live, with kind chips, and filters and search narrow them', async ({ page, request, served }, testInfo) => {
    const t = tag();
    await page.emulateMedia({ colorScheme: 'light' });
    await openInbound(page, served);
    await post(request, served, smsMo(`Hello from SMS ${t}`));
    await post(request, served, facebookImage(`psid${t}`));
    const receiptTo = `4477${t.replace(/\D/g, '').padEnd(6, '1').slice(0, 6)}`;
    await post(request, served, deliveryReceipt(receiptTo));
    await post(request, served, leadConnector(`LeadConnector says hi ${t}`));

    const sms = rows(page).filter({ hasText: `Hello from SMS ${t}` });
    await expect(sms).toBeVisible();
    await expect(sms.locator('.ib-chip')).toHaveText('MO');
    await expect(rows(page).filter({ hasText: `psid${t}` })).toContainText('[image]');
    // This test's receipt, not any Delivered receipt an earlier test left on the worker's console.
    await expect(rows(page).filter({ hasText: receiptTo })).toContainText('Receipt · Delivered');
    await expect(rows(page).filter({ hasText: `LeadConnector says hi ${t}` })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('inbound-feed-light.png') });

    // Channel filter: Facebook only.
    await page.getByRole('combobox', { name: 'Channel' }).selectOption('facebook');
    await expect(rows(page).filter({ hasText: `psid${t}` })).toBeVisible();
    await expect(rows(page).filter({ hasText: `Hello from SMS ${t}` })).toHaveCount(0);
    // A live SMS does not sneak into the Facebook view.
    await post(request, served, smsMo(`Late SMS ${t}`));
    await page.waitForTimeout(400);
    await expect(rows(page).filter({ hasText: `Late SMS ${t}` })).toHaveCount(0);
    await page.getByRole('combobox', { name: 'Channel' }).selectOption('');

    // Kind filter: receipts only.
    await page.getByRole('combobox', { name: 'Kind' }).selectOption('receipt');
    await expect(rows(page).first()).toContainText('Receipt');
    await expect(rows(page).locator('.ib-chip', { hasText: /^MO$/ })).toHaveCount(0);
    await page.getByRole('button', { name: 'Clear filters' }).first().click();

    // Full-text search (debounced) over text and sender.
    await page.getByRole('searchbox', { name: 'Search inbound events' }).fill(`${t}`);
    await expect(rows(page).filter({ hasText: `Late SMS ${t}` })).toBeVisible();
    await page.getByRole('searchbox', { name: 'Search inbound events' }).fill(`nothinglikethis${t}`);
    await expect(page.getByRole('heading', { name: 'No events match' })).toBeVisible();
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await expect(rows(page).first()).toBeVisible();
  });

  test('detail shows attachments, a map link, raw JSON and headers; Esc closes it', async ({ page, request, served }, testInfo) => {
    const t = tag();
    await openInbound(page, served);
    await post(request, served, facebookImage(`img${t}`));
    await post(request, served, facebookLocation(`loc${t}`));

    await rows(page)
      .filter({ hasText: `img${t}` })
      .click();
    const detail = page.getByTestId('detail-pane');
    // Nothing is fetched from the sender's host until the user asks (no tracking on sight).
    const attachment = detail.getByTestId('attachment');
    await expect(attachment.locator('a[href^="https://scontent.xx.fbcdn.net/"]')).toBeVisible();
    await expect(attachment.locator('img')).toHaveCount(0);
    await attachment.screenshot({ path: testInfo.outputPath('inbound-media-click-to-load.png') });
    await attachment.getByRole('button', { name: 'Load image from scontent.xx.fbcdn.net' }).click();
    // Shown as an image, or (offline, as here) as a note that still links to the original.
    await expect(attachment.locator('img, a.ib-media-missing').first()).toBeVisible();
    await expect(attachment.locator('a[href^="https://scontent.xx.fbcdn.net/"]').first()).toBeVisible();
    await expect(detail.getByTestId('raw-json')).toContainText(`"psid": "img${t}"`);
    await expect(detail.getByRole('table')).toContainText(/content-type/i);
    await page.screenshot({ path: testInfo.outputPath('inbound-detail-image.png') });

    // j/k move the selection and the open detail follows.
    await page.getByTestId('feed-list').focus();
    const locRow = rows(page).filter({ hasText: `loc${t}` });
    await page.keyboard.press('k');
    await expect(locRow).toHaveAttribute('aria-selected', 'true');
    const map = detail.getByRole('link', { name: /OpenStreetMap/ });
    await expect(map).toHaveAttribute('href', /openstreetmap\.org\/\?mlat=17\.434872&mlon=78\.398511/);
    await expect(map).toHaveAttribute('target', '_blank');
    await expect(map).toHaveAttribute('rel', 'noreferrer');
    await expect(detail).toContainText('17.434872, 78.398511');
    await page.screenshot({ path: testInfo.outputPath('inbound-detail-light.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: testInfo.outputPath('inbound-detail-dark.png') });

    // Replay the stored body to our own listener, then to a URL of the user's choosing.
    await detail.getByRole('button', { name: '↻ Replay' }).click();
    await expect(detail.getByRole('status')).toContainText(/answered HTTP 200/);
    await detail.getByRole('radio', { name: 'Another URL' }).check();
    await detail.getByRole('textbox', { name: 'Replay URL' }).fill(`${served.listenerUrl}/webhooks/imiconnect`);
    await detail.getByRole('button', { name: '↻ Replay' }).click();
    await expect(detail.getByRole('status')).toContainText(`${served.listenerUrl}/webhooks/imiconnect answered HTTP 200`);

    await page.getByTestId('feed-list').focus();
    await page.keyboard.press('Escape');
    await expect(detail).toHaveCount(0);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('detail-pane')).toBeVisible();
    await page.keyboard.press('/');
    await expect(page.getByRole('searchbox', { name: 'Search inbound events' })).toBeFocused();
  });

  // A console of its own: the pill counts every event that arrives during the pause, and on the
  // worker's console a receipt of an earlier test's sandbox send can arrive then too.
  test('Space pauses: new events wait behind an "N new" pill until resumed', async ({ page, request, freshServed: served }) => {
    const t = tag();
    await openInbound(page, served);
    await post(request, served, smsMo(`before pause ${t}`));
    await expect(rows(page).filter({ hasText: `before pause ${t}` })).toBeVisible();
    await page.getByTestId('feed-list').focus();
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: '▶ Resume' })).toBeVisible();

    await post(request, served, smsMo(`during pause A ${t}`));
    await post(request, served, smsMo(`during pause B ${t}`));
    await expect(page.getByRole('button', { name: '2 new · resume' })).toBeVisible();
    await expect(rows(page).filter({ hasText: `during pause A ${t}` })).toHaveCount(0);

    await page.getByRole('button', { name: '2 new · resume' }).click();
    await expect(rows(page).filter({ hasText: `during pause A ${t}` })).toBeVisible();
    await expect(rows(page).filter({ hasText: `during pause B ${t}` })).toBeVisible();
    await expect(page.getByRole('button', { name: '❚❚ Pause' })).toBeVisible();
  });

  test('events that arrive while the socket is down show once it is back', async ({ page, request, served }) => {
    const t = tag();
    // Stand between the page and the core's socket, to cut it like a flaky network would.
    let down = false;
    const sockets: WebSocketRoute[] = [];
    await page.routeWebSocket(/\/socket/, (ws) => {
      if (down) return void ws.close();
      ws.connectToServer();
      sockets.push(ws);
    });
    await openInbound(page, served);
    await post(request, served, smsMo(`before the drop ${t}`));
    await expect(rows(page).filter({ hasText: `before the drop ${t}` })).toBeVisible();

    down = true;
    for (const ws of sockets) await ws.close();
    await expect(page.getByText('Disconnected from Relaydesk; reconnecting…')).toBeVisible();
    // Pushed while nobody listens: lost on the wire.
    await post(request, served, smsMo(`during the drop ${t}`));
    await page.waitForTimeout(300);
    await expect(rows(page).filter({ hasText: `during the drop ${t}` })).toHaveCount(0);

    down = false;
    await expect(page.getByText('Disconnected from Relaydesk; reconnecting…')).toBeHidden({ timeout: 10_000 });
    await expect(rows(page).filter({ hasText: `during the drop ${t}` })).toBeVisible();
    await post(request, served, smsMo(`after the drop ${t}`));
    await expect(rows(page).filter({ hasText: `after the drop ${t}` })).toBeVisible();
  });

  test('webhooks taken by `relaydesk listen` in a terminal show in the open console', async ({ page, request, served }) => {
    // The CLI's listener on another port, writing to the console's data directory.
    const cli = spawn(
      process.execPath,
      [join(root, 'bin', 'relaydesk.cjs'), 'listen', '--quiet', '--port', '0', '--data-dir', served.dataDir],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      const cliUrl = await new Promise<string>((resolve, reject) => {
        let out = '';
        cli.stdout!.on('data', (d: Buffer) => {
          out += d.toString();
          const m = /listening on (\S+)/.exec(out);
          if (m) resolve(m[1]!);
        });
        cli.once('exit', (code) => reject(new Error(`relaydesk listen exited (${code})`)));
      });
      const t = tag();
      await openInbound(page, served);
      const before = await page.getByTestId('feed-count').textContent();
      const res = await request.post(`${cliUrl}/webhooks`, { data: smsMo(`Via the terminal ${t}`) });
      expect(res.status()).toBe(200);
      // No reload: the console's core notices the other process's rows and pushes them.
      await expect(rows(page).filter({ hasText: `Via the terminal ${t}` })).toBeVisible({ timeout: 10_000 });
      await expect(page.getByTestId('feed-count')).not.toHaveText(before ?? '');
      await post(request, served, smsMo(`Via the console ${t}`));
      await expect(rows(page).filter({ hasText: `Via the console ${t}` })).toHaveCount(1);
      await expect(rows(page).filter({ hasText: `Via the terminal ${t}` })).toHaveCount(1);
    } finally {
      const exited = new Promise((r) => cli.once('exit', r));
      cli.kill('SIGINT');
      await exited;
    }
  });

  // A console of its own: the badge counts every event, and on the worker's console a receipt of an
  // earlier test's sandbox send can arrive while this one posts its three.
  test('the Inbound badge counts while another area is open and clears on viewing', async ({ page, request, freshServed: served }) => {
    const t = tag();
    await page.goto(served.url + '#/compose');
    await expect(page.getByRole('heading', { level: 1, name: 'Compose' })).toBeVisible();
    await post(request, served, smsMo(`badge one ${t}`));
    await post(request, served, leadConnector(`badge two ${t}`));
    await post(request, served, deliveryReceipt('447700900123', 'Failed'));
    await expect(nav(page, 'Inbound').locator('.badge')).toHaveText('3');

    await nav(page, 'Inbound').click();
    await expect(nav(page, 'Inbound').locator('.badge')).toHaveCount(0);
    await expect(rows(page).filter({ hasText: `badge two ${t}` })).toBeVisible();
    await expect(rows(page).filter({ hasText: 'Receipt · Failed' }).first().locator('.delivery-chip')).toHaveClass(/delivery-failed/);
  });

  test('export gives NDJSON with the raw body of every matching event', async ({ page, request, served }) => {
    const t = tag();
    await openInbound(page, served);
    await post(request, served, smsMo(`export me ${t}`));
    await post(request, served, smsMo(`export me too ${t}`));
    await page.getByRole('searchbox', { name: 'Search inbound events' }).fill(t);
    await expect(rows(page)).toHaveCount(2);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '⇩ Export NDJSON' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^relaydesk-inbound-.*\.ndjson$/);
    const lines = readFileSync((await file.path())!, 'utf8')
      .trim()
      .split('\n');
    expect(lines).toHaveLength(2);
    const events = lines.map((line) => JSON.parse(line) as { text: string; raw: string });
    expect(events.map((e) => e.text).sort()).toEqual([`export me ${t}`, `export me too ${t}`]);
    expect(JSON.parse(events[0]!.raw)).toHaveProperty('tid');
    await expect(page.getByRole('status').filter({ hasText: '2 events exported' })).toBeVisible();

    // Ctrl-click picks rows; only those are exported.
    await page.getByRole('searchbox', { name: 'Search inbound events' }).fill('');
    await rows(page)
      .filter({ hasText: `export me ${t}` })
      .click({ modifiers: ['Control'] });
    await post(request, served, smsMo(`not picked ${t}`));
    await expect(rows(page).filter({ hasText: `not picked ${t}` })).toBeVisible();
    await page.getByTestId('feed-list').focus();
    // The picked row is selected; the newer "export me too" is one up.
    await page.keyboard.press('k');
    await page.keyboard.press('x');
    const pickedDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export selected (2)' }).click();
    const picked = readFileSync((await (await pickedDownload).path())!, 'utf8')
      .trim()
      .split('\n');
    expect(picked.map((line) => (JSON.parse(line) as { text: string }).text).sort()).toEqual([`export me ${t}`, `export me too ${t}`]);
  });

  test('the Rejected tab shows a malformed POST with its reason, body and headers', async ({ page, request, served }, testInfo) => {
    await openInbound(page, served);
    const response = await request.post(`${served.listenerUrl}/webhooks`, {
      headers: { 'content-type': 'application/json', 'x-test-header': 'malformed' },
      // A Buffer goes out byte for byte (a string would be JSON-encoded by Playwright).
      data: Buffer.from('{"oa": "4411", "message": '),
    });
    expect(response.status()).toBe(400);
    await page.getByRole('tab', { name: /Rejected/ }).click();
    const row = page.getByTestId('rejected-row').filter({ hasText: '{"oa": "4411"' }).first();
    await expect(row).toBeVisible();
    await expect(row).toContainText('400');
    await row.click();
    const pane = page.getByRole('complementary', { name: 'Rejected request' });
    await expect(pane).toContainText('x-test-header');
    await expect(pane).toContainText('malformed');
    await page.screenshot({ path: testInfo.outputPath('inbound-rejected.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: testInfo.outputPath('inbound-rejected-dark.png') });
  });

  test("conversation view groups one sender's events; setup explains where to paste the URL", async ({
    page,
    request,
    served,
  }, testInfo) => {
    const t = tag();
    const sender = `4479${String(Date.now()).slice(-7)}`;
    await openInbound(page, served);
    await post(request, served, smsMo(`first ${t}`, sender));
    await post(request, served, smsMo(`second ${t}`, sender));
    await rows(page)
      .filter({ hasText: `second ${t}` })
      .click();
    await page.getByRole('button', { name: `Conversation with ${sender}` }).click();
    const chat = page.getByTestId('conversation');
    await expect(chat.getByRole('heading', { name: sender })).toBeVisible();
    await expect(chat.locator('.ib-bubble-text')).toHaveText([`first ${t}`, `second ${t}`]);
    await post(request, served, smsMo(`third ${t}`, sender));
    await expect(chat.locator('.ib-bubble-text')).toHaveText([`first ${t}`, `second ${t}`, `third ${t}`]);
    await page.screenshot({ path: testInfo.outputPath('inbound-conversation.png') });

    await page.getByRole('tab', { name: 'Setup' }).click();
    await expect(page.getByText('General Settings → Inbound Settings URL')).toBeVisible();
    await expect(page.getByText(/tunnel/).first()).toBeVisible();
    await expect(page.getByTestId('listener-base')).toHaveText(served.listenerUrl!);
    await page.screenshot({ path: testInfo.outputPath('inbound-setup.png'), fullPage: true });
  });

  test('a conversation interleaves our sandbox send with its receipt', async ({ page, served }, testInfo) => {
    const t = tag();
    const to = `4478${String(Date.now()).slice(-8)}`;
    await openInbound(page, served);
    const sent = await callCore(page, 'outbound:send', {
      profileId: 'sandbox',
      body: { channel: 'sms', from: 'RELAYDESK', content: { type: 'text', text: `Your table is ready ${t}` }, to: [{ msisdn: [to] }] },
    });
    expect(sent.ok).toBe(true);
    // The sandbox posts the delivery receipt to our listener: it appears live in the feed.
    await expect(rows(page).filter({ hasText: to }).first()).toBeVisible({ timeout: 15_000 });

    await page.getByRole('tab', { name: 'Conversations' }).click();
    await page.getByRole('searchbox', { name: 'Address' }).fill(to);
    await page.getByRole('searchbox', { name: 'Address' }).press('Enter');
    const chat = page.getByTestId('conversation');
    await expect(chat.getByTestId('chat-sent')).toContainText(`Your table is ready ${t}`);
    await expect(chat.getByTestId('chat-receipt').first()).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('inbound-conversation-sent.png') });
  });

  test('a poll source added in Setup fetches events into the feed', async ({ page, served }, testInfo) => {
    const t = tag();
    // A stand-in for a vendor's "list events" endpoint: NDJSON of two SMS MO payloads.
    const feed = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/x-ndjson' });
      res.end([smsMo(`polled one ${t}`), smsMo(`polled two ${t}`)].map((p) => JSON.stringify({ ...p, tid: `${p.message}` })).join('\n'));
    });
    await new Promise<void>((resolve) => feed.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(feed.address() as AddressInfo).port}/events`;
    try {
      await openInbound(page, served);
      await page.getByRole('tab', { name: 'Setup' }).click();
      const form = page.getByRole('form', { name: 'Add a poll source' });
      await form.getByLabel('Name').fill(`Poll ${t}`);
      await form.getByLabel('URL').fill(url);
      await form.getByLabel('Every (seconds)').fill('3');
      await form.getByRole('button', { name: 'Add poll source' }).click();
      await expect(form.getByRole('alert')).toContainText(/intervalSeconds|at least 5/);

      await form.getByLabel('Every (seconds)').fill('3600');
      await form.getByRole('button', { name: 'Add poll source' }).click();
      const source = page.getByTestId('poll-source').filter({ hasText: `Poll ${t}` });
      await expect(source).toBeVisible();
      await source.getByRole('button', { name: 'Poll now' }).click();
      await expect(source).toContainText('2 stored');
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.screenshot({ path: testInfo.outputPath('inbound-poll-sources-dark.png') });

      await page.getByRole('tab', { name: 'Feed' }).click();
      await expect(rows(page).filter({ hasText: `polled one ${t}` })).toBeVisible();
      await expect(rows(page).filter({ hasText: `polled two ${t}` })).toBeVisible();

      await page.getByRole('tab', { name: 'Setup' }).click();
      await source.getByRole('button', { name: 'Remove' }).click();
      await source.getByRole('button', { name: 'Really remove?' }).click();
      await expect(source).toHaveCount(0);
    } finally {
      feed.close();
    }
  });

  test('dark theme renders the feed with dark surfaces', async ({ page, request, served }, testInfo) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await openInbound(page, served);
    await post(request, served, deliveryReceipt('447700900999', 'Delivered'));
    await expect(rows(page).first()).toBeVisible();
    const bg = await page.getByTestId('feed-list').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).toBe('rgb(22, 28, 35)');
    await page.screenshot({ path: testInfo.outputPath('inbound-feed-dark.png') });
  });
});

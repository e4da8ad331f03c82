import { randomUUID } from 'node:crypto';
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test, type ServedConsole } from './fixtures';

// Payload families the vendors document beyond the seeds (Webex Connect WhatsApp, live chat and
// receipt codes; LeadConnector InternalComment), POSTed to the real listener: each shows in the
// feed as what it is, never as "Unknown".

const tag = () => randomUUID().slice(0, 8);

async function post(request: APIRequestContext, served: ServedConsole, body: unknown): Promise<void> {
  expect(served.listenerUrl, 'relaydesk serve printed no "listening on" URL').toBeTruthy();
  const response = await request.post(`${served.listenerUrl}/webhooks`, { data: body });
  expect(response.status(), await response.text()).toBe(200);
}

const rows = (page: Page) => page.getByRole('listbox', { name: 'Inbound events' }).getByRole('option');

test('WhatsApp contacts, live-chat typing, internal notes and receipt codes read as what they are', async ({
  page,
  request,
  served,
}, testInfo) => {
  const t = tag();
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(served.url + '#/inbound');
  await expect(page.getByRole('heading', { level: 1, name: 'Inbound' })).toBeVisible();

  // developers.webexconnect.io/reference/data-streams-whatsapp: contacts as JSON in a string.
  await post(request, served, {
    channel: 'WhatsApp',
    event: 'MO',
    appId: 'a_155054536910425280',
    waid: '919876543210',
    username: 'Asha',
    tid: `wa-${t}`,
    message: '',
    attachments: '[]',
    location: '',
    contacts: JSON.stringify([{ name: { formatted_name: `Ravi ${t}` }, phones: [{ phone: '+91 98480 22338' }] }]),
  });
  // developers.webexconnect.io/reference/in-app-messages: a live-chat typing indicator.
  await post(request, served, { channel: 'Rtm', event: 'TypingIndicator', appId: 'Exxxx33633', userId: `u${t}`, tid: `typing-${t}` });
  // marketplace.gohighlevel.com/docs/webhook/InternalComment.
  await post(request, served, {
    type: 'InternalComment',
    locationId: 'L1',
    contactId: 'C1',
    userId: 'U1',
    body: `Call back tomorrow ${t}`,
    messageId: `note-${t}`,
  });
  // developers.imiconnect.io/reference/in-app-messages: a failed in-app receipt, code 7105.
  await post(request, served, {
    deliveryInfoNotification: {
      deliveryInfo: {
        timeStamp: '2019-07-17T11:24:40.947Z',
        Description: 'Customer profile not found',
        code: '7105',
        deliveryChannel: 'rt',
        destination: `d${t}`,
        deliveryStatus: 'Failed',
      },
      transid: `rt-${t}`,
      callbackData: '',
      correlationid: '',
    },
  });

  const contact = rows(page).filter({ hasText: `Ravi ${t}` });
  await expect(contact).toContainText(`[contact: Ravi ${t} · +91 98480 22338]`);
  await expect(contact.locator('.ib-chip')).toHaveText('MO');
  await expect(rows(page).filter({ hasText: 'TypingIndicator' }).locator('.ib-chip')).toHaveText('Activity');
  await expect(
    rows(page)
      .filter({ hasText: `Call back tomorrow ${t}` })
      .locator('.ib-chip'),
  ).toHaveText('Note');
  // Only this test's rows: the worker's console keeps what earlier tests posted.
  await expect(rows(page).filter({ hasText: t }).locator('.ib-chip', { hasText: 'Unknown' })).toHaveCount(0);

  await rows(page)
    .filter({ hasText: `d${t}` })
    .click();
  const detail = page.getByTestId('detail-pane');
  await expect(detail).toContainText('Customer profile not found');
  await expect(detail).toContainText('no app user or device is registered for this destination');
  await page.screenshot({ path: testInfo.outputPath('inbound-vendor-families.png') });
});

test('Apple Messages for Business events show their own channel and the channel filter finds them', async ({
  page,
  request,
  served,
}, testInfo) => {
  const t = tag();
  // As long as Apple's opaque customer ids are (urn:mbid: and 88 characters of base64): wider than the route column.
  const abcUser = `urn:mbid:${t}${'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0MjQyNDI0Mg'.repeat(2)}`;
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(served.url + '#/inbound');
  await expect(page.getByRole('heading', { level: 1, name: 'Inbound' })).toBeVisible();

  // Webex Connect v6.20, Apple Messages for Business → Outbound Webhooks: an incoming text and a receipt.
  await post(request, served, {
    abcUserId: abcUser,
    channel: 'AppleBusinessChat',
    abcAccountId: '4d3c2b1a-0f9e-4d8c-8b7a-6f5e4d3c2b1a',
    appId: 'a_639000000000000042',
    event: 'MO',
    tid: `amb-${t}`,
    message: `Do you deliver on Sundays? ${t}`,
    attachments: '',
  });
  await post(request, served, {
    deliveryInfoNotification: {
      deliveryInfo: {
        deliveryChannel: 'applebusinesschat',
        destinationType: 'applebusinesschat',
        destination: `${abcUser}-to`,
        deliveryStatus: 'Delivered',
        code: '7500',
        Description: 'Delivered',
      },
      transid: `amb-receipt-${t}`,
    },
  });
  await post(request, served, { channel: 'SMS', oa: '447700900123', da: '2105', tid: `sms-${t}`, message: `SMS beside Apple ${t}` });

  const apple = rows(page).filter({ hasText: `Do you deliver on Sundays? ${t}` });
  const appleChannel = apple.locator('.ib-feed-channel');
  await expect(appleChannel).toHaveAttribute('aria-label', 'Apple Messages');
  await expect(appleChannel).toHaveText('A');
  await expect(
    rows(page)
      .filter({ hasText: `${abcUser}-to` })
      .locator('.ib-feed-channel'),
  ).toHaveAttribute('aria-label', 'Apple Messages');
  await expect(rows(page).filter({ hasText: `SMS beside Apple ${t}` })).toBeVisible();
  // The long customer id gives way (ellipsis) instead of running under "→ a_639…".
  const from = await apple.locator('.ib-feed-from-address').boundingBox();
  const to = await apple.locator('.ib-feed-to-line').boundingBox();
  expect(from!.x + from!.width).toBeLessThanOrEqual(to!.x);
  await expect(apple.locator('.ib-feed-to')).toHaveText('a_639000000000000042');
  await page.screenshot({ path: testInfo.outputPath('inbound-apple-light.png') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: testInfo.outputPath('inbound-apple-dark.png') });
  await page.emulateMedia({ colorScheme: 'light' });

  await page.getByRole('combobox', { name: 'Channel' }).selectOption({ label: 'Apple Messages' });
  await expect(apple).toBeVisible();
  await expect(rows(page).filter({ hasText: `${abcUser}-to` })).toBeVisible();
  await expect(rows(page).filter({ hasText: `SMS beside Apple ${t}` })).toHaveCount(0);
  // Only Apple rows are left, whatever earlier tests posted to the worker's console.
  await expect(rows(page).locator('.ib-feed-channel:not([aria-label="Apple Messages"])')).toHaveCount(0);

  await apple.click();
  const detail = page.getByTestId('detail-pane');
  await expect(detail).toContainText('Apple Messages event');
  // The conversation button names the whole customer id and stays inside the pane.
  const pane = await detail.boundingBox();
  const conversation = await detail.getByRole('button', { name: `Conversation with ${abcUser}` }).boundingBox();
  expect(conversation!.x + conversation!.width).toBeLessThanOrEqual(pane!.x + pane!.width);
  await page.screenshot({ path: testInfo.outputPath('inbound-apple-detail.png') });
});

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

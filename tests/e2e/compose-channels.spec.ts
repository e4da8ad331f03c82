import type { Page, TestInfo } from '@playwright/test';
import { fbButtonTemplate } from '../unit/helpers/v1-ott-documented';
import { editJson, freshDraft, freshV1Draft, sendAndWaitDone } from './compose-helpers';
import { expect, test } from './fixtures';

// One channel, end to end in the real renderer against the real core: start from the channel's
// starter, add one recipient (through the JSON tab, as a user pasting an id would), see the real
// content in the preview, no request problems, and send it to the built-in sandbox.

interface ChannelCase {
  api: 'v1' | 'v2';
  channel: string;
  /** The toolbar button (v2) or the v1 select's value. */
  pick: string;
  /** Where the recipient goes: [destination kind, address]. */
  recipient: [string, string];
  /** Text the preview must show for this recipient (the starter's content, substituted). */
  previewShows: string | string[];
  /** What the case is, when it is not the channel's starter as it is. */
  name?: string;
  /** A change to the starter's body, e.g. a message type the starter does not show. */
  edit?: (body: Record<string, unknown>) => void;
}

async function composeAndSend(page: Page, url: string, c: ChannelCase, testInfo: TestInfo): Promise<void> {
  await page.goto(url);
  if (c.api === 'v2') await freshDraft(page, c.pick as 'SMS' | 'Email' | 'RCS');
  else await freshV1Draft(page, c.pick);
  await page.getByLabel('Profile').selectOption({ label: 'Sandbox (built in)' });

  const [kind, address] = c.recipient;
  await editJson(page, (body) => {
    c.edit?.(body);
    if (c.api === 'v1') body.destination = [{ [kind]: [address] }];
    else {
      body.to = [{ [kind]: [address], substitutions: { name: 'Ana' } }];
      if (body.from === undefined) body.from = c.channel === 'email' ? 'news@example.com' : 'RELAYDESK';
    }
  });

  const preview = page.getByRole('region', { name: 'Preview' });
  for (const text of [c.previewShows].flat()) await expect(preview).toContainText(text);
  await expect(page.getByTestId('recipient-position')).toHaveText('1 of 1');
  await page.getByRole('tab', { name: /JSON/ }).click();
  await expect(page.getByLabel('Request problems')).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath(`compose-${c.api}-${c.name ?? c.channel}.png`), fullPage: true });

  await page.getByRole('button', { name: 'Send', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: /^Send to 1 recipient/ }).click();
  await expect(page.getByTestId('send-status')).toContainText('Queued: 1 destination in 1 request', { timeout: 20_000 });
  await expect(page.getByTestId('send-status')).toContainText('Done', { timeout: 30_000 });
}

// Every channel of both APIs, each a test of its own (named for its channel); the file runs in parallel.
const CHANNELS: ChannelCase[] = [
  { api: 'v1', channel: 'appmessaging', pick: 'appmessaging', recipient: ['msisdn', '447700900001'], previewShows: 'Relaydesk test' },
  { api: 'v1', channel: 'fb', pick: 'fb', recipient: ['psid', '2412345678901234'], previewShows: 'Hello, this is a test message.' },
  { api: 'v1', channel: 'push', pick: 'push', recipient: ['customerid', 'cust-1'], previewShows: 'Hello, this is a test message.' },
  { api: 'v1', channel: 'rt', pick: 'rt', recipient: ['msisdn', '447700900001'], previewShows: 'Hello, this is a test message.' },
  { api: 'v1', channel: 'sms', pick: 'sms', recipient: ['msisdn', '447700900001'], previewShows: 'Hello, this is a test message.' },
  { api: 'v1', channel: 'twitter', pick: 'twitter', recipient: ['twitterid', '783214'], previewShows: 'Hello, this is a test message.' },
  { api: 'v1', channel: 'voice', pick: 'voice', recipient: ['msisdn', '447700900001'], previewShows: 'your-call-flow-id' },
  { api: 'v1', channel: 'wa', pick: 'wa', recipient: ['msisdn', '447700900001'], previewShows: 'Hello, this is a test message.' },
  {
    api: 'v1',
    channel: 'wechat',
    pick: 'wechat',
    recipient: ['wechat_user_id', 'oXyz123'],
    previewShows: 'Hello, this is a test message.',
  },
  { api: 'v2', channel: 'email', pick: 'Email', recipient: ['email', 'ann@example.com'], previewShows: 'Hello Ana' },
  { api: 'v2', channel: 'rcs', pick: 'RCS', recipient: ['msisdn', '+447700900001'], previewShows: 'Hi Ana! Reply Yes or No.' },
  { api: 'v2', channel: 'sms', pick: 'SMS', recipient: ['msisdn', '447700900001'], previewShows: 'Hi Ana,' },
];

/** The OTT channel block of a v1 body, to replace with a message type the starter does not show. */
function ott(body: Record<string, unknown>): Record<string, unknown> {
  return (body.channels as Record<string, Record<string, unknown>>)['OTT-Messaging']!;
}

// Message types beyond the starters, as the vendor's current pages send them (developers.webexconnect.io
// reference/facebook "Button Template", reference/whatsapp-apis "Template Messages" and "List Messages").
CHANNELS.push(
  {
    api: 'v1',
    channel: 'fb',
    name: 'fb-button-template',
    pick: 'fb',
    recipient: ['psid', '2412345678901234'],
    previewShows: ['What do you want to do next?', 'Show Website, Start Chatting'],
    edit: (body) => {
      // The Messenger page's button template, as the unit tests hold it.
      ott(body).fb = ott(fbButtonTemplate()).fb;
    },
  },
  {
    api: 'v1',
    channel: 'wa',
    name: 'wa-template',
    pick: 'wa',
    recipient: ['waid', '447700900001'],
    previewShows: ['513972242591830', 'movie: joker, venue: hyderabad', 'Button 1, Button 2'],
    edit: (body) => {
      ott(body).wa = { identity_key_hash: 'njbYlYcxxxxx' };
      body.message = {
        template: '513972242591830',
        parameters: {
          image: { link: 'http://mattfarmer.net/projects/thickbox/images/plant4.jpg' },
          movie: 'joker',
          venue: 'hyderabad',
          quickReply: [
            { button_text: 'Button 1', payload: 'BUTTON 1 PAYLOAD' },
            { button_text: 'Button 2', payload: 'BUTTON 2 PAYLOAD' },
          ],
        },
      };
    },
  },
  {
    api: 'v1',
    channel: 'wa',
    name: 'wa-list',
    pick: 'wa',
    recipient: ['waid', '447700900001'],
    previewShows: ['Pick a slot', 'Main Menu', 'Monday, Tuesday (afternoon)'],
    edit: (body) => {
      ott(body).wa = {
        type: 'list',
        list: {
          body: { text: 'Pick a slot' },
          action: {
            button: 'Main Menu',
            sections: [
              {
                title: 'Slots',
                rows: [
                  { id: 'mon', title: 'Monday' },
                  { id: 'tue', title: 'Tuesday', description: 'afternoon' },
                ],
              },
            ],
          },
        },
      };
    },
  },
);

test.describe.configure({ mode: 'parallel' });

for (const c of CHANNELS) {
  test(`${c.api} ${c.name ?? c.channel}: composed from its starter, previews its real content, validates and sends to the sandbox`, async ({
    page,
    served,
  }, testInfo) => {
    await composeAndSend(page, served.url, c, testInfo);
  });
}

test('warnings name their source and never stop the send: an unknown field and an invalid v1 priority', async ({
  page,
  served,
}, testInfo) => {
  await page.goto(served.url);
  await freshV1Draft(page, 'sms');
  await page.getByLabel('Profile').selectOption({ label: 'Sandbox (built in)' });
  await editJson(page, (body) =>
    Object.assign(body, { destination: [{ msisdn: ['447700900001'] }], priority: '9', futureField: { x: 1 } }),
  );
  await page.getByRole('tab', { name: /JSON/ }).click();

  const warnings = page.getByLabel('Request warnings');
  await expect(warnings).toContainText(
    'priority: "9" is not a priority (1 low, 2 medium, 3 high): the API uses the priority configured for the client instead (seed 003, priority)',
  );
  await expect(warnings).toContainText('futureField: not a field Relaydesk knows for a v1 request: it is sent as it is, unchecked');
  await expect(page.getByLabel('Request problems')).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('compose-warnings.png'), fullPage: true });

  await sendAndWaitDone(page, '1 recipient');
});

import { describe, expect, it } from 'vitest';
import { APPLE } from '../../src/shared/inbound/receipt-codes/apple';
import { normalized } from './vendor-webhook-samples/sample';
import { postJson, startInbound } from './fixtures/inbound-harness';
import { cli, startCli } from './helpers/cli';
import { tempDir } from './helpers/temp-dir';

// Apple Messages for Business is a channel of its own (issue 16): its MOs, events and receipts say
// `apple`, whichever of the vendor's spellings names the channel, so the feed's chip and the
// channel filter (and `relaydesk inbound --channel`) find them instead of lumping them into "other".

const ABC_USER = 'urn:mbid:QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0MjQyNDI0Mg==';

const receipt = (deliveryChannel: string) => ({
  deliveryInfoNotification: {
    deliveryInfo: { deliveryChannel, destination: ABC_USER, deliveryStatus: 'Delivered', code: '7500' },
    transid: `amb-${deliveryChannel}`,
  },
});

describe('Apple Messages for Business channel', () => {
  it.each(['applebusinesschat', 'AppleBusinessChat', 'Apple Messages for Business', 'apple_messages_for_business', 'ABC'])(
    'a receipt whose deliveryChannel is %s is an Apple receipt',
    (name) => {
      expect(normalized(receipt(name))).toMatchObject({ kind: 'receipt', channel: 'apple', to: ABC_USER });
    },
  );

  it('an MO whose capabilityList is not valid percent-encoding is stored with it as sent, not refused', async () => {
    const h = await startInbound();
    const body = { channel: 'AppleBusinessChat', event: 'MO', abcUserId: ABC_USER, appId: 'amb-app', tid: 'amb-cut', message: 'Hello' };
    const res = await postJson(`${h.url}/webhooks`, { ...body, capabilityList: 'AUTH%2CLIST%E0%A4' });
    expect(res.status, res.body).toBe(200);
    const stored = await h.handlers['inbound:get']({ id: res.json().id as string });
    expect(stored).toMatchObject({ kind: 'message', channel: 'apple', text: 'Hello', details: { capabilityList: 'AUTH%2CLIST%E0%A4' } });
    expect(normalized({ ...body, capabilityList: 'AUTH%2CLIST 100%' }).details.capabilityList).toBe('AUTH,LIST 100%');
  });

  it('every alias of the Apple receipt-code table names the channel, in receipts and MOs alike', () => {
    for (const alias of APPLE.aliases) {
      expect(normalized(receipt(alias)).channel, alias).toBe('apple');
      const mo = normalized({ channel: alias, event: 'MO', abcUserId: ABC_USER, appId: 'a_1', tid: `t-${alias}`, message: 'Hi' });
      expect(mo, alias).toMatchObject({ kind: 'message', channel: 'apple', from: ABC_USER, text: 'Hi' });
    }
  });

  it('an API v2 status webhook on the Apple channel is an Apple receipt', () => {
    const event = normalized({ messageId: 'm-amb-1', status: 'delivered', channel: 'AppleBusinessChat', destination: ABC_USER });
    expect(event).toMatchObject({ kind: 'receipt', channel: 'apple' });
  });

  it('relaydesk inbound --channel apple lists the Apple events and nothing else', async () => {
    const dataDir = tempDir();
    const listen = startCli(['listen', '--port', '0', '--data-dir', dataDir]);
    const until = Date.now() + 15_000;
    let url: string | undefined;
    while (!(url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(listen.out())?.[1]) && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(url, listen.err()).toBeTruthy();
    const mo = {
      channel: 'AppleBusinessChat',
      event: 'MO',
      abcUserId: ABC_USER,
      appId: 'a_1',
      tid: 'amb-cli-1',
      message: 'Sunday delivery?',
    };
    expect((await postJson(`${url}/webhooks`, mo)).status).toBe(200);
    expect(
      (await postJson(`${url}/webhooks`, { channel: 'SMS', oa: '447700900123', da: '2105', tid: 'sms-cli-1', message: 'Hi' })).status,
    ).toBe(200);
    listen.stop();
    expect(await listen.done).toBe(0);

    const apple = await cli(['inbound', '--channel', 'apple', '--json', '--data-dir', dataDir]);
    expect(apple.code, apple.err).toBe(0);
    const lines = apple.out
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toEqual([expect.objectContaining({ channel: 'apple', text: 'Sunday delivery?' })]);
  }, 30_000);
});

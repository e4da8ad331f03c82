import { describe, expect, it } from 'vitest';
import { DestinationRateLimit } from '../../src/main/core/sandbox/rate-limit';
import { SANDBOX_FAILING_SUFFIX, SANDBOX_RECEIPT_CODES } from '../../src/shared/api/sandbox-rules';
import { SANDBOX_SERVICE_KEY } from '../../src/shared/sandbox';
import { v1Sms, v2Rcs, v2Sms } from './helpers/api-requests';
import { startReceiver, type Received } from './helpers/receiver';
import { post, testSandbox } from './helpers/sandbox';

const V1 = '/resources/v1/messaging';
const V2 = '/v2/messages';
const key = { key: SANDBOX_SERVICE_KEY };

type Notification = {
  deliveryInfoNotification: {
    correlationid: string;
    transid: string;
    callbackData: string;
    messageId?: string;
    deliveryInfo: { destination: string; deliveryStatus: string; deliveryChannel: string; code: string; Description: string };
  };
};
const info = (item: Received) => (item.body as Notification).deliveryInfoNotification;

function numbers(count: number, prefix = '4477009'): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}${String(i).padStart(5, '0')}`);
}

describe('sandbox limits', () => {
  it('answers 7009 (v1) and 400 code 7009 (v2) above 1000 destinations', async () => {
    const sandbox = await testSandbox();
    const v1 = v1Sms();
    v1.destination = [{ msisdn: numbers(1001) }];
    expect((await post(sandbox.url + V1, v1, key)).json).toMatchObject({ response: { code: '7009' } });
    const v2 = v2Sms();
    v2.to = [{ msisdn: numbers(600) }, { msisdn: numbers(401, '4477019') }];
    const answer = await post(sandbox.url + V2, v2, key);
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ code: '7009' });
  });

  it('answers 7020 (v1) and 429 (v2) when destinations per second exceed the TPS', async () => {
    const sandbox = await testSandbox({ tps: 3 });
    const two = v1Sms();
    two.destination = [{ msisdn: numbers(2) }];
    expect((await post(sandbox.url + V1, two, key)).json).toMatchObject({ response: [{ code: '1001' }, { code: '1001' }] });
    expect((await post(sandbox.url + V1, two, key)).json).toMatchObject({ response: { code: '7020' } });
    const v2 = v2Sms();
    v2.to = [{ msisdn: numbers(2) }];
    const refused = await post(sandbox.url + V2, v2, key);
    expect(refused.status).toBe(429);
    expect(refused.json).toMatchObject({ code: '7020' });
  });

  it('counts destinations over a sliding one-second window, per service; 0 is unlimited', () => {
    let now = 0;
    const limit = new DestinationRateLimit(10, () => now);
    expect(limit.admit('a', 6)).toBe(true);
    now = 500;
    expect(limit.admit('a', 4)).toBe(true);
    expect(limit.admit('a', 1)).toBe(false);
    expect(limit.admit('b', 10)).toBe(true);
    now = 1000;
    expect(limit.admit('a', 6)).toBe(true);
    expect(limit.admit('a', 1)).toBe(false);
    now = 1500;
    expect(limit.admit('a', 4)).toBe(true);
    expect(new DestinationRateLimit(0).admit('a', 1_000_000)).toBe(true);
    expect(new DestinationRateLimit(undefined).admit('a', 1_000_000)).toBe(true);
  });
});

describe('sandbox receipts and replies', () => {
  it(`posts v1 deliveryInfoNotification receipts: submitted then delivered, failed for numbers ending in ${SANDBOX_FAILING_SUFFIX}`, async () => {
    const receiver = await startReceiver();
    const sandbox = await testSandbox();
    const body = v1Sms();
    body.notifyurl = `${receiver.url}/hooks`;
    body.callbackData = 'cb-7';
    body.destination = [{ msisdn: ['447700900001', '447700900013'], correlationid: 'order-1' }];
    const answer = await post(sandbox.url + V1, body, key);
    const transids = (answer.json as { response: { transid: string }[] }).response.map((entry) => entry.transid);

    const posts = await receiver.waitFor(4);
    expect(posts.every((item) => item.path === '/hooks')).toBe(true);
    const byDestination = (address: string) => posts.map(info).filter((n) => n.deliveryInfo.destination === address);
    expect(byDestination('447700900001').map((n) => [n.deliveryInfo.deliveryStatus, n.deliveryInfo.code])).toEqual([
      ['Submitted', SANDBOX_RECEIPT_CODES.submitted],
      ['Delivered', SANDBOX_RECEIPT_CODES.delivered],
    ]);
    expect(byDestination('447700900013').map((n) => [n.deliveryInfo.deliveryStatus, n.deliveryInfo.code])).toEqual([
      ['Submitted', '7501'],
      ['Failed', SANDBOX_RECEIPT_CODES.failed],
    ]);
    expect(byDestination('447700900013')[1]!.deliveryInfo.Description).toMatch(/ending in 13/);
    const first = byDestination('447700900001')[0]!;
    expect(first).toMatchObject({
      correlationid: 'order-1',
      callbackData: 'cb-7',
      transid: transids[0],
      deliveryInfo: { deliveryChannel: 'SMS' },
    });
    expect(byDestination('447700900013')[0]!.transid).toBe(transids[1]);
  });

  it('posts v2 RCS receipts submitted, delivered and read (7502), with the messageId, filtered by requestedReceipts', async () => {
    const receiver = await startReceiver();
    const sandbox = await testSandbox();
    const body = v2Rcs();
    body.notifyUrl = receiver.url;
    body.requestedReceipts = ['DELIVERED', 'READ'];
    body.to = [{ msisdn: ['+447700900001'], correlationId: 'group-1', substitutions: { name: 'Ann' } }];
    const answer = await post(sandbox.url + V2, body, key);
    expect(answer.status).toBe(201);
    const { messageId } = answer.json as { messageId: string };
    const posts = await receiver.waitFor(2);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(receiver.received.map((item) => [info(item).deliveryInfo.deliveryStatus, info(item).deliveryInfo.code])).toEqual([
      ['Delivered', '7500'],
      ['Read', '7502'],
    ]);
    expect(info(posts[0]!)).toMatchObject({
      messageId,
      transid: messageId,
      correlationid: 'group-1',
      deliveryInfo: { destination: '+447700900001', deliveryChannel: 'RCS' },
    });
  });

  it('simulates an SMS reply in the seed-000 MO shape after delivery, and none for failing numbers', async () => {
    const receipts = await startReceiver();
    const replies = await startReceiver();
    const sandbox = await testSandbox({ replies: { url: `${replies.url}/webhooks` } });
    const body = v2Sms();
    body.notifyUrl = receipts.url;
    delete body.requestedReceipts;
    body.to = [{ msisdn: ['+447700900001', '447700900013'] }];
    await post(sandbox.url + V2, body, key);
    const [reply] = await replies.waitFor(1);
    await receipts.waitFor(4);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(replies.received).toHaveLength(1);
    expect(reply!.path).toBe('/webhooks');
    expect(reply!.body).toMatchObject({ channel: 'SMS', oa: '447700900001', da: 'CNNECT', userId: '', x_networkid: '0' });
    const mo = reply!.body as Record<string, string>;
    expect(mo.message).toMatch(/^Sandbox reply to "Hi user, there is an outage/);
    expect(mo.tid).toMatch(/^[0-9a-f-]{36}$/);
    expect(mo.ts).toBe(mo.timeStamp);
    expect(mo.datetime).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(sandbox.log.entries().some((entry) => entry.kind === 'reply' && entry.ok)).toBe(true);
  });

  it('quotes in each simulated reply what that recipient got, not the template', async () => {
    const replies = await startReceiver();
    const sandbox = await testSandbox({ replies: { url: `${replies.url}/webhooks` } });
    const body = {
      channel: 'sms',
      from: 'ACME',
      content: { type: 'text', text: 'Hi $(name), your code is $(code)' },
      substitutions: { code: '4411' },
      to: [
        { msisdn: ['447700900001'], substitutions: { name: 'Ann' } },
        { msisdn: ['447700900002'], substitutions: { name: 'Bob' } },
      ],
    };
    await post(sandbox.url + V2, body, key);
    const got = await replies.waitFor(2);
    const byNumber = Object.fromEntries(
      got.map((r) => [(r.body as Record<string, string>).oa, (r.body as Record<string, string>).message]),
    );
    expect(byNumber).toEqual({
      '447700900001': 'Sandbox reply to "Hi Ann, your code is 4411"',
      '447700900002': 'Sandbox reply to "Hi Bob, your code is 4411"',
    });
  });

  it('delivers every receipt of a large send, a few posts at a time', async () => {
    const receiver = await startReceiver();
    const sandbox = await testSandbox({ defaultNotifyUrl: receiver.url });
    const body = v1Sms();
    body.destination = [{ msisdn: numbers(300) }];
    expect(((await post(sandbox.url + V1, body, key)).json as { response: unknown[] }).response).toHaveLength(300);
    const posts = await receiver.waitFor(600, () => true, 20_000);
    const delivered = posts.filter((item) => info(item).deliveryInfo.deliveryStatus !== 'Submitted');
    expect(new Set(delivered.map((item) => info(item).deliveryInfo.destination)).size).toBe(300);
  });

  it('sends receipts to the default notify URL when the request names none', async () => {
    const receiver = await startReceiver();
    const sandbox = await testSandbox({ defaultNotifyUrl: `${receiver.url}/webhooks` });
    await post(sandbox.url + V1, v1Sms(), key);
    const posts = await receiver.waitFor(2);
    expect(posts.map((item) => info(item).deliveryInfo.deliveryStatus)).toEqual(['Submitted', 'Delivered']);
  });

  it('retries a failing receipt post, logs each attempt, and keeps answering', async () => {
    const receiver = await startReceiver({ failFirst: 1 });
    const sandbox = await testSandbox({ retryDelaysMs: [30, 30] });
    const body = v1Sms();
    body.notifyurl = receiver.url;
    await post(sandbox.url + V1, body, key);
    await receiver.waitFor(2);
    await sandbox.log.waitFor((entry) => entry.kind === 'receipt' && entry.attempt === 2);
    const attempts = sandbox.log.entries().filter((entry) => entry.kind === 'receipt');
    expect(attempts.some((entry) => entry.kind === 'receipt' && !entry.ok && entry.status === 500 && entry.attempt === 1)).toBe(true);
    expect(attempts.some((entry) => entry.kind === 'receipt' && entry.ok && entry.attempt === 2)).toBe(true);

    // Nobody listening at all: every attempt fails and is logged, the sandbox still answers.
    const dead = await startReceiver();
    const deadUrl = dead.url;
    await dead.close();
    const lost = v1Sms();
    lost.notifyurl = deadUrl;
    await post(sandbox.url + V1, lost, key);
    await sandbox.log.waitFor((entry) => entry.kind === 'receipt' && entry.url === deadUrl && entry.attempt === 3);
    expect((await post(sandbox.url + V1, v1Sms(), key)).json).toMatchObject({ response: [{ code: '1001' }] });
    const failed = sandbox.log.entries().find((entry) => entry.kind === 'receipt' && entry.url === deadUrl);
    expect(failed).toMatchObject({ ok: false, status: null, error: expect.stringMatching(/ECONNREFUSED|fetch failed/) });
  });
});

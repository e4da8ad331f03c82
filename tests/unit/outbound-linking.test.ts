import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../../src/main/core';
import { createInboundArea } from '../../src/main/core/inbound/area';
import { createOutboundArea } from '../../src/main/core/outbound/area';
import { createProfilesArea } from '../../src/main/core/profiles/area';
import { startSandbox, type Sandbox } from '../../src/main/core/sandbox/server';
import type { JobProgress, RecipientsPage, RequestDetail, SendReceipt, SendsPage, ListPage } from '../../src/shared/contract/outbound';
import { secretStore } from './fixtures/inbound-harness';
import { testCore } from './helpers/core';

// Overlapping sends (same number, same correlationId, same callbackData) each show only their own
// receipts and replies: a real core on SQLite, its webhook listener, and the real sandbox posting
// receipts and simulated replies to it.

const sandboxes: Sandbox[] = [];
afterEach(async () => {
  while (sandboxes.length) await sandboxes.pop()!.close();
});

async function setup(): Promise<Core> {
  return (await setupWithInbound()).core;
}

async function setupWithInbound(): Promise<{ core: Core; inbound: ReturnType<typeof createInboundArea> }> {
  const core = await testCore({ listenPort: 0 });
  const inbound = createInboundArea(core.context, secretStore());
  await inbound.start!();
  const closeCore = core.close;
  core.close = async () => {
    await inbound.stop!();
    await closeCore();
  };
  const webhooks = `${inbound.listener()!.url}/webhooks`;
  const sandbox = await startSandbox({
    port: 0,
    receiptDelayMs: 20,
    retryDelaysMs: [50, 50],
    replies: { url: webhooks },
    defaultNotifyUrl: webhooks,
  });
  sandboxes.push(sandbox);
  core.context.status.setService('sandbox', { running: true, url: sandbox.url, error: null });
  return { core, inbound };
}

async function call<T>(core: Core, name: string, input?: unknown): Promise<T> {
  const result = await core.dispatch(name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.output as T;
}

async function until<T>(what: string, read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function send(core: Core, to: { msisdn: string[]; name: string }[]): Promise<SendReceipt> {
  const done = new Promise<void>((resolve) =>
    core.events.subscribe((name, payload) => {
      if (name === 'outbound:progress' && (payload as JobProgress).state === 'done') resolve();
    }),
  );
  const receipt = await call<SendReceipt>(core, 'outbound:send', {
    profileId: 'sandbox',
    body: {
      channel: 'sms',
      from: 'ACME',
      callbackData: 'same-callback',
      content: { type: 'text', text: 'Hi $(name)' },
      to: to.map((group) => ({ msisdn: group.msisdn, correlationId: 'same-correlation', substitutions: { name: group.name } })),
    },
  });
  await done;
  return receipt;
}

const settled = (page: RecipientsPage) => page.items.every((o) => o.delivery === 'delivered' || o.delivery === 'failed');

describe('receipts and replies link only to their own send', () => {
  it('two overlapping sends each show only their own receipts, outcomes and likely reply', async () => {
    const core = await setup();
    const first = await send(core, [
      { msisdn: ['447700900001'], name: 'Ann' },
      { msisdn: ['447700900013'], name: 'Zed' },
    ]);
    const firstOutcomes = await until(
      'the first send to settle',
      () => call<RecipientsPage>(core, 'outbound:recipients', { jobId: first.jobId }),
      settled,
    );
    // Its simulated reply arrives while it is still our latest send to that number.
    await until(
      'the first reply',
      () => call<RecipientsPage>(core, 'outbound:recipients', { jobId: first.jobId }),
      (p) => p.items[0]!.likelyReply !== null,
    );
    const second = await send(core, [{ msisdn: ['447700900001'], name: 'Bob' }]);
    const secondOutcomes = await until(
      'the second send to settle with its reply',
      () => call<RecipientsPage>(core, 'outbound:recipients', { jobId: second.jobId }),
      (p) => settled(p) && p.items[0]!.likelyReply !== null,
    );

    const [ann, zed] = (await call<RecipientsPage>(core, 'outbound:recipients', { jobId: first.jobId })).items;
    expect(ann).toMatchObject({ destination: '447700900001', text: 'Hi Ann', delivery: 'delivered', likelyReply: null });
    expect(zed).toMatchObject({ destination: '447700900013', text: 'Hi Zed', delivery: 'failed' });
    expect(zed!.lastReceipt!.words).toMatch(/^7201: /);
    const [bob] = secondOutcomes.items;
    expect(bob).toMatchObject({ destination: '447700900001', text: 'Hi Bob', delivery: 'delivered' });
    expect(bob!.likelyReply!.text).toBe('Sandbox reply to "Hi Bob"');
    expect(bob!.lastReceipt!.eventId).not.toBe(firstOutcomes.items[0]!.lastReceipt!.eventId);
    expect(bob!.vendorId).not.toBe(ann!.vendorId);

    // The request timelines follow the same rules: the first shows its own four receipts and no
    // reply (the second send is the latest to that number); the second its two and its reply.
    const requestOf = async (jobId: string) => (await call<ListPage>(core, 'outbound:list', { jobId })).items[0]!.id;
    const firstDetail = await call<RequestDetail>(core, 'outbound:get', { id: await requestOf(first.jobId) });
    expect(firstDetail.timeline.filter((t) => t.kind === 'receipt')).toHaveLength(4);
    expect(firstDetail.timeline.filter((t) => t.kind === 'reply')).toHaveLength(0);
    const secondDetail = await call<RequestDetail>(core, 'outbound:get', { id: await requestOf(second.jobId) });
    expect(secondDetail.timeline.filter((t) => t.kind === 'receipt').map((t) => t.title)).toEqual([
      'Receipt: Submitted for 447700900001',
      'Receipt: Delivered for 447700900001',
    ]);
    expect(secondDetail.timeline.filter((t) => t.kind === 'reply').map((t) => t.detail)).toEqual(['Sandbox reply to "Hi Bob"']);

    // Sends newest first, each recipient counted once in its latest state.
    const sends = await call<SendsPage>(core, 'outbound:sends', {});
    expect(sends.items.map((s) => s.jobId)).toEqual([second.jobId, first.jobId]);
    expect(sends.items[1]!.delivery).toEqual({ pending: 0, accepted: 0, delivered: 1, read: 0, failed: 1, unknown: 0 });
    expect(sends.items[0]!.delivery).toEqual({ pending: 0, accepted: 0, delivered: 1, read: 0, failed: 0, unknown: 0 });
    expect(sends.items[1]).toMatchObject({
      profileName: 'Sandbox',
      channel: 'sms',
      requests: 1,
      destinations: 2,
      state: 'done',
      preview: 'Hi Ann',
    });
    expect((await call<SendsPage>(core, 'outbound:sends', { failedOnly: true })).items.map((s) => s.jobId)).toEqual([first.jobId]);
    expect((await call<SendsPage>(core, 'outbound:sends', { search: '447700900013' })).items.map((s) => s.jobId)).toEqual([first.jobId]);
    expect((await call<SendsPage>(core, 'outbound:sends', { search: 'Hi Bob' })).items.map((s) => s.jobId)).toEqual([second.jobId]);

    // Per recipient: failed only, and every send to one address (newest first).
    expect(
      (await call<RecipientsPage>(core, 'outbound:recipients', { jobId: first.jobId, failedOnly: true })).items.map((o) => o.destination),
    ).toEqual(['447700900013']);
    const byAddress = await call<RecipientsPage>(core, 'outbound:recipients', { address: '+447700900001' });
    // Each row's own outcome: the first send's other number (…013) failed under the same v2
    // messageId, and that receipt is not this number's though it is the only row of it shown.
    expect(byAddress.items.map((o) => [o.jobId, o.text, o.delivery])).toEqual([
      [second.jobId, 'Hi Bob', 'delivered'],
      [first.jobId, 'Hi Ann', 'delivered'],
    ]);

    const exported = await call<{ filename: string; csv: string }>(core, 'outbound:exportRecipients', { jobId: first.jobId });
    expect(exported.filename).toMatch(/^relaydesk-send-.*\.csv$/);
    const lines = exported.csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'destination,request,text,outcome,api_state,api_code,api_description,vendor_id,receipt_status,receipt_code,receipt,receipt_at,reply,reply_at',
    );
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/^447700900013,1,Hi Zed,failed,accepted,201,/);
  }, 60_000);

  it('links by a correlationId only when no other send used it (a request whose outcome is unknown)', async () => {
    const core = await setup();
    const api = createServer((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}'));
    });
    await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
    process.env.RELAYDESK_SECRET_ODD_API_KEY = 'key-0123456789abcdef';
    try {
      const url = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
      const profile = await call<{ id: string }>(core, 'profiles:create', {
        name: 'Odd API',
        region: 'custom',
        baseUrl: url,
        serviceId: 's',
        authMode: 'key',
        tps: 10,
        senders: {},
      });
      const sendVia = async (msisdn: string, correlationId: string) => {
        const done = new Promise<void>((resolve) =>
          core.events.subscribe((name, payload) => name === 'outbound:progress' && (payload as JobProgress).state === 'done' && resolve()),
        );
        const receipt = await call<SendReceipt>(core, 'outbound:send', {
          profileId: profile.id,
          body: { channel: 'sms', from: 'ACME', content: { type: 'text', text: 'Hi' }, to: [{ msisdn: [msisdn], correlationId }] },
        });
        await done;
        return receipt.jobId;
      };
      const lone = await sendVia('447700900001', 'only-mine');
      const twinA = await sendVia('447700900002', 'shared-one');
      const twinB = await sendVia('447700900002', 'shared-one');
      const listener = core.context.status.get().listener.url!;
      const receipt = (correlationid: string, destination: string) =>
        fetch(`${listener}/webhooks`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            deliveryInfoNotification: {
              correlationid,
              transid: `t-${correlationid}`,
              callbackData: '',
              deliveryInfo: { destination, deliveryStatus: 'Delivered', deliveryChannel: 'SMS' },
            },
          }),
        });
      await receipt('only-mine', '447700900001');
      await receipt('shared-one', '447700900002');
      const [mine] = (
        await until(
          'the lone receipt',
          () => call<RecipientsPage>(core, 'outbound:recipients', { jobId: lone }),
          (p) => p.items[0]!.delivery === 'delivered',
        )
      ).items;
      expect(mine!.api.state).toBe('unknown');
      for (const jobId of [twinA, twinB]) {
        expect((await call<RecipientsPage>(core, 'outbound:recipients', { jobId })).items[0]).toMatchObject({
          delivery: 'unknown',
          lastReceipt: null,
        });
      }
    } finally {
      delete process.env.RELAYDESK_SECRET_ODD_API_KEY;
      api.close();
    }
  }, 60_000);

  it('reads every receipt of a big v2 request (one messageId, more receipts than one lookup answers)', async () => {
    const { core, inbound } = await setupWithInbound();
    // An outbox not held to the Sandbox profile's 10 per second, so 600 numbers go in one request.
    const outbox = createOutboundArea(
      core.context,
      { profiles: createProfilesArea(core.context).service, inbound: inbound.service },
      { tpsOverride: 1000 },
    );
    const numbers = Array.from({ length: 600 }, (_, i) => `4479${String(i).padStart(8, '0')}`);
    const receipt = outbox.service.send({
      profileId: 'sandbox',
      body: { channel: 'sms', from: 'ACME', content: { type: 'text', text: 'Hi' }, to: [{ msisdn: numbers }] },
    });
    expect(receipt.requestCount).toBe(1);
    const counted = await until(
      'all 1200 receipts',
      async () => outbox.service.sends({ failedOnly: false, offset: 0, limit: 10 }).items.find((s) => s.jobId === receipt.jobId)!.delivery,
      (d) => d.delivered + d.failed === 600,
      60_000,
    );
    // The sandbox fails numbers ending in 13: 6 of 600 here.
    expect(counted).toEqual({ pending: 0, accepted: 0, delivered: 594, read: 0, failed: 6, unknown: 0 });
    await outbox.stop!();
  }, 90_000);
});

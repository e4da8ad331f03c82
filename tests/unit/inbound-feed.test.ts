import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { InboundQuery } from '../../src/shared/contract/inbound';
import { postJson, seeds, startInbound } from './fixtures/inbound-harness';
import { hugeAnswer } from './helpers/huge-answer';

async function loadSeeds(url: string): Promise<void> {
  for (const body of [...seeds.imiconnectMo, ...seeds.receipts, ...seeds.rcs, ...seeds.leadconnector]) {
    const res = await postJson(`${url}/webhooks`, body);
    if (res.status !== 200) throw new Error(res.body);
  }
}

describe('inbound feed queries', () => {
  it('filters by source, kind, channel, direction and time; pages newest first with a cursor', async () => {
    const h = await startInbound();
    await loadSeeds(h.url);
    const q = (filters: object, limit = 100) => h.handlers['inbound:query']({ filters, limit } as never);
    expect((await q({ channel: ['facebook'] })).total).toBe(11);
    expect((await q({ kind: ['receipt'] })).total).toBe(2);
    expect((await q({ source: ['leadconnector'] })).total).toBe(4);
    expect((await q({ direction: 'outbound' })).events.every((e) => e.direction === 'outbound')).toBe(true);
    expect((await q({ fromTime: Date.now() + 60_000 })).total).toBe(0);

    const first = await q({}, 10);
    expect(first.events).toHaveLength(10);
    expect(first.events[0]!.text).toBeDefined();
    expect('raw' in first.events[0]!).toBe(false);
    const seen = new Set(first.events.map((e) => e.id));
    let cursor = first.nextCursor;
    while (cursor) {
      const page = await h.handlers['inbound:query']({ filters: {}, limit: 10, cursor });
      for (const e of page.events) seen.add(e.id);
      cursor = page.nextCursor;
    }
    expect(seen.size).toBe(first.total);

    // A jump: the rows at an offset from the first page's anchor are the rows paging reaches there.
    const all = (await q({}, 500)).events.map((e) => e.id);
    const anchor = String(Number(all[0]) + 1);
    const jumped = await h.handlers['inbound:query']({ filters: {}, cursor: anchor, offset: 12, limit: 5 });
    expect(jumped.events.map((e) => e.id)).toEqual(all.slice(12, 17));
    const refused = InboundQuery.safeParse({ offset: -1 });
    expect(refused.success ? [] : refused.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'offset: must be 0 or more',
    ]);
    await expect((async () => h.handlers['inbound:query']({ filters: {}, limit: 10, cursor: 'junk' }))()).rejects.toThrow(
      /cursor: not a cursor/,
    );
  });

  it('full-text search over text and sender, prefix-matched, right after ingest', async () => {
    const h = await startInbound();
    await loadSeeds(h.url);
    const search = async (text: string) => (await h.handlers['inbound:query']({ filters: { search: text }, limit: 100 })).events;
    expect((await search('gif check')).map((e) => e.channel)).toEqual(['twitter']);
    expect((await search('testing notif')).map((e) => e.channel)).toEqual(['email']);
    expect((await search('44115707')).every((e) => e.from === '441157070619')).toBe(true);
    expect((await search('Jack')).map((e) => e.kind)).toEqual(['optin']);
    expect(await search('"unbalanced')).toEqual([]);
    // Punctuation inside a word splits it as the index does, instead of failing as a phrase query.
    expect((await search('gif-check')).map((e) => e.channel)).toEqual(['twitter']);
    expect(await search('nothing-like-this')).toEqual([]);
    expect(await search('---')).toHaveLength((await search('')).length);
  });

  it('conversation, export and findRelated tie events to addresses and correlation ids', async () => {
    const h = await startInbound();
    await loadSeeds(h.url);
    const conversation = await h.handlers['inbound:conversation']({ address: '1037878796267914', limit: 200 });
    expect(conversation.events.length).toBeGreaterThan(5);
    expect(conversation.events.every((e) => e.from === '1037878796267914')).toBe(true);
    expect(conversation.events[0]!.receivedAt).toBeLessThanOrEqual(conversation.events.at(-1)!.receivedAt);

    const exported = await h.handlers['inbound:export']({ filters: { kind: ['receipt'] } });
    const lines = exported.ndjson
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { raw: string; headers: object });
    expect(exported).toMatchObject({ count: 2, truncated: false });
    expect(lines.map((l) => JSON.parse(l.raw) as unknown)).toEqual(seeds.receipts);
    const byId = await h.handlers['inbound:export']({ ids: [conversation.events[0]!.id, 'nope'] });
    expect(byId.count).toBe(1);

    const related = h.area.service.findRelated({ transids: ['2137c260-dae8-4ffa-9ca8-3f5d8a4cab8e'], callbackData: ['campaign-42'] });
    expect(related.map((e) => e.status?.deliveryStatus)).toEqual(['Delivered', 'Failed']);
    expect(h.area.service.findRelated({ addresses: ['919876543210'] }).map((e) => e.kind)).toEqual([
      'message',
      'message',
      'message',
      'postback',
      'subscribe',
      'unsubscribe',
    ]);
    expect(h.area.service.findRelated({ addresses: ['919876543210'], since: Date.now() + 1000 })).toEqual([]);
    expect(h.area.service.findRelated({})).toEqual([]);
  });

  it('replay posts the stored body again: to the listener (dedupe answers) or to any URL', async () => {
    const h = await startInbound();
    const ack = (await postJson(`${h.url}/webhooks`, seeds.imiconnectMo[0])).json();
    const toListener = await h.handlers['inbound:replay']({ id: ack.id as string, target: 'listener' });
    expect(toListener).toMatchObject({ httpStatus: 200, url: `${h.url}/webhooks/imiconnect` });
    expect(JSON.parse(toListener.responseBody)).toMatchObject({ duplicate: true, id: ack.id });
    let received = '';
    const target = createServer((req, res) => {
      req.on('data', (d: Buffer) => (received += d.toString()));
      req.on('end', () => res.writeHead(202).end('thanks'));
    });
    await new Promise<void>((r) => target.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(target.address() as AddressInfo).port}/hook`;
    const elsewhere = await h.handlers['inbound:replay']({ id: ack.id as string, target: url });
    target.close();
    expect(elsewhere).toEqual({ url, httpStatus: 202, responseBody: 'thanks' });
    expect(received).toBe(JSON.stringify(seeds.imiconnectMo[0]));
    await expect((async () => h.handlers['inbound:replay']({ id: '999999', target: 'listener' }))()).rejects.toThrow(
      /No inbound event 999999/,
    );
  });

  it('replay to a URL that answers with something huge shows its first 4 KiB and stops reading', async () => {
    const h = await startInbound();
    const ack = (await postJson(`${h.url}/webhooks`, seeds.imiconnectMo[0])).json();
    const huge = hugeAnswer(200, 'y');
    const target = createServer((req, res) => {
      req.resume();
      req.on('end', () => huge.send(res));
    });
    await new Promise<void>((r) => target.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(target.address() as AddressInfo).port}/big`;
    const result = await h.handlers['inbound:replay']({ id: ack.id as string, target: url });
    expect(result).toMatchObject({ url, httpStatus: 200 });
    expect(result.responseBody).toBe('y'.repeat(4096));
    await expect.poll(huge.closedEarly).toBe(true);
    target.close();
  });

  it('listenerInfo gives the URLs to paste and where they go', async () => {
    const h = await startInbound();
    const info = await h.handlers['inbound:listenerInfo']();
    expect(info).toMatchObject({ running: true, url: h.url, error: null });
    expect(info.endpoints.map((e) => e.url)).toEqual([
      `${h.url}/webhooks/imiconnect`,
      `${h.url}/webhooks/leadconnector`,
      `${h.url}/webhooks`,
    ]);
    expect(info.endpoints[0]!.where).toMatch(/Inbound Settings URL/);
    expect(info.notes[0]).toMatch(/tunnel/);
  });
});

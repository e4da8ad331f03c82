import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inboundCalls } from '../../src/shared/contract/inbound';
import { parseTime } from '../../src/shared/inbound/fields';
import { postJson, rawRequest, seeds, startInbound } from './fixtures/inbound-harness';

// Payloads with values no normalizer expected: each is still acknowledged and stored, the feed
// keeps working, and the listener process stays up (found by fuzzing the listener: a timestamp of
// -1e308 seconds became -Infinity ms, which the contract refused while announcing the new row,
// and that throw took `relaydesk listen` down after the 200 had gone out).

/** An IMIconnect SMS MO with its own tid and the given times. */
function smsWithTimes(tid: string, times: Record<string, unknown>): Record<string, unknown> {
  const { datetime: _d, ts: _t, timeStamp: _s, ...rest } = seeds.imiconnectMo[0]!;
  return { ...rest, tid, ...times };
}

describe('out-of-range values in webhook payloads', () => {
  it('parseTime refuses numbers that are no time', () => {
    expect(parseTime(-1.5e308)).toBeNull();
    expect(parseTime(1e300)).toBeNull();
    expect(parseTime(9e15)).toBeNull();
    expect(parseTime('99999999999999999999')).toBeNull();
    expect(parseTime(1_428_843_619)).toBe(1_428_843_619_000);
    expect(parseTime(1_428_843_619_456)).toBe(1_428_843_619_456);
    expect(parseTime('2015-04-12 13:00:19')).toBe(Date.UTC(2015, 3, 12, 13, 0, 19));
  });

  it('an absurd timestamp is stored without an event time, announced live, and the listener stays up', async () => {
    const h = await startInbound();
    const res = await postJson(`${h.url}/webhooks`, smsWithTimes('huge-negative-ts', { ts: -1.5e308 }));
    expect(res.status, res.body).toBe(200);
    const id = res.json().id as string;
    expect((await h.handlers['inbound:get']({ id })).eventTime).toBeNull();
    const pushed = h.received
      .filter((e) => e.name === 'inbound:received')
      .flatMap((e) => (e.payload as { events: { id: string }[] }).events);
    expect(pushed.map((e) => e.id)).toContain(id);
    // Still listening.
    expect((await postJson(`${h.url}/webhooks`, smsWithTimes('after-it', { ts: '2015-04-12T13:00:19.456Z' }))).status).toBe(200);
  });

  it('rows stored with an infinite event time by an older version still load in the feed', async () => {
    const h = await startInbound();
    const res = await postJson(`${h.url}/webhooks`, smsWithTimes('old-infinite', { ts: '2015-04-12T13:00:19.456Z' }));
    const id = res.json().id as string;
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(join(h.dataDir, 'relaydesk.db'));
    db.prepare('UPDATE inbound_events SET event_time = ? WHERE seq = ?').run(-Infinity, Number(id));
    db.close();
    const page = await h.handlers['inbound:query']({ filters: {}, limit: 10 });
    // What the console receives must pass the contract, or the whole feed would fail to load.
    expect(() => inboundCalls['inbound:query'].output.parse(page)).not.toThrow();
    expect(page.events.find((r) => r.id === id)?.eventTime).toBeNull();
  });

  it('a console bridge that throws does not take the listener down; the failure is logged', async () => {
    const h = await startInbound();
    h.bus.subscribe((name) => {
      if (name === 'inbound:received') throw new Error('bridge went away');
    });
    const first = await postJson(`${h.url}/webhooks`, smsWithTimes('bridge-1', { ts: '2015-04-12T13:00:19.456Z' }));
    expect(first.status).toBe(200);
    const second = await postJson(`${h.url}/webhooks`, smsWithTimes('bridge-2', { ts: '2015-04-12T13:00:19.456Z' }));
    expect(second.status).toBe(200);
    const log = readFileSync(join(h.dataDir, 'logs', 'relaydesk.log'), 'utf8');
    expect(log).toContain('could not announce new inbound data');
    expect(log).toContain('bridge went away');
  });
});

describe('malformed webhook paths', () => {
  it('broken percent-encoding is a 404 naming the path, logged as rejected, not an internal error', async () => {
    const h = await startInbound();
    for (const path of ['/webhooks/%ZZ', '/webhooks/imiconnect/%']) {
      const res = await rawRequest(`${h.url}${path}`, 'POST', JSON.stringify(seeds.imiconnectMo[0]), {
        'content-type': 'application/json',
      });
      expect(res.status, res.body).toBe(404);
      expect(res.json().error).toContain(`no webhook endpoint at ${path}`);
    }
    const rejected = await h.handlers['inbound:rejected']({ limit: 10 });
    expect(rejected.rejected.map((r) => r.httpStatus)).toEqual([404, 404]);
    // GET answers the same way (a vendor's URL check).
    expect((await rawRequest(`${h.url}/webhooks/%ZZ`, 'GET')).status).toBe(404);
  });
});

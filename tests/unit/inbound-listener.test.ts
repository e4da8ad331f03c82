import { createHmac } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createInboundArea } from '../../src/main/core/inbound/area';
import { testCore } from './helpers/core';
import { describe, expect, it } from 'vitest';
import { MAX_WEBHOOK_BODY_BYTES } from '../../src/shared/limits/transport';
import { postJson, rawRequest, secretStore, seeds, startInbound } from './fixtures/inbound-harness';
import { freePort, occupyPort } from './helpers/ports';
import { inboundCalls } from '../../src/shared/contract/inbound';
import { WEBHOOK_SECRET_MIN_LENGTH } from '../../src/shared/limits/inbound';

describe('webhook listener over real HTTP', () => {
  it('stores every seed payload before answering 200, and pushes the rows as contract events', async () => {
    const h = await startInbound();
    const all = [...seeds.imiconnectMo, ...seeds.receipts, ...seeds.rcs, ...seeds.leadconnector];
    for (const body of all) {
      const res = await postJson(`${h.url}/webhooks`, body);
      expect(res.status, res.body).toBe(200);
      const ack = res.json();
      expect(ack).toMatchObject({ ok: true, duplicate: false });
      // Acknowledged means stored: the row is readable right away, raw body verbatim.
      const stored = await h.handlers['inbound:get']({ id: ack.id as string });
      expect(stored.raw).toBe(JSON.stringify(body));
      expect(stored.headers['content-type']).toBe('application/json');
      expect(stored.kind).not.toBe('unknown');
    }
    const page = await h.handlers['inbound:query']({ filters: {}, limit: 500 });
    expect(page.total).toBe(all.length);
    const pushed = h.received.filter((e) => e.name === 'inbound:received').flatMap((e) => (e.payload as { events: unknown[] }).events);
    expect(pushed).toHaveLength(all.length);
  });

  it('source-specific paths fix the vendor; HEAD and GET answer 200', async () => {
    const h = await startInbound();
    for (const path of ['/webhooks', '/webhooks/imiconnect', '/webhooks/leadconnector']) {
      expect((await rawRequest(h.url + path, 'HEAD')).status).toBe(200);
      expect((await rawRequest(h.url + path, 'GET')).status).toBe(200);
    }
    const res = await postJson(`${h.url}/webhooks/leadconnector`, seeds.imiconnectMo[0]);
    expect(res.status).toBe(200);
    // An IMIconnect body posted to the LeadConnector URL is kept, but not misread.
    expect(res.json().kind).toBe('unknown');
    expect((await rawRequest(`${h.url}/nope`, 'GET')).status).toBe(404);
    expect((await rawRequest(`${h.url}/webhooks`, 'PUT', '{}')).status).toBe(405);
  });

  it('the same event twice is acknowledged twice and stored once', async () => {
    const h = await startInbound();
    const first = (await postJson(`${h.url}/webhooks`, seeds.imiconnectMo[0])).json();
    const again = await postJson(`${h.url}/webhooks`, seeds.imiconnectMo[0]);
    expect(again.status).toBe(200);
    expect(again.json()).toMatchObject({ ok: true, duplicate: true, id: first.id });
    expect((await h.handlers['inbound:query']({ filters: {}, limit: 10 })).total).toBe(1);
  });

  it('acknowledged events are synced to the disk soon after the answer, not only written', async () => {
    const h = await startInbound();
    const acks = await Promise.all(seeds.imiconnectMo.slice(0, 10).map((body) => postJson(`${h.url}/webhooks`, body)));
    expect(acks.map((a) => a.status)).toEqual(Array(10).fill(200));
    // A crash cannot take them from here on; the WAL fdatasync that follows makes a power cut unable to either.
    expect(await h.area.ingest.onDisk(5_000)).toBe(true);
  });

  it('power-safe: every 200 waits for the disk; the choice is kept and a CLI override wins', async () => {
    const h = await startInbound();
    expect((await h.handlers['inbound:listenerInfo']()).durability).toBe('crash-safe');
    const info = await h.handlers['inbound:setDurability']({ durability: 'power-safe' });
    expect(info.durability).toBe('power-safe');
    expect(info.notes.join(' ')).toContain('synced to the disk before it is answered');
    for (const body of seeds.imiconnectMo.slice(0, 5)) {
      expect((await postJson(`${h.url}/webhooks`, { ...body, tid: `power-safe-${Math.random()}` })).status).toBe(200);
      // Nothing to wait for: the commit behind this 200 was fsynced before it was answered.
      expect(await h.area.ingest.onDisk(0)).toBe(true);
    }
    await h.handlers['inbound:setDurability']({ durability: 'crash-safe' });
    expect((await postJson(`${h.url}/webhooks`, { ...seeds.imiconnectMo[0], tid: 'crash-safe-again' })).status).toBe(200);
    // Answered at the commit again; the WAL sync follows within SYNC_WINDOW_MS.
    expect(await h.area.ingest.onDisk(5_000)).toBe(true);

    await h.handlers['inbound:setDurability']({ durability: 'power-safe' });
    const again = createInboundArea((await testCore({ dataDir: h.dataDir, listenPort: 0 })).context, secretStore());
    expect((await again.handlers['inbound:listenerInfo']()).durability).toBe('power-safe');
    const overridden = createInboundArea(
      (await testCore({ dataDir: h.dataDir, listenPort: 0, ackDurability: 'crash-safe' })).context,
      secretStore(),
    );
    expect((await overridden.handlers['inbound:listenerInfo']()).durability).toBe('crash-safe');
  });

  it('valid JSON of an unknown shape is stored as kind unknown', async () => {
    const h = await startInbound();
    const res = await postJson(`${h.url}/webhooks`, { something: 'new', n: 1 });
    expect(res.json()).toMatchObject({ ok: true, kind: 'unknown' });
    const page = await h.handlers['inbound:query']({ filters: { kind: ['unknown'] }, limit: 10 });
    expect(page.events[0]).toMatchObject({ kind: 'unknown', source: 'unknown', details: { unrecognized: 'no known payload shape' } });
  });

  it('refuses malformed JSON, non-JSON types, empty and oversize bodies with a reason, and logs each', async () => {
    const h = await startInbound();
    const cases = [
      { res: await postJson(`${h.url}/webhooks`, '{"channel": "SMS",'), status: 400, reason: /^body is not valid JSON: / },
      {
        res: await rawRequest(`${h.url}/webhooks`, 'POST', 'a=b', { 'content-type': 'application/x-www-form-urlencoded' }),
        status: 415,
        reason: /Content-Type application\/x-www-form-urlencoded is not JSON/,
      },
      { res: await postJson(`${h.url}/webhooks`, ''), status: 400, reason: /^empty body/ },
      {
        res: await postJson(`${h.url}/webhooks`, `{"a":"${'x'.repeat(MAX_WEBHOOK_BODY_BYTES)}"}`),
        status: 413,
        reason: /limit is 1048576 bytes/,
      },
      { res: await postJson(`${h.url}/elsewhere`, '{}'), status: 404, reason: /no webhook endpoint at \/elsewhere/ },
    ];
    for (const c of cases) {
      expect(c.res.status, c.res.body).toBe(c.status);
      expect(c.res.json().error).toMatch(c.reason);
    }
    const log = await h.handlers['inbound:rejected']({ limit: 50 });
    expect(log.total).toBe(cases.length);
    expect(log.rejected.map((r) => r.httpStatus).sort()).toEqual([400, 400, 404, 413, 415]);
    const big = log.rejected.find((r) => r.httpStatus === 413)!;
    expect(big.bodyTruncated).toBe(true);
    expect(big.bodyPreview.length).toBe(4096);
    expect(big.bodyBytes).toBeGreaterThan(MAX_WEBHOOK_BODY_BYTES);
    // Nothing refused reached the feed.
    expect((await h.handlers['inbound:query']({ filters: {}, limit: 10 })).total).toBe(0);
    expect(h.received.some((e) => e.name === 'inbound:rejected')).toBe(true);
  });

  it('a body of exactly 1 MiB is accepted', async () => {
    const h = await startInbound();
    const filler = 'x'.repeat(MAX_WEBHOOK_BODY_BYTES - '{"a":""}'.length);
    const res = await postJson(`${h.url}/webhooks`, `{"a":"${filler}"}`);
    expect(res.status).toBe(200);
  });

  it('HMAC verification: sha256 and sha512 pass, a wrong or missing signature is 401 and logged', async () => {
    const h = await startInbound();
    const secret = 'a-shared-secret-of-some-length';
    await h.handlers['inbound:setVerification']({ source: 'imiconnect', mode: 'hmac', secret });
    const settings = await h.handlers['inbound:verification']();
    expect(settings.find((s) => s.source === 'imiconnect')).toEqual({
      source: 'imiconnect',
      mode: 'hmac',
      header: 'x-hub-signature',
      secretSet: true,
    });
    expect(JSON.stringify(settings)).not.toContain(secret);
    const body = JSON.stringify(seeds.imiconnectMo[0]);
    const sign = (algo: string, key = secret) => `${algo}=${createHmac(algo, key).update(body).digest('hex')}`;
    expect((await postJson(`${h.url}/webhooks/imiconnect`, body, { 'x-hub-signature': sign('sha256') })).status).toBe(200);
    expect(
      (
        await postJson(`${h.url}/webhooks/imiconnect`, JSON.stringify(seeds.imiconnectMo[1]), {
          'x-hub-signature': `sha512=${createHmac('sha512', secret).update(JSON.stringify(seeds.imiconnectMo[1])).digest('hex')}`,
        })
      ).status,
    ).toBe(200);
    const wrong = await postJson(`${h.url}/webhooks/imiconnect`, body, { 'x-hub-signature': sign('sha256', 'another-secret-entirely') });
    expect(wrong.status).toBe(401);
    expect(wrong.json().error).toMatch(/does not match the body/);
    const missing = await postJson(`${h.url}/webhooks/imiconnect`, body);
    expect(missing.status).toBe(401);
    expect(missing.json().error).toMatch(/missing x-hub-signature header/);
    // Detected on the generic path too: an unsigned IMIconnect body cannot sneak in via /webhooks.
    expect((await postJson(`${h.url}/webhooks`, seeds.imiconnectMo[2])).status).toBe(401);
    // Other sources are unaffected.
    expect((await postJson(`${h.url}/webhooks`, seeds.leadconnector[0])).status).toBe(200);
    const log = await h.handlers['inbound:rejected']({ limit: 10 });
    expect(log.rejected.filter((r) => r.httpStatus === 401)).toHaveLength(3);
    await h.handlers['inbound:setVerification']({ source: 'imiconnect', mode: 'none' });
  });

  it('token verification: the secret in the path passes, a wrong one is 401 and never logged', async () => {
    const h = await startInbound();
    const token = 'tok-0123456789abcdef';
    await h.handlers['inbound:setVerification']({ source: 'leadconnector', mode: 'token', secret: token });
    expect((await postJson(`${h.url}/webhooks/leadconnector/${token}`, seeds.leadconnector[0])).status).toBe(200);
    const bad = await postJson(`${h.url}/webhooks/leadconnector/wrong-token`, seeds.leadconnector[1]);
    expect(bad.status).toBe(401);
    expect(bad.json().error).toBe('URL token does not match');
    const log = await h.handlers['inbound:rejected']({ limit: 10 });
    expect(log.rejected[0]!.path).toBe('/webhooks/leadconnector/<token>');
    const info = await h.handlers['inbound:listenerInfo']();
    expect(info.endpoints.find((e) => e.source === 'leadconnector')!.url).toBe(`${h.url}/webhooks/leadconnector/<token>`);
    await h.handlers['inbound:setVerification']({ source: 'leadconnector', mode: 'none' });
  });

  it('verification settings refuse guessable secrets, bad header names and tokens a URL would mangle', async () => {
    const input = inboundCalls['inbound:setVerification'].input;
    const problem = (value: unknown) => {
      const parsed = input.safeParse(value);
      return parsed.success ? null : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    };
    expect(problem({ source: 'imiconnect', mode: 'hmac', secret: 'short' })).toBe(
      `secret: use at least ${WEBHOOK_SECRET_MIN_LENGTH} characters, so it cannot be guessed`,
    );
    expect(problem({ source: 'imiconnect', mode: 'hmac', secret: 'has a space in the middle' })).toMatch(/^secret: no spaces/);
    expect(problem({ source: 'imiconnect', mode: 'hmac', header: 'x hub: sig' })).toMatch(/^header: a header name/);
    expect(
      problem({ source: 'imiconnect', mode: 'hmac', header: 'X-Signature', secret: 'x'.repeat(WEBHOOK_SECRET_MIN_LENGTH) }),
    ).toBeNull();
    const h = await startInbound();
    expect(() =>
      h.handlers['inbound:setVerification']({ source: 'leadconnector', mode: 'token', secret: 'slash/inside/the-token' }),
    ).toThrow(/a URL token may use letters, digits and \. _ ~ - only/);
    expect((await h.handlers['inbound:verification']()).find((s) => s.source === 'leadconnector')!.mode).toBe('none');
    // An HMAC secret with '/' cannot silently become the URL token either.
    await h.handlers['inbound:setVerification']({ source: 'leadconnector', mode: 'hmac', secret: 'hmac/secret+with/slashes' });
    expect(() => h.handlers['inbound:setVerification']({ source: 'leadconnector', mode: 'token' })).toThrow(
      /the stored secret has others, so enter a new token/,
    );
    expect((await h.handlers['inbound:verification']()).find((s) => s.source === 'leadconnector')!.mode).toBe('hmac');
    await h.handlers['inbound:setVerification']({ source: 'leadconnector', mode: 'none' });
  });

  it('a port in use is a status error with a clear message; the rest of the app keeps working', async () => {
    const blocker = await occupyPort();
    const port = (blocker.address() as AddressInfo).port;
    try {
      const core = await testCore({ listenPort: port });
      const area = createInboundArea(core.context, secretStore());
      await area.start!();
      const status = core.context.status.get().listener;
      expect(status).toMatchObject({ running: false, url: null });
      expect(status.error).toBe(
        `Port ${port} on 127.0.0.1 is already in use by another program. The webhook listener is off; pick another port in Settings.`,
      );
      const info = await area.handlers['inbound:listenerInfo']();
      expect(info).toMatchObject({ running: false, error: status.error });
      expect((await area.handlers['inbound:query']({ filters: {}, limit: 5 })).total).toBe(0);
      // Choosing a free port in Settings starts it there, without a restart.
      const moved = await area.handlers['inbound:setListenerPort']({ port: await freePort() });
      expect(moved).toMatchObject({ running: true, error: null });
      expect(core.context.status.get().listener).toMatchObject({ running: true, url: moved.url, error: null });
      expect((await postJson(`${moved.url}/webhooks`, seeds.imiconnectMo[0])).status).toBe(200);
      await area.stop!();
    } finally {
      blocker.close();
    }
  });

  it('moving the listener to another port: senders reach the new one, a busy port leaves it where it was', async () => {
    const h = await startInbound();
    const before = h.url;
    const port = await freePort();
    const moved = await h.handlers['inbound:setListenerPort']({ port });
    expect(moved.url).toBe(`http://127.0.0.1:${port}`);
    expect((await postJson(`${moved.url}/webhooks`, seeds.imiconnectMo[1])).status).toBe(200);
    await expect(postJson(`${before}/webhooks`, seeds.imiconnectMo[2])).rejects.toThrow(/ECONNREFUSED/);

    const blocker = await occupyPort();
    const busy = (blocker.address() as AddressInfo).port;
    try {
      await expect(h.handlers['inbound:setListenerPort']({ port: busy })).rejects.toThrow(
        `Port ${busy} on 127.0.0.1 is already in use by another program. The listener stays on port ${port}; pick another port.`,
      );
      expect((await postJson(`${moved.url}/webhooks`, seeds.imiconnectMo[3])).status).toBe(200);
    } finally {
      blocker.close();
    }
    // Kept for the next start (when no --listen-port is given).
    const next = createInboundArea((await testCore({ dataDir: h.dataDir })).context, secretStore());
    expect((await next.handlers['inbound:listenerInfo']()).port).toBe(port);
    // An area that is not running only records the choice: nothing starts listening.
    const later = await freePort();
    expect(await next.handlers['inbound:setListenerPort']({ port: later })).toMatchObject({ running: false, port: later });
    await expect(postJson(`http://127.0.0.1:${later}/webhooks`, seeds.imiconnectMo[4])).rejects.toThrow(/ECONNREFUSED/);
  });
});

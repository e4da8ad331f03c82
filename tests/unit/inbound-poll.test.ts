import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { nextCursor } from '../../src/main/core/inbound/poll-parse';
import { pollDelaySeconds } from '../../src/main/core/inbound/poller';
import { POLL_BACKOFF_MAX_SECONDS } from '../../src/shared/limits/inbound';
import { seeds, startInbound } from './fixtures/inbound-harness';
import { hugeAnswer } from './helpers/huge-answer';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
const servers: ReturnType<typeof createServer>[] = [];
afterEach(() => {
  while (servers.length) servers.pop()!.close();
});

async function feedServer(handler: Handler): Promise<{ url: string; requests: IncomingMessage[] }> {
  const requests: IncomingMessage[] = [];
  const server = createServer((req, res) => {
    requests.push(req);
    handler(req, res);
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed`, requests };
}

describe('poll sources', () => {
  it('a JSON array is ingested like webhooks, and the same payloads polled again are not stored twice', async () => {
    const h = await startInbound();
    const feed = await feedServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify([seeds.imiconnectMo[0], seeds.receipts[0], seeds.leadconnector[3]]));
    });
    const source = await h.handlers['inbound:addPollSource']({ name: 'relay', url: feed.url, intervalSeconds: 60 });
    let state = await h.handlers['inbound:pollNow']({ id: source.id });
    expect(state.state).toMatchObject({ status: 'ok', failures: 0, lastError: null, eventsStored: 3 });
    state = await h.handlers['inbound:pollNow']({ id: source.id });
    expect(state.state.eventsStored).toBe(3);
    const page = await h.handlers['inbound:query']({ filters: {}, limit: 10 });
    expect(page.total).toBe(3);
    expect(page.events.every((e) => e.via === 'poll' && e.pollSourceId === source.id)).toBe(true);
    expect(page.events.map((e) => e.kind).sort()).toEqual(['message', 'message', 'receipt']);
  });

  it('a failing poll logs the source without its query string, where a user may have put a key', async () => {
    const h = await startInbound();
    const feed = await feedServer((_req, res) => {
      res.writeHead(500);
      res.end('down');
    });
    const source = await h.handlers['inbound:addPollSource']({
      name: 'keyed',
      url: `${feed.url}?apikey=hunter2-poll-key`,
      intervalSeconds: 60,
    });
    expect((await h.handlers['inbound:pollNow']({ id: source.id })).state.failures).toBe(1);
    const log = readFileSync(join(h.dataDir, 'logs', 'relaydesk.log'), 'utf8');
    expect(log).toContain('poll failed');
    expect(log).toContain(feed.url);
    expect(log).not.toContain('hunter2-poll-key');
  });

  it('NDJSON: each line is a payload; a bad line is logged as rejected and the rest still count', async () => {
    const h = await startInbound();
    const feed = await feedServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/x-ndjson' });
      res.end(`${JSON.stringify(seeds.rcs[0])}\n{not json\n${JSON.stringify(seeds.rcs[4])}\n`);
    });
    const source = await h.handlers['inbound:addPollSource']({ name: 'nd', url: feed.url, intervalSeconds: 60 });
    const state = await h.handlers['inbound:pollNow']({ id: source.id });
    expect(state.state.eventsStored).toBe(2);
    const stored = await h.handlers['inbound:query']({ filters: { channel: ['rcs'] }, limit: 10 });
    expect(stored.events.map((e) => e.kind).sort()).toEqual(['message', 'subscribe']);
    expect((await h.handlers['inbound:get']({ id: stored.events[0]!.id })).raw).toBe(JSON.stringify(seeds.rcs[4]));
    const rejected = await h.handlers['inbound:rejected']({ limit: 10 });
    expect(rejected.rejected[0]).toMatchObject({ via: 'poll', bodyPreview: '{not json' });
    expect(rejected.rejected[0]!.reason).toMatch(/poll source "nd": line 2 is not valid JSON/);
    // The source still succeeded, and says a line was left out.
    expect(state.state).toMatchObject({
      status: 'ok',
      failures: 0,
      lastError: '1 line of the last response could not be read as JSON; see Rejected',
    });
  });

  it('a response with nothing readable (an HTML login page) is a failure that says why, kept in Rejected', async () => {
    const h = await startInbound();
    const feed = await feedServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!doctype html><title>Sign in</title>');
    });
    const source = await h.handlers['inbound:addPollSource']({ name: 'login', url: feed.url, intervalSeconds: 60 });
    const state = await h.handlers['inbound:pollNow']({ id: source.id });
    expect(state.state).toMatchObject({ status: 'backoff', failures: 1, eventsStored: 0 });
    expect(state.state.lastError).toMatch(
      /^the response is neither JSON nor NDJSON \(line 1 is not valid JSON: .*\); it is kept in Rejected$/,
    );
    const rejected = await h.handlers['inbound:rejected']({ limit: 10 });
    expect(rejected.rejected[0]).toMatchObject({ via: 'poll', bodyPreview: '<!doctype html><title>Sign in</title>' });
  });

  it('a URL that serves something huge fails once 64 MiB have arrived, without reading the rest', async () => {
    const h = await startInbound();
    const huge = hugeAnswer(200, 'x');
    const feed = await feedServer((_req, res) => huge.send(res));
    const source = await h.handlers['inbound:addPollSource']({ name: 'huge', url: feed.url, intervalSeconds: 60 });
    const state = await h.handlers['inbound:pollNow']({ id: source.id });
    expect(state.state).toMatchObject({ status: 'backoff', lastError: 'response larger than 64 MiB; ask the source for smaller pages' });
    await expect.poll(huge.closedEarly).toBe(true);
  });

  it('a numeric cursor too large to be a number (1e999) is not sent back as "Infinity"', () => {
    expect(nextCursor(null, [{ value: JSON.parse('{"id":1e999}') as unknown, raw: '{"id":1e999}' }], 'c-41')).toBe('c-41');
    expect(nextCursor(null, [{ value: { id: 42 }, raw: '{"id":42}' }], 'c-41')).toBe('42');
  });

  it('ETag and cursor: sent back on the next poll, kept in SQLite; 304 means nothing new', async () => {
    const h = await startInbound();
    const feed = await feedServer((req, res) => {
      const url = new URL(req.url!, 'http://x');
      if (req.headers['if-none-match'] === '"v2"') {
        res.writeHead(304).end();
        return;
      }
      const since = url.searchParams.get('since');
      const items = since === null ? [seeds.imiconnectMo[0]] : [seeds.imiconnectMo[1]];
      res.writeHead(200, {
        'content-type': 'application/json',
        etag: since === null ? '"v1"' : '"v2"',
        'x-next-cursor': since === null ? 'c1' : 'c2',
      });
      res.end(JSON.stringify(items));
    });
    const source = await h.handlers['inbound:addPollSource']({ name: 'cur', url: feed.url, intervalSeconds: 60, cursorParam: 'since' });
    expect((await h.handlers['inbound:pollNow']({ id: source.id })).state.cursor).toBe('c1');
    expect((await h.handlers['inbound:pollNow']({ id: source.id })).state).toMatchObject({ cursor: 'c2', eventsStored: 2 });
    const third = await h.handlers['inbound:pollNow']({ id: source.id });
    expect(third.state).toMatchObject({ status: 'ok', eventsStored: 2 });
    const urls = feed.requests.map((r) => r.url);
    expect(urls).toEqual(['/feed', '/feed?since=c1', '/feed?since=c2']);
    expect(feed.requests[1]!.headers['if-none-match']).toBe('"v1"');
    // The state survives a restart: it lives in SQLite.
    const listed = await h.handlers['inbound:pollSources']();
    expect(listed[0]!.state.cursor).toBe('c2');
  });

  it('failures back off (interval doubling, capped), show the error, and recover', async () => {
    const h = await startInbound();
    let failing = true;
    const feed = await feedServer((_req, res) => {
      if (failing) res.writeHead(502, { 'content-type': 'text/plain' }).end('upstream down');
      else res.writeHead(200, { 'content-type': 'application/json' }).end('[]');
    });
    const source = await h.handlers['inbound:addPollSource']({ name: 'flaky', url: feed.url, intervalSeconds: 10 });
    let state = await h.handlers['inbound:pollNow']({ id: source.id });
    expect(state.state).toMatchObject({ status: 'backoff', failures: 1 });
    expect(state.state.lastError).toMatch(/^HTTP 502 from http:\/\/127\.0\.0\.1:\d+\/feed: upstream down/);
    expect(state.state.nextPollAt! - Date.now()).toBeGreaterThan(15_000);
    state = await h.handlers['inbound:pollNow']({ id: source.id });
    expect(state.state.failures).toBe(2);
    expect(state.state.nextPollAt! - Date.now()).toBeGreaterThan(35_000);
    failing = false;
    state = await h.handlers['inbound:pollNow']({ id: source.id });
    expect(state.state).toMatchObject({ status: 'ok', failures: 0, lastError: null });
    expect(pollDelaySeconds(10, 0)).toBe(10);
    expect(pollDelaySeconds(10, 3)).toBe(80);
    expect(pollDelaySeconds(10, 30)).toBe(POLL_BACKOFF_MAX_SECONDS);
    expect(pollDelaySeconds(3600, 2)).toBe(3600);
  });

  it('an error page that echoes the auth value (an API naming the key it refused) never puts it in the state, the log or SQLite', async () => {
    const h = await startInbound();
    const secret = 'Zq9k3Y-0123456789abcdef';
    // Named once well inside the shown preview, once across its end: neither whole nor in part may stay.
    const feed = await feedServer((req, res) => {
      const key = req.headers['x-api-key'] as string;
      res.writeHead(401, { 'content-type': 'text/plain' });
      res.end(`invalid key ${key}; ${'x'.repeat(150)} key ${key} refused`);
    });
    const source = await h.handlers['inbound:addPollSource']({
      name: 'echoing',
      url: feed.url,
      intervalSeconds: 60,
      authHeaderName: 'x-api-key',
      authHeaderValue: secret,
    });
    const state = await h.handlers['inbound:pollNow']({ id: source.id });
    expect(state.state.lastError).toMatch(/^HTTP 401 from .*: invalid key \[redacted\]; x+ key /);
    const leaks = (text: string) => text.includes(secret.slice(0, 5));
    expect(leaks(JSON.stringify(await h.handlers['inbound:pollSources']()))).toBe(false);
    expect(leaks(readFileSync(join(h.dataDir, 'logs', 'relaydesk.log'), 'utf8'))).toBe(false);
    for (const file of ['relaydesk.db', 'relaydesk.db-wal']) {
      let bytes = '';
      try {
        bytes = readFileSync(join(h.dataDir, file), 'latin1');
      } catch {
        continue;
      }
      expect(leaks(bytes), file).toBe(false);
    }
  });

  it('an unreachable source says so; the auth header is sent but never listed', async () => {
    const h = await startInbound();
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const dead = await h.handlers['inbound:addPollSource']({ name: 'dead', url: `http://127.0.0.1:${port}/feed`, intervalSeconds: 60 });
    const state = await h.handlers['inbound:pollNow']({ id: dead.id });
    expect(state.state.lastError).toBe(`cannot reach http://127.0.0.1:${port}: ECONNREFUSED`);
    const feed = await feedServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('[]'));
    const secret = 'Bearer poll-secret-123';
    const auth = await h.handlers['inbound:addPollSource']({
      name: 'auth',
      url: feed.url,
      intervalSeconds: 60,
      authHeaderName: 'Authorization',
      authHeaderValue: secret,
    });
    await h.handlers['inbound:pollNow']({ id: auth.id });
    expect(feed.requests.at(-1)!.headers.authorization).toBe(secret);
    expect(JSON.stringify(await h.handlers['inbound:pollSources']())).not.toContain('poll-secret');
    expect((await h.handlers['inbound:removePollSource']({ id: auth.id })).removed).toBe(true);
    expect((await h.handlers['inbound:pollSources']()).map((s) => s.name)).toEqual(['dead']);
    const disabled = await h.handlers['inbound:setPollSourceEnabled']({ id: dead.id, enabled: false });
    expect(disabled.state.status).toBe('disabled');
  });
});

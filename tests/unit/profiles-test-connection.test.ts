import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { describeOutcome, probeConnection } from '../../src/main/core/profiles/test-connection';
import { hugeAnswer } from './helpers/huge-answer';

// The probe on its own, against hosts that misbehave in ways the sandbox never does.
const servers: Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    server.close();
  }
});

async function serve(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

// Ports that fetch refuses as "bad port" but a send (node:http) reaches; the first free one is used.
const FETCH_FORBIDDEN_PORTS = [6000, 6665, 6666, 6667, 6668, 6669, 6697, 10080, 5060, 5061];

async function serveOnForbiddenPort(handler: Parameters<typeof createServer>[1]): Promise<string | null> {
  for (const port of FETCH_FORBIDDEN_PORTS) {
    const server = createServer(handler);
    const bound = await new Promise<boolean>((resolve) => {
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => resolve(true));
    });
    if (!bound) continue;
    servers.push(server);
    return `http://127.0.0.1:${port}`;
  }
  return null;
}

describe('test connection probe', () => {
  it('reaches a base URL on a port fetch refuses ("bad port"), as a send does', async () => {
    const paths: string[] = [];
    const handler: Parameters<typeof createServer>[1] = (req, res) => {
      paths.push(req.url ?? '');
      req.resume();
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(req.url === '/v2/messages' ? '{"code":"7004"}' : '{"response":{"code":"7004"}}');
    };
    // With every listed port taken, the same check still goes through the shared client on any port.
    const url = (await serveOnForbiddenPort(handler)) ?? (await serve(handler));
    const { outcome, checks } = await probeConnection({ baseUrl: url, headers: { key: 'k' }, serviceKey: 'k', timeoutMs: 10_000 });
    expect(checks.map((c) => c.detail)).toEqual(['HTTP 400, code 7004', 'HTTP 400, code 7004']);
    expect(outcome).toBe('accepted');
    expect(paths).toEqual(['/v2/messages', '/resources/v1/messaging']);
  });

  it('says the connection was refused when nothing listens there', async () => {
    const url = await serve(() => undefined);
    for (const server of servers.splice(0)) server.close();
    const { outcome, checks } = await probeConnection({ baseUrl: url, headers: { key: 'k' }, serviceKey: 'k', timeoutMs: 10_000 });
    expect(outcome).toBe('unreachable');
    expect(checks[0]!.detail).toBe('connection refused');
  });

  it('calls a host that never answers unreachable after the timeout, naming the host', async () => {
    const url = await serve(() => {
      /* never answers */
    });
    const { outcome, checks } = await probeConnection({ baseUrl: url, headers: { key: 'k' }, serviceKey: 'k', timeoutMs: 300 });
    expect(outcome).toBe('unreachable');
    expect(checks[0]!.detail).toBe('no answer within 0.3 s');
    const host = new URL(url).host;
    expect(describeOutcome(outcome, host, checks)).toBe(
      `Host unreachable: could not reach ${host} (v2: no answer within 0.3 s). Check the region or base URL and your network.`,
    );
  });

  it('calls an answer too large for any messaging API unexpected, not unreachable, and stops reading it', async () => {
    const huge = hugeAnswer(64, ' ');
    const url = await serve((req, res) => {
      req.resume();
      huge.send(res);
    });
    const { outcome, checks } = await probeConnection({ baseUrl: url, headers: { key: 'k' }, serviceKey: null, timeoutMs: 20_000 });
    expect(outcome).toBe('unexpected');
    expect(checks[0]!.detail).toBe('an answer larger than 1 MiB');
    const host = new URL(url).host;
    expect(describeOutcome(outcome, host, checks)).toBe(
      `${host} gave an answer Relaydesk did not expect (v2: an answer larger than 1 MiB). Check that the base URL points at the messaging API.`,
    );
    await expect.poll(() => huge.closedEarly()).toBe(true);
  }, 30_000);

  it('says the answer was unexpected when the base URL is not the messaging API', async () => {
    const url = await serve((_req, res) => {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<h1>Not found</h1>');
    });
    const { outcome } = await probeConnection({ baseUrl: url, headers: { key: 'k' }, serviceKey: 'k' });
    expect(outcome).toBe('unexpected');
  });

  it('skips the v1 check for a JWT-only profile (v1 knows only the key header)', async () => {
    const paths: string[] = [];
    const url = await serve((req, res) => {
      paths.push(req.url ?? '');
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end('{"code":"7004"}');
    });
    const { outcome, checks } = await probeConnection({ baseUrl: url, headers: { Authorization: 'Bearer x' }, serviceKey: null });
    expect(outcome).toBe('accepted');
    expect(checks.map((c) => c.api)).toEqual(['v2']);
    expect(paths).toEqual(['/v2/messages']);
  });
});

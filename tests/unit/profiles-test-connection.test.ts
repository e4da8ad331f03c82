import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { describeOutcome, probeConnection } from '../../src/main/core/profiles/test-connection';

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

describe('test connection probe', () => {
  it('calls a host that never answers unreachable after the timeout, naming the host', async () => {
    const url = await serve(() => {
      /* never answers */
    });
    const { outcome, checks } = await probeConnection({ baseUrl: url, headers: { key: 'k' }, serviceKey: 'k', timeoutMs: 300 });
    expect(outcome).toBe('unreachable');
    expect(checks[0]!.detail).toBe('no answer within 0.3 s');
    const host = new URL(url).host;
    expect(describeOutcome(outcome, host, checks)).toBe(`Host unreachable: could not reach ${host} (v2: no answer within 0.3 s). Check the region or base URL and your network.`);
  });

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

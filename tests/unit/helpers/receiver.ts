import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach } from 'vitest';

export interface Received {
  path: string;
  headers: IncomingMessage['headers'];
  body: unknown;
}

export interface Receiver {
  url: string;
  received: Received[];
  /** Resolves once `count` posts matching `match` have arrived. */
  waitFor(count: number, match?: (item: Received) => boolean, timeoutMs?: number): Promise<Received[]>;
  close(): Promise<void>;
}

const open: Receiver[] = [];
afterEach(async () => {
  while (open.length) await open.pop()!.close();
});

/**
 * A real HTTP server on 127.0.0.1 that records every JSON POST, like a webhook endpoint.
 * `failFirst` answers 500 to that many posts first (to exercise retries).
 */
export async function startReceiver(options: { failFirst?: number } = {}): Promise<Receiver> {
  const received: Received[] = [];
  let failures = options.failFirst ?? 0;
  const waiters = new Set<() => void>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (failures > 0) {
        failures--;
        res.writeHead(500).end();
        return;
      }
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        body = Buffer.concat(chunks).toString('utf8');
      }
      received.push({ path: req.url ?? '/', headers: req.headers, body });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
      for (const wake of waiters) wake();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const receiver: Receiver = {
    url,
    received,
    waitFor(count, match = () => true, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = (): boolean => {
          const hits = received.filter(match);
          if (hits.length < count) return false;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(hits);
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(
            new Error(`receiver: ${received.filter(match).length} of ${count} posts within ${timeoutMs} ms: ${JSON.stringify(received)}`),
          );
        }, timeoutMs);
        if (!check()) waiters.add(check);
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  open.push(receiver);
  return receiver;
}

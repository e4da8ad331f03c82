import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// Loopback ports for tests that move or block a listener (unit and e2e alike: no test runner here).

/** A port nothing listens on right now. */
export async function freePort(): Promise<number> {
  const probe = await occupyPort();
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** A server holding a loopback port, so a listener asked for it meets EADDRINUSE; close() frees it. */
export async function occupyPort(): Promise<Server> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

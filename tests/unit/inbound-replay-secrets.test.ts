import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createInboundHandlers, type InboundHandlerDeps } from '../../src/main/core/inbound/handlers';
import type { InboundEvent } from '../../src/shared/inbound/event';
import { normalizePayload } from '../../src/shared/inbound/normalize';
import { seeds } from './fixtures/inbound-harness';

const TOKEN = 'tok-replay-0123456789abcdef';

/** A port on 127.0.0.1 that nothing listens on (taken, then given back). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('replay to the listener with a URL token', () => {
  it('a listener that cannot be reached is named without the token', async () => {
    const body = seeds.leadconnector[0]!;
    const event = {
      ...normalizePayload(body),
      id: '7',
      raw: JSON.stringify(body),
      headers: {},
      receivedAt: 1,
      via: 'webhook',
    } as unknown as InboundEvent;
    const url = `http://127.0.0.1:${await closedPort()}`;
    // Only what replay to the listener reads; the listener stopped after it said it was running.
    const deps = {
      events: { get: (id: string) => (id === '7' ? event : null) },
      listenerInfo: () => ({ running: true, url, error: null }),
      verification: { describe: () => ({ mode: 'token', header: 'x-hub-signature' }) },
      secrets: { get: () => TOKEN },
    } as unknown as InboundHandlerDeps;
    const handlers = createInboundHandlers(deps);
    const failure = await Promise.resolve()
      .then(() => handlers['inbound:replay']({ id: '7', target: 'listener' }))
      .then(
        () => null,
        (error: unknown) => error as Error,
      );
    expect(failure?.message).toContain(`Could not reach ${url}/webhooks/leadconnector/<token>`);
    expect(failure?.message).not.toContain(TOKEN);
  });
});

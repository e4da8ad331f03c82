import { connect, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createInboundArea } from '../../src/main/core/inbound/area';
import { startListener } from '../../src/main/core/inbound/listener';
import { Verification } from '../../src/main/core/inbound/verification';
import { secretStore, seeds, startInbound } from './fixtures/inbound-harness';
import { testCore } from './helpers/core';
import { freePort } from './helpers/ports';

// Closing the listener (a port move in Settings, quitting) must not cut off a webhook that is on
// its way in: the sender would see a reset and retry later. Idle keep-alive connections must not
// hold the close up either.

/** A raw HTTP/1.1 connection, so the test decides when each byte of a request is sent. */
async function openSocket(url: string): Promise<{ socket: Socket; text: () => string; ended: Promise<void> }> {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  let received = '';
  socket.on('data', (chunk: Buffer) => (received += chunk.toString('utf8')));
  const ended = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  socket.on('error', () => {});
  return { socket, text: () => received, ended };
}

function postHead(path: string, bodyBytes: number): string {
  return `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${bodyBytes}\r\nConnection: keep-alive\r\n\r\n`;
}

const until = async (check: () => boolean): Promise<void> => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
};

describe('closing the webhook listener', () => {
  it('a webhook half-sent when the port moves still gets its 200 and is stored; idle connections do not hold the move', async () => {
    const h = await startInbound();
    const body = JSON.stringify(seeds.imiconnectMo[0]);
    const half = Math.floor(body.length / 2);

    // An idle keep-alive connection that already had its answer.
    const idle = await openSocket(h.url);
    const first = JSON.stringify(seeds.imiconnectMo[1]);
    idle.socket.write(postHead('/webhooks', Buffer.byteLength(first)) + first);
    await until(() => idle.text().includes('"ok":true'));
    expect(idle.text()).toMatch(/^HTTP\/1\.1 200/);

    // A sender in the middle of its request.
    const inFlight = await openSocket(h.url);
    inFlight.socket.write(postHead('/webhooks', Buffer.byteLength(body)) + body.slice(0, half));

    const port = await freePort();
    const moving = h.handlers['inbound:setListenerPort']({ port });
    // The idle connection is closed at once; the half-sent request is not.
    await idle.ended;
    await new Promise((r) => setTimeout(r, 100));
    expect(inFlight.text()).toBe('');
    inFlight.socket.write(body.slice(half));
    await inFlight.ended;

    const answer = inFlight.text();
    expect(answer).toMatch(/^HTTP\/1\.1 200/);
    expect(answer.toLowerCase()).toContain('connection: close');
    const ack = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)) as { id: string; duplicate: boolean };
    expect(ack.duplicate).toBe(false);
    expect((await h.handlers['inbound:get']({ id: ack.id })).raw).toBe(body);
    expect((await moving).url).toBe(`http://127.0.0.1:${port}`);
  });

  it('a request that never finishes is cut off after the grace period, and the close completes', async () => {
    const core = await testCore();
    const secrets = secretStore();
    const area = createInboundArea(core.context, secrets);
    const listener = await startListener({
      host: '127.0.0.1',
      port: 0,
      ingest: area.ingest,
      verification: new Verification(core.context.settings, secrets),
      log: core.context.log,
      closeGraceMs: 200,
    });
    const stalled = await openSocket(listener.url);
    stalled.socket.write(postHead('/webhooks', 1000) + '{"partial":');
    await new Promise((r) => setTimeout(r, 50));
    await listener.close();
    await stalled.ended;
    expect(stalled.text()).toBe('');
    await area.ingest.close();
  });
});

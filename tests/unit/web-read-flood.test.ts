import type { Socket } from 'node:net';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startWebServer, type WebServer } from '../../src/main/core/web/server';
import { seeds } from './fixtures/inbound-harness';
import { testCore } from './helpers/core';
import { storeEvents } from './helpers/stored-events';
import { tempDir } from './helpers/temp-dir';

// The console's reads and the webhook listener share one thread. A flood of reads from the
// browser (scrolling a long feed, a script) must not hold back the 200 a webhook sender waits
// for: senders retry, time out and give up on a listener that answers seconds late.

let web: WebServer | undefined;
afterEach(async () => {
  await web?.close();
  web = undefined;
});

const FLOOD = 2_000;

describe('browser-mode reads against webhook acknowledgements', () => {
  it('a webhook is answered within 2 s while 2,000 inbound:query calls run through the web bridge', async () => {
    const core = await testCore({ startServices: true, listenPort: 0, sandboxPort: 0 });
    storeEvents(core.context.db, 30_000);
    const staticDir = tempDir();
    mkdirSync(staticDir, { recursive: true });
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html>');
    web = await startWebServer({ dispatch: core.dispatch, events: core.events, staticDir });

    const ws = new WebSocket(`ws://127.0.0.1:${web.port}/socket?token=${web.token}`);
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    let answered = 0;
    let failed = 0;
    ws.on('message', (data) => {
      const reply = JSON.parse(String(data)) as { id?: number; ok?: boolean };
      if (typeof reply.id !== 'number') return;
      answered += 1;
      if (!reply.ok) failed += 1;
    });
    // All calls in one write, as a browser that queued them sends them: the core reads them in a
    // few large chunks, not one by one as they trickle in.
    const socket = (ws as unknown as { _socket: Socket })._socket;
    socket.cork();
    for (let id = 1; id <= FLOOD; id++) ws.send(JSON.stringify({ id, call: 'inbound:query', input: { limit: 200 } }));
    socket.uncork();
    // The flood is under way (its first answer is back) before the webhook arrives.
    await new Promise<void>((resolve) => ws.once('message', () => resolve()));

    const started = Date.now();
    const body = { ...seeds.imiconnectMo[0]!, tid: 'during-the-flood' };
    const response = await fetch(`${core.context.status.get().listener.url}/webhooks`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    const waited = Date.now() - started;
    expect(response.status).toBe(200);
    const answeredThen = answered;
    expect(answeredThen).toBeLessThan(FLOOD);
    expect(waited).toBeLessThan(2_000);

    // The flood goes on, nothing of it dropped to make room.
    await expect.poll(() => answered, { timeout: 30_000 }).toBeGreaterThan(answeredThen + 10);
    expect(failed).toBe(0);
    ws.close();
  }, 120_000);
});

import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { SANDBOX_SERVICE_KEY } from '../../src/shared/sandbox';
import { v1Sms } from './helpers/api-requests';
import { testCore } from './helpers/core';
import { post } from './helpers/sandbox';

describe('in-app sandbox', () => {
  it('starts with the core, shows in the status board, and posts receipts to the local listener', async () => {
    const core = await testCore({ startServices: true, listenPort: 0, sandboxPort: 0 });
    const status = core.context.status.get();
    expect(status.sandbox).toMatchObject({ running: true, error: null, url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/) });
    const seen: string[] = [];
    core.events.subscribe((name) => seen.push(name));

    const answer = await post(`${status.sandbox.url}/resources/v1/messaging`, v1Sms(), { key: SANDBOX_SERVICE_KEY });
    expect(answer.json).toMatchObject({ response: [{ code: '1001' }] });

    // No notifyurl in the request: the receipts go to the listener, like a service's Notify URL.
    const deadline = Date.now() + 10_000;
    let page = await core.handlers['sandbox:log']({});
    while (!page.entries.some((entry) => entry.kind === 'receipt' && entry.ok) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      page = await core.handlers['sandbox:log']({});
    }
    const receipt = page.entries.find((entry) => entry.kind === 'receipt' && entry.ok);
    expect(receipt?.url).toBe(`${status.listener.url}/webhooks`);
    expect(page.running).toBe(true);
    expect(page.rules.join(' ')).toMatch(/ending in 13 fail/);
    expect(seen).toContain('sandbox:entry');
    expect(JSON.stringify(page)).not.toContain(SANDBOX_SERVICE_KEY);
  });

  it('reports a port in use in the status board instead of crashing the app', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as AddressInfo).port;
    try {
      const core = await testCore({ startServices: true, listenPort: 0, sandboxPort: port });
      const status = core.context.status.get();
      expect(status.sandbox.running).toBe(false);
      expect(status.sandbox.error).toMatch(new RegExp(`port ${port} is in use`));
      expect((await core.handlers['sandbox:log']({})).running).toBe(false);
    } finally {
      blocker.close();
    }
  });
});

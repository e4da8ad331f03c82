import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { postJson, seeds } from './fixtures/inbound-harness';
import { cli, startCli } from './helpers/cli';
import { tempDir } from './helpers/temp-dir';

async function waitFor(check: () => string | undefined, ms = 5000): Promise<string> {
  const until = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('relaydesk listen / inbound / rejected', () => {
  it('listen prints its URL and each event; inbound and rejected print what was stored', async () => {
    const dataDir = tempDir();
    const listen = startCli(['listen', '--port', '0', '--data-dir', dataDir]);
    const url = await waitFor(() => /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(listen.out())?.[1]);
    expect((await postJson(`${url}/webhooks`, seeds.imiconnectMo[0])).status).toBe(200);
    expect((await postJson(`${url}/webhooks`, seeds.receipts[1])).status).toBe(200);
    expect((await postJson(`${url}/webhooks`, '{oops')).status).toBe(400);
    await waitFor(() => (listen.out().includes('rejected 400') ? 'y' : undefined));
    expect(listen.out()).toMatch(/message\s+sms\s+441157070619 -> 918886661353 {2}Simple Text/);
    listen.stop();
    expect(await listen.done).toBe(0);

    const json = await cli(['inbound', '--json', '--data-dir', dataDir]);
    expect(json.code).toBe(0);
    const lines = json.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.kind)).toEqual(['message', 'receipt']);
    expect(lines[0]).toMatchObject({
      channel: 'sms',
      from: '441157070619',
      text: 'Simple Text',
      raw: JSON.stringify(seeds.imiconnectMo[0]),
    });
    expect(lines[1]).toMatchObject({ status: { deliveryStatus: 'Failed', code: '7004' } });

    const table = await cli(['inbound', '--kind', 'receipt', '--data-dir', dataDir]);
    expect(table.out.trim().split('\n')).toHaveLength(1);
    expect(table.out).toMatch(/receipt\s+sms\s+- -> 919999999999 {2}Failed \(7004\)/);
    expect((await cli(['inbound', '--search', 'simple', '--json', '--data-dir', dataDir])).out.trim().split('\n')).toHaveLength(1);
    expect((await cli(['inbound', '--channel', 'email', '--data-dir', dataDir])).out).toMatch(/No inbound events match/);

    const rejected = await cli(['rejected', '--json', '--data-dir', dataDir]);
    const rows = rejected.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ httpStatus: 400, bodyPreview: '{oops' });
    expect(rows[0]!.reason).toMatch(/^body is not valid JSON/);
    expect((await cli(['rejected', '--data-dir', dataDir])).out).toMatch(/400 {2}POST \/webhooks {2}body is not valid JSON/);
  });

  it('inbound --status keeps the events in those delivery states, and names a state it does not know', async () => {
    const dataDir = tempDir();
    const listen = startCli(['listen', '--port', '0', '--data-dir', dataDir]);
    const url = await waitFor(() => /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(listen.out())?.[1]);
    for (const body of [seeds.receipts[0], seeds.receipts[1], seeds.imiconnectMo[0]])
      expect((await postJson(`${url}/webhooks`, body)).status).toBe(200);
    await waitFor(
      () =>
        listen
          .out()
          .split('\n')
          .filter((l) => /^\S*\s*(message|receipt)\b/.test(l.trim())).length >= 3
          ? 'y'
          : undefined,
      15_000,
    );
    listen.stop();
    expect(await listen.done).toBe(0);

    const failed = await cli(['inbound', '--status', 'failed', '--data-dir', dataDir]);
    expect(failed.code).toBe(0);
    expect(failed.out.trim().split('\n')).toHaveLength(1);
    expect(failed.out).toMatch(/receipt\s+sms\s+- -> 919999999999 {2}Failed \(7004\)/);
    const both = await cli(['inbound', '--status', 'Delivered, failed', '--json', '--data-dir', dataDir]);
    const statuses = both.out
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { status: { deliveryStatus: string } }).status.deliveryStatus);
    expect(statuses).toEqual(['Delivered', 'Failed']);
    expect((await cli(['inbound', '--status', 'read', '--data-dir', dataDir])).out).toMatch(/No inbound events match/);

    const bad = await cli(['inbound', '--status', 'failed,lost', '--data-dir', dataDir]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--status: .*(accepted|delivered).*\(got "failed,lost"\)/);
  }, 60_000);

  it('names bad flags and a port already in use', async () => {
    const bad = await cli(['inbound', '--kind', 'nope', '--data-dir', tempDir()]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--kind: /);
    expect((await cli(['inbound', '--limit', '0', '--data-dir', tempDir()])).err).toMatch(/--limit: must be at least 1/);
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const port = (blocker.address() as AddressInfo).port;
    const busy = await cli(['listen', '--port', String(port), '--data-dir', tempDir()]);
    blocker.close();
    expect(busy.code).toBe(2);
    expect(busy.err).toMatch(new RegExp(`Port ${port} on 127.0.0.1 is already in use`));
  });
});

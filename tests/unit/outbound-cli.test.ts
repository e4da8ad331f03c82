import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createInboundArea } from '../../src/main/core/inbound/area';
import { secretStore } from './fixtures/inbound-harness';
import { cli as runInProcess } from './helpers/cli';
import { testCore } from './helpers/core';
import { freePort } from './helpers/ports';
import { tempDir } from './helpers/temp-dir';

// Unless a test says otherwise, never asked to stop: the command runs to its end.
const cli = (args: string[], stop: Promise<void> = new Promise<void>(() => {})) => runInProcess(args, { stop });

function file(dir: string, name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const msisdn = (i: number) => `4479${String(i).padStart(8, '0')}`;
const bulk = (n: number) => ({
  channel: 'sms',
  from: 'RELAYDESK',
  content: { type: 'text', text: 'Hi $(name)' },
  to: Array.from({ length: n }, (_, i) => ({ msisdn: [msisdn(i)], substitutions: { name: `P${i}` } })),
});

describe('relaydesk send', () => {
  it('--dry-run validates, detects the API and shows the split without sending', async () => {
    const dir = tempDir();
    const { code, out } = await cli([
      'send',
      '--profile',
      'Sandbox',
      '--file',
      file(dir, 'bulk.json', bulk(25)),
      '--dry-run',
      '--data-dir',
      dir,
    ]);
    expect(code).toBe(0);
    expect(out).toMatch(/valid, not sent \(dry run\)\. v2: 25 destination\(s\) in 3 request\(s\) of at most 10/);
    const history = await cli([
      'send',
      '--profile',
      'Sandbox',
      '--file',
      file(dir, 'b.json', bulk(1)),
      '--dry-run',
      '--json',
      '--data-dir',
      dir,
    ]);
    expect(JSON.parse(history.out)).toMatchObject({ api: 'v2', ok: true, dryRun: true, batches: { count: 1, destinations: 1 } });
  });

  it('warns of what it keeps but does not know (an unknown field), as Compose does, and still sends', async () => {
    const dir = tempDir();
    const body = { ...bulk(1), futureField: { added: 'by the vendor later' } };
    const sent = await cli(['send', '--profile', 'Sandbox', '--file', file(dir, 'f.json', body), '--data-dir', dir]);
    expect(sent.code).toBe(0);
    expect(sent.err).toMatch(/relaydesk: warning: futureField: not a field Relaydesk knows.*sent as it is/);
    const dry = await cli(['send', '--profile', 'Sandbox', '--file', file(dir, 'g.json', body), '--dry-run', '--json', '--data-dir', dir]);
    expect(JSON.parse(dry.out)).toMatchObject({ ok: true, warnings: [expect.objectContaining({ path: 'futureField' })] });
  });

  it('sends through the Sandbox profile (an in-process sandbox) and exits 0 when all were accepted', async () => {
    const dir = tempDir();
    const { code, out } = await cli([
      'send',
      '--profile',
      'sandbox',
      '--file',
      file(dir, 'bulk.json', bulk(12)),
      '--json',
      '--data-dir',
      dir,
    ]);
    expect(code).toBe(0);
    const result = JSON.parse(out) as { ok: boolean; sent: number; requests: { state: string; destinations: number }[] };
    expect(result.ok).toBe(true);
    expect(result.sent).toBe(12);
    expect(result.requests.map((r) => [r.state, r.destinations])).toEqual([
      ['accepted', 10],
      ['accepted', 2],
    ]);
  }, 20_000);

  it('sends a v1 body with --api v1 and says what it did', async () => {
    const dir = tempDir();
    const body = { deliverychannel: 'sms', channels: { sms: { text: 'hello', type: '1' } }, destination: [{ msisdn: [msisdn(1)] }] };
    const { code, out } = await cli([
      'send',
      '--profile',
      'Sandbox',
      '--api',
      'v1',
      '--file',
      file(dir, 'v1.json', body),
      '--data-dir',
      dir,
    ]);
    expect(code).toBe(0);
    expect(out).toMatch(/^sent: 1 of 1 destination\(s\) accepted in 1 request\(s\)/);
  }, 20_000);

  it('exits non-zero with path-naming errors for an invalid body, and sends nothing', async () => {
    const dir = tempDir();
    const body = { ...bulk(2), to: [{ msisdn: ['12345'] }, { msisdn: [msisdn(2)] }] };
    const { code, err } = await cli(['send', '--profile', 'Sandbox', '--file', file(dir, 'bad.json', body), '--data-dir', dir]);
    expect(code).toBe(1);
    expect(err).toMatch(/^to\[0\]\.msisdn\[0\]: not an MSISDN/m);
    expect(err).toMatch(/not sent/);
  });

  it('names a missing file, a file that is not JSON, an unknown API and an unknown profile', async () => {
    const dir = tempDir();
    const missing = await cli(['send', '--profile', 'Sandbox', '--file', join(dir, 'nope.json'), '--data-dir', dir]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/--file: cannot read .*nope\.json: ENOENT/);
    const notJson = await cli([
      'send',
      '--profile',
      'Sandbox',
      '--file',
      file(dir, 'x.json', '{ "channel": "sms", // comment\n }'),
      '--data-dir',
      dir,
    ]);
    expect(notJson.code).toBe(2);
    expect(notJson.err).toMatch(/is not valid JSON/);
    const badApi = await cli(['send', '--profile', 'Sandbox', '--api', 'v3', '--file', file(dir, 'a.json', bulk(1)), '--data-dir', dir]);
    expect(badApi.code).toBe(2);
    expect(badApi.err).toMatch(/--api/);
    const noProfile = await cli(['send', '--profile', 'Nobody', '--file', file(dir, 'b.json', bulk(1)), '--data-dir', dir]);
    expect(noProfile.code).not.toBe(0);
    expect(noProfile.err).toMatch(/No profile "Nobody"/);
    const undetectable = await cli(['send', '--profile', 'Sandbox', '--file', file(dir, 'c.json', { hello: 1 }), '--data-dir', dir]);
    expect(undetectable.code).not.toBe(0);
    expect(undetectable.err).toMatch(/Cannot tell the API/);
  });

  it('Ctrl+C cancels what is not sent yet, records what was on the wire, and exits non-zero', async () => {
    const dir = tempDir();
    const stop = new Promise<void>((resolve) => setTimeout(resolve, 600));
    const { code, out } = await cli(
      ['send', '--profile', 'Sandbox', '--file', file(dir, 'big.json', bulk(60)), '--json', '--data-dir', dir],
      stop,
    );
    expect(code).toBe(1);
    const result = JSON.parse(out) as { ok: boolean; sent: number; requests: { state: string }[] };
    const states = result.requests.map((r) => r.state);
    expect(states).toHaveLength(6);
    expect(states).toContain('accepted');
    expect(states).toContain('cancelled');
    expect(states.filter((s) => s === 'queued' || s === 'sending')).toEqual([]);
  }, 20_000);

  it("--wait prints each destination's outcome from the receipts the one-shot sandbox posts to the running listener", async () => {
    const dir = tempDir();
    const app = await testCore({ dataDir: dir, listenPort: 0 });
    const inbound = createInboundArea(app.context, secretStore());
    await inbound.start!();
    try {
      app.context.settings.set('listenerPort', inbound.listener()!.port);
      const body = { ...bulk(2), to: [...bulk(2).to, { msisdn: ['447900000013'], substitutions: { name: 'Zed' } }] };
      const { code, out, err } = await cli([
        'send',
        '--profile',
        'Sandbox',
        '--file',
        file(dir, 'w.json', body),
        '--wait',
        '40',
        '--data-dir',
        dir,
      ]);
      expect(err).toContain(`receipts and replies go to the Relaydesk listener at ${inbound.listener()!.url}/webhooks`);
      expect(err).toMatch(/waiting up to 40s for receipts/);
      const lines = out.trim().split('\n');
      expect(lines[0]).toMatch(/^sent: 3 of 3 destination\(s\) accepted/);
      expect(lines.slice(1)).toEqual([
        expect.stringMatching(/^447900000000 {2}delivered {2}7500: Delivered to the handset \(sandbox\)/),
        expect.stringMatching(/^447900000001 {2}delivered {2}7500: /),
        expect.stringMatching(/^447900000013 {2}failed {2}7201: Undeliverable/),
      ]);
      // A destination failed: the command says so in its exit code.
      expect(code).toBe(1);
    } finally {
      await inbound.stop!();
    }
  }, 60_000);

  it('--wait with no listener running says where receipts go instead of waiting for nothing', async () => {
    const dir = tempDir();
    const setup = await testCore({ dataDir: dir });
    setup.context.settings.set('listenerPort', await freePort());
    const { code, out, err } = await cli([
      'send',
      '--profile',
      'Sandbox',
      '--file',
      file(dir, 'n.json', bulk(1)),
      '--wait',
      '--json',
      '--data-dir',
      dir,
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ ok: true, sent: 1 });
    expect(JSON.parse(out)).not.toHaveProperty('outcomes');
    const plain = await cli(['send', '--profile', 'Sandbox', '--file', file(dir, 'n.json', bulk(1)), '--wait', '--data-dir', dir]);
    expect(plain.err).toMatch(
      /no Relaydesk listener answers on this machine, so the sandbox's receipts go nowhere: start the console or `relaydesk listen` first/,
    );
    expect(plain.err).toMatch(/not waiting for receipts/);
    expect(err).toBe('');
  }, 30_000);

  it('--wait takes an optional number of seconds and refuses anything else', async () => {
    const dir = tempDir();
    const bad = await cli(['send', '--profile', 'Sandbox', '--file', file(dir, 'b.json', bulk(1)), '--wait', 'soon', '--data-dir', dir]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--wait: "soon" is not a number of seconds/);
    const stray = await cli(['send', '--profile', 'Sandbox', '--file', file(dir, 'b.json', bulk(1)), 'extra', '--data-dir', dir]);
    expect(stray.code).toBe(2);
    expect(stray.err).toMatch(/unexpected argument "extra"/);
  });
});

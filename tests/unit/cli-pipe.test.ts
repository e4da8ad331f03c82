import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { postJson, seeds, startInbound } from './fixtures/inbound-harness';

const root = join(import.meta.dirname, '..', '..');

/**
 * Runs the real CLI process into `head -1` through a real pipe (a child's 'pipe' stdio is a
 * socket, where Node writes differently), and reports the CLI's own exit code and stderr.
 */
function runIntoHead(args: string[]): Promise<{ code: number; firstLine: string; err: string }> {
  const script = 'node --import tsx src/main/cli.ts "$@" | head -1; echo "cli-exit=${PIPESTATUS[0]}" >&2';
  return new Promise((resolve) => {
    const child = spawn('bash', ['-c', script, 'relaydesk', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', () => {
      const code = Number(/cli-exit=(\d+)/.exec(err)?.[1] ?? -1);
      resolve({ code, firstLine: out.split('\n')[0]!, err: err.replace(/cli-exit=\d+\n/, '') });
    });
  });
}

describe('the CLI piped into a reader that stops early', () => {
  it('`relaydesk inbound --json | head -1` prints a line and ends quietly, without a stack trace', async () => {
    const h = await startInbound();
    for (let i = 0; i < 300; i++) {
      expect((await postJson(`${h.url}/webhooks`, { ...seeds.imiconnectMo[0], tid: `pipe-${i}`, message: 'x'.repeat(2000) })).status).toBe(
        200,
      );
    }
    await h.area.stop!();
    const run = await runIntoHead(['inbound', '--json', '--limit', '300', '--data-dir', h.dataDir]);
    expect(JSON.parse(run.firstLine)).toMatchObject({ kind: 'message', channel: 'sms' });
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
  });
});

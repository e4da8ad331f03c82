import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SANDBOX_SERVICE_KEY } from '../../src/shared/sandbox';
import { v2Sms } from './helpers/api-requests';
import { cli } from './helpers/cli';
import { post } from './helpers/sandbox';
import { tempDir } from './helpers/temp-dir';

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

/** Runs the CLI from source in a child process (the built bin needs `out/`, which other work rebuilds). */
function runSandboxChild(args: string[], stdin?: string): { child: ChildProcess; firstLine: Promise<string>; output: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main/cli.ts', 'sandbox', ...args], {
    cwd: process.cwd(),
    stdio: [stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    env: { ...process.env, RELAYDESK_CLI_NO_MAIN: '0' },
  });
  if (stdin !== undefined) child.stdin!.end(stdin);
  children.push(child);
  let out = '';
  const firstLine = new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(out.slice(0, out.indexOf('\n') + 1));
    });
    child.once('exit', (code) => reject(new Error(`exited ${code} before printing: ${out}`)));
  });
  child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  return { child, firstLine, output: () => out };
}

describe('relaydesk sandbox', () => {
  it('prints exactly "sandbox on http://127.0.0.1:PORT", serves both APIs, and stops on Ctrl+C', async () => {
    const { child, firstLine } = runSandboxChild(['--port', '0', '--tps', '50']);
    const line = await firstLine;
    expect(line).toMatch(/^sandbox on http:\/\/127\.0\.0\.1:\d+\n$/);
    const url = line.trim().slice('sandbox on '.length);
    expect((await post(`${url}/resources/v1/messaging`, {}, { key: 'bad' })).json).toMatchObject({ response: { code: '7001' } });
    expect((await post(`${url}/v2/messages`, v2Sms(), { key: SANDBOX_SERVICE_KEY })).status).toBe(201);
    child.kill('SIGINT');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
  });

  it('takes own credentials from standard input, never from argv where `ps` shows them', async () => {
    const secret = Buffer.from('s3cret').toString('base64');
    const { child, firstLine } = runSandboxChild(['--service-id', 'svc', '--secrets-file', '-'], `mine\n${secret}\n`);
    const url = (await firstLine).trim().slice('sandbox on '.length);
    expect((await post(`${url}/v2/messages`, {}, { key: SANDBOX_SERVICE_KEY })).status).toBe(401);
    expect((await post(`${url}/v2/messages`, {}, { key: 'mine' })).status).toBe(400);
    child.kill('SIGTERM');
    await once(child, 'exit');
  });

  it('takes own credentials from a file', async () => {
    const file = join(tempDir(), 'secrets');
    writeFileSync(file, `from-file\n${Buffer.from('s3cret').toString('base64')}\n`, { mode: 0o600 });
    const { child, firstLine } = runSandboxChild(['--service-id', 'svc', '--secrets-file', file]);
    const url = (await firstLine).trim().slice('sandbox on '.length);
    expect((await post(`${url}/v2/messages`, {}, { key: 'from-file' })).status).toBe(400);
    child.kill('SIGTERM');
    await once(child, 'exit');
  });

  it('refuses secrets on the command line, says how to give them instead, and never echoes them', async () => {
    const dataDir = tempDir();
    for (const flag of ['--service-key', '--jwt-secret']) {
      const refused = await cli(['sandbox', flag, 'hunter2-secret', '--service-id', 'x', '--data-dir', dataDir]);
      expect(refused.code).toBe(2);
      expect(refused.err).toContain(`${flag}: a secret on the command line is visible to every user in \`ps\``);
      expect(refused.err).toContain('--secrets-file');
      expect(refused.err).not.toContain('hunter2-secret');
    }
  });

  it('names a bad flag and exits 2', async () => {
    const dataDir = tempDir();
    const tps = await cli(['sandbox', '--tps', 'fast', '--data-dir', dataDir]);
    expect(tps.code).toBe(2);
    expect(tps.err).toMatch(/--tps: must be a number/);
    const partial = await cli(['sandbox', '--service-id', 'svc', '--data-dir', dataDir]);
    expect(partial.code).toBe(2);
    expect(partial.err).toMatch(/--secrets-file: required together with --service-id/);
    const oneLine = await cli(['sandbox', '--service-id', 'x', '--secrets-file', '-', '--data-dir', dataDir], { stdin: 'only-a-key\n' });
    expect(oneLine.err).toMatch(/--secrets-file: no JWT secret in standard input/);
    const secret = await cli(['sandbox', '--service-id', 'x', '--secrets-file', '-', '--data-dir', dataDir], { stdin: 'k\nnot base64!\n' });
    expect(secret.err).toMatch(/--secrets-file: the JWT secret \(second line of standard input\) must be base64/);
    expect(secret.err).not.toContain('not base64!');
    const missing = await cli(['sandbox', '--service-id', 'x', '--secrets-file', join(dataDir, 'nope'), '--data-dir', dataDir]);
    expect(missing.err).toMatch(/--secrets-file: cannot read .*nope/);
  });
});

import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
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
function runSandboxChild(args: string[]): { child: ChildProcess; firstLine: Promise<string>; output: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main/cli.ts', 'sandbox', ...args], {
    cwd: process.cwd(),
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, RELAYDESK_CLI_NO_MAIN: '0' },
  });
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

  it('takes own credentials, all three together', async () => {
    const secret = Buffer.from('s3cret').toString('base64');
    const { child, firstLine } = runSandboxChild(['--service-key', 'mine', '--jwt-secret', secret, '--service-id', 'svc']);
    const url = (await firstLine).trim().slice('sandbox on '.length);
    expect((await post(`${url}/v2/messages`, {}, { key: SANDBOX_SERVICE_KEY })).status).toBe(401);
    expect((await post(`${url}/v2/messages`, {}, { key: 'mine' })).status).toBe(400);
    child.kill('SIGTERM');
    await once(child, 'exit');
  });

  it('names a bad flag and exits 2', async () => {
    const dataDir = tempDir();
    const tps = await cli(['sandbox', '--tps', 'fast', '--data-dir', dataDir]);
    expect(tps.code).toBe(2);
    expect(tps.err).toMatch(/--tps: must be a number/);
    const partial = await cli(['sandbox', '--service-key', 'k', '--data-dir', dataDir]);
    expect(partial.code).toBe(2);
    expect(partial.err).toMatch(/--jwt-secret: required together with --service-key/);
    const secret = await cli(['sandbox', '--service-key', 'k', '--jwt-secret', 'not base64!', '--service-id', 'x', '--data-dir', dataDir]);
    expect(secret.err).toMatch(/--jwt-secret: must be base64/);
  });
});

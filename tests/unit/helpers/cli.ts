import { PassThrough } from 'node:stream';

process.env.RELAYDESK_CLI_NO_MAIN = '1';
const { runCli } = await import('../../../src/main/cli');

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

/**
 * Runs the real CLI in this process with captured streams. `stop` resolves like Ctrl+C would
 * (default: at once, for one-shot commands); `stdin` is what the user types or pipes in.
 */
export async function cli(args: string[], options: { stdin?: string; stop?: Promise<void> } = {}): Promise<CliResult> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const stdin = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  stdin.end(options.stdin ?? '');
  const code = await runCli(args, { stdout, stderr, stdin }, options.stop ?? Promise.resolve());
  return { code, out, err };
}

import { PassThrough } from 'node:stream';

process.env.RELAYDESK_CLI_NO_MAIN = '1';
const { runCli } = await import('../../../src/main/cli');

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

export interface RunningCli {
  /** Resolves with the exit code once the command ends. */
  done: Promise<number>;
  /** Ends a long-running command (`listen`, `serve`) as Ctrl+C would. */
  stop(): void;
  /** What it printed so far. */
  out(): string;
  err(): string;
}

/** Starts the real CLI in this process with captured streams, for commands that keep running. */
export function startCli(args: string[], stdinText = ''): RunningCli {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const stdin = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  stdin.end(stdinText);
  let stop!: () => void;
  const stopSignal = new Promise<void>((resolve) => (stop = resolve));
  const done = runCli(args, { stdout, stderr, stdin }, stopSignal);
  return { done, stop, out: () => out, err: () => err };
}

/**
 * Runs the real CLI in this process with captured streams. `stop` resolves like Ctrl+C would
 * (default: at once, for one-shot commands); `stdin` is what the user types or pipes in.
 */
export async function cli(args: string[], options: { stdin?: string; stop?: Promise<void> } = {}): Promise<CliResult> {
  const run = startCli(args, options.stdin ?? '');
  void (options.stop ?? Promise.resolve()).then(run.stop);
  const code = await run.done;
  return { code, out: run.out(), err: run.err() };
}

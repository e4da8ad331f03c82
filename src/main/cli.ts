import { parseArgs } from 'node:util';
import { defaultDataDir } from './core/data-dir';
import { DatabaseError } from './core/db/database';
import { onProcessFault } from './core/process-faults';
import { RELAYDESK_VERSION } from './core/version';
import { ContractError } from '../shared/errors';
import { CliError, writeLine, type CliIo, type Command } from './cli/command';
import { commands } from './cli/commands';

const commonOptions = {
  'data-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function helpText(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    `relaydesk ${RELAYDESK_VERSION}: operator console for the IMIconnect / Webex Connect messaging APIs`,
    '',
    'Usage: relaydesk <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Every command takes --data-dir DIR (default: $RELAYDESK_DATA_DIR, else the app data folder),',
    'so the desktop app, the CLI and browser mode share one database.',
    "Run 'relaydesk <command> --help' for a command's options.",
  ].join('\n');
}

function findCommand(name: string): Command {
  const command = commands.find((c) => c.name === name);
  if (!command) throw new CliError(`Unknown command '${name}'. Run 'relaydesk --help' to list the commands.`);
  return command;
}

/** Runs the CLI; returns the exit code. Exported so tests can run it in-process. */
export async function runCli(argv: string[], io: CliIo, stopSignal: Promise<void>): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      writeLine(io.stdout, helpText());
      return name === undefined ? 2 : 0;
    }
    if (name === '--version' || name === '-v') {
      writeLine(io.stdout, RELAYDESK_VERSION);
      return 0;
    }
    const command = findCommand(name);
    let parsed;
    try {
      parsed = parseArgs({
        args: rest,
        options: { ...commonOptions, ...command.options },
        allowPositionals: command.allowPositionals ?? false,
        strict: true,
      });
    } catch (error) {
      throw new CliError(`${(error as Error).message}\nUsage: ${command.usage}`);
    }
    if (parsed.values.help) {
      // Said once, on its own line: appended to the usage it doubled where a command named it and
      // trailed the last line of multi-line usages.
      writeLine(
        io.stdout,
        `${command.summary}\n\nUsage: ${command.usage}\n\nEvery command takes --data-dir DIR (default: ${defaultDataDir()}).`,
      );
      return 0;
    }
    const dataDir = (parsed.values['data-dir'] as string | undefined) ?? defaultDataDir();
    return await command.run({ values: parsed.values, positionals: parsed.positionals, dataDir, io, stopSignal });
  } catch (error) {
    if (error instanceof CliError || error instanceof DatabaseError) {
      writeLine(io.stderr, `relaydesk: ${error.message}`);
      return 2;
    }
    if (error instanceof ContractError) {
      writeLine(io.stderr, `relaydesk: ${error.message}`);
      return 1;
    }
    writeLine(io.stderr, `relaydesk: unexpected error: ${(error as Error).stack ?? String(error)}`);
    return 1;
  }
}

/**
 * What escaped every handler goes to stderr with its stack, as the bug it is. A stray rejection
 * leaves the command running (a listener keeps taking webhooks); after an uncaught exception the
 * process is in an unknown state, so it ends (what was answered 200 is committed already).
 */
export function reportProcessFaults(stderr: NodeJS.WritableStream, exit: (code: number) => void, target?: NodeJS.EventEmitter): () => void {
  return onProcessFault((fault) => {
    const outcome = fault.fatal ? 'stopping' : 'carrying on';
    writeLine(stderr, `relaydesk: internal error: ${fault.what}; ${outcome}. Please report it with these details:\n${fault.detail}`);
    if (fault.fatal) exit(1);
  }, target);
}

function main(): void {
  reportProcessFaults(process.stderr, (code) => process.exit(code));
  // `relaydesk inbound --json | head`: once the reader has gone, the rest of the output has
  // nowhere to go. Say nothing and carry on (a listener keeps listening), as Unix tools stay quiet.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return;
    process.stderr.write(`relaydesk: cannot write the output (${error.message})\n`);
    process.exit(1);
  });
  const stopSignal = new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  void runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin }, stopSignal).then((code) => {
    process.exitCode = code;
    // Long-running commands resolve after shutdown; one-shot commands may leave idle handles.
    setImmediate(() => process.exit(code));
  });
}

if (process.env.RELAYDESK_CLI_NO_MAIN !== '1') main();

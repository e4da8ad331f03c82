import type { ParseArgsConfig } from 'node:util';

export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
}

export interface CommandRun {
  values: Record<string, string | boolean | string[] | boolean[] | undefined>;
  positionals: string[];
  dataDir: string;
  io: CliIo;
  /** Resolves when the user asks a long-running command to stop (Ctrl+C, SIGTERM). */
  stopSignal: Promise<void>;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  allowPositionals?: boolean;
  /** Exit code. */
  run(run: CommandRun): Promise<number>;
}

/** A mistake the user can fix: printed as one line, exit 2, no stack. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliError';
  }
}

export function writeLine(stream: NodeJS.WritableStream, text: string): void {
  stream.write(text + '\n');
}

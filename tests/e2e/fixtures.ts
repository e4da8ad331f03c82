import { test as base, expect } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ServedConsole {
  /** The URL printed by `relaydesk serve`, token included. */
  url: string;
  origin: string;
  token: string;
  /** The listener URL printed by `serve`, when the listener runs. */
  listenerUrl: string | undefined;
  dataDir: string;
  /** Runs another CLI command against the same data directory. */
  cli(args: string[], stdin?: string): Promise<{ code: number; stdout: string; stderr: string }>;
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin', 'relaydesk.cjs');

/**
 * Starts the real `relaydesk serve` (built CLI, real core, real SQLite) in a fresh data dir, or in
 * `options.dataDir` (a restart), which `stop` then leaves in place unless told otherwise.
 */
export async function startServe(
  extraArgs: string[] = [],
  options: { dataDir?: string; keepDataDir?: boolean } = {},
): Promise<{ served: ServedConsole; stop: () => Promise<void> }> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'relaydesk-e2e-'));
  const keepDataDir = options.keepDataDir ?? options.dataDir !== undefined;
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--listen-port', '0', '--data-dir', dataDir, ...extraArgs], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env },
  });
  const lines = await readLinesUntil(child, (all) => all.some((l) => l.startsWith('console on ')));
  const consoleLine = lines.find((l) => l.startsWith('console on '))!;
  const url = consoleLine.slice('console on '.length).trim();
  const parsed = new URL(url);
  const listenerLine = lines.find((l) => l.startsWith('listening on '));
  const served: ServedConsole = {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token') ?? '',
    listenerUrl: listenerLine?.slice('listening on '.length).trim(),
    dataDir,
    cli: (args, stdin) => runCli([...args, '--data-dir', dataDir], stdin),
  };
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    if (!keepDataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  return { served, stop };
}

export function runCli(args: string[], stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => resolve({ code: code ?? 1, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

function readLinesUntil(child: ChildProcess, done: (lines: string[]) => boolean): Promise<string[]> {
  return new Promise((resolve, reject) => {
    let buffer = '';
    let errors = '';
    const timer = setTimeout(() => reject(new Error(`relaydesk serve did not start: ${buffer}${errors}`)), 15_000);
    child.stderr!.on('data', (d: Buffer) => (errors += d.toString()));
    child.stdout!.on('data', (d: Buffer) => {
      buffer += d.toString();
      const lines = buffer.split('\n');
      if (done(lines)) {
        clearTimeout(timer);
        resolve(lines);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`relaydesk serve exited with ${code}: ${errors}`));
    });
  });
}

/**
 * `served`: one `relaydesk serve` per worker, shared by that worker's tests (so a test must not
 * assume it starts empty). `freshServed`: a console of the test's own, for tests that need the
 * empty state.
 */
export const test = base.extend<{ served: ServedConsole; freshServed: ServedConsole }, { servedWorker: ServedConsole }>({
  servedWorker: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const { served, stop } = await startServe();
      await use(served);
      await stop();
    },
    { scope: 'worker' },
  ],
  served: async ({ servedWorker }, use) => use(servedWorker),
  // eslint-disable-next-line no-empty-pattern
  freshServed: async ({}, use) => {
    const { served, stop } = await startServe();
    await use(served);
    await stop();
  },
});

export { expect };

import type { ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { postJson, seeds } from './fixtures/inbound-harness';
import { startListenerProcess } from './helpers/listener-process';
import { tempDir } from './helpers/temp-dir';

// A bug that escapes every handler in a running CLI command: the user is told what happened, on
// stderr with the details, rather than Node's bare dump (or nothing). A stray promise rejection
// does not take a listener down; an uncaught exception ends the process with exit code 1.

/** Injected into the CLI process: each SIGUSR2 causes the next fault. */
const FAULTS = `
let n = 0;
process.on('SIGUSR2', () => {
  n += 1;
  if (n === 1) void Promise.reject(new Error('stray rejection made by the test'));
  else throw new Error('uncaught exception made by the test');
});
`;

function stderrOf(child: ChildProcess): { text: () => string; until: (part: string) => Promise<void> } {
  let text = '';
  const waiters: (() => void)[] = [];
  child.stderr!.on('data', (d: Buffer) => {
    text += d.toString();
    waiters.forEach((w) => w());
  });
  const until = (part: string) =>
    new Promise<void>((resolve) => {
      const check = () => text.includes(part) && resolve();
      waiters.push(check);
      check();
    });
  return { text: () => text, until };
}

describe('CLI: faults nobody handled', () => {
  it(
    'a stray rejection is reported and the listener carries on; an uncaught exception is reported and ends it',
    { timeout: 60_000 },
    async () => {
      const dir = tempDir();
      const faults = join(dir, 'faults.mjs');
      writeFileSync(faults, FAULTS);
      const { child, url } = await startListenerProcess(join(dir, 'data'), [pathToFileURL(faults).href]);
      const stderr = stderrOf(child);
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      try {
        child.kill('SIGUSR2');
        await stderr.until('stray rejection made by the test');
        expect(stderr.text()).toContain('relaydesk: internal error: a promise rejection nobody handled; carrying on.');
        // Still listening, still storing.
        const after = await postJson(`${url}/webhooks`, { ...seeds.imiconnectMo[0]!, tid: 'after-a-stray-rejection' });
        expect(after.status).toBe(200);

        child.kill('SIGUSR2');
        expect(await exited).toBe(1);
        expect(stderr.text()).toContain('relaydesk: internal error: an exception nobody caught; stopping.');
        expect(stderr.text()).toContain('uncaught exception made by the test');
      } finally {
        if (child.exitCode === null) child.kill('SIGKILL');
      }
    },
  );
});

import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..', '..');

/**
 * `relaydesk listen` in a child process of its own (the sources through tsx), once it listens.
 * `imports`: modules Node loads first (`--import`), e.g. one that injects a fault.
 */
export function startListenerProcess(dataDir: string, imports: string[] = []): Promise<{ child: ChildProcess; url: string }> {
  const preload = imports.flatMap((file) => ['--import', file]);
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', ...preload, join(root, 'src/main/cli.ts'), 'listen', '--quiet', '--port', '0', '--data-dir', dataDir],
    {
      cwd: root,
      env: { ...process.env, RELAYDESK_CLI_NO_MAIN: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match) resolve({ child, url: match[1]! });
    });
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => reject(new Error(`listener exited early (${code}): ${err}`)));
  });
}

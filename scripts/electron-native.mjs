#!/usr/bin/env node
// Builds better-sqlite3 for Electron's ABI into .native/electron-<version>/, leaving the Node build
// in node_modules for the CLI and tests. The Electron shell loads it through `nativeBinding`.
// Needs the network once (a prebuilt binary, or Electron's headers to compile against).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;
const target = join(root, '.native', `electron-${electronVersion}`, 'better_sqlite3.node');
if (existsSync(target)) process.exit(0);

const work = join(root, '.native', 'work');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const source = join(root, 'node_modules/better-sqlite3');
cpSync(source, work, { recursive: true, filter: (src) => !src.startsWith(join(source, 'build')) });

const tools = join(root, 'node_modules/.bin');
const attempts = [
  [join(tools, 'prebuild-install'), ['--runtime', 'electron', '--target', electronVersion]],
  [
    'npx',
    [
      '--yes',
      'node-gyp',
      'rebuild',
      '--release',
      `--target=${electronVersion}`,
      '--dist-url=https://electronjs.org/headers',
      '--runtime=electron',
    ],
  ],
];
for (const [command, args] of attempts) {
  if (command.includes('prebuild-install') && !existsSync(command)) continue;
  const result = spawnSync(command, args, { cwd: work, stdio: 'inherit' });
  const built = join(work, 'build', 'Release', 'better_sqlite3.node');
  if (result.status === 0 && existsSync(built)) {
    mkdirSync(join(target, '..'), { recursive: true });
    cpSync(built, target);
    rmSync(work, { recursive: true, force: true });
    process.stdout.write(`better-sqlite3 for Electron ${electronVersion}: ${target}\n`);
    process.exit(0);
  }
}
process.stderr.write(
  `Could not build better-sqlite3 for Electron ${electronVersion} (no network?). ` +
    'The desktop app needs it; browser mode does not: run `npx relaydesk serve` instead.\n',
);
process.exit(1);

#!/usr/bin/env node
// `npm start`: builds the app, prepares the Electron-ABI SQLite binding, and opens the desktop app.
// Where Electron cannot start (no display, no binary), it says how to use browser mode instead.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const run = (command, args) => spawnSync(command, args, { cwd: root, stdio: 'inherit' }).status === 0;
const browserHint = 'Open the same console in your browser instead:  npx relaydesk serve   (then open the printed URL)';

if (!run(process.execPath, ['scripts/electron-native.mjs'])) {
  process.stderr.write(`\nThe desktop app cannot start here. ${browserHint}\n`);
  process.exit(1);
}
if (!run('npx', ['electron-vite', 'preview'])) {
  process.stderr.write(`\nElectron did not start. ${browserHint}\n`);
  process.exit(1);
}

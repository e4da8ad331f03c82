#!/usr/bin/env node
'use strict';
// Launches the built CLI (out/main/cli.js) in plain Node.
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { pathToFileURL } = require('node:url');

const cli = join(__dirname, '..', 'out', 'main', 'cli.js');
if (!existsSync(cli)) {
  process.stderr.write('relaydesk: not built yet. Run: npm run build\n');
  process.exit(2);
}
import(pathToFileURL(cli).href).catch((error) => {
  process.stderr.write(`relaydesk: failed to start: ${error && error.stack ? error.stack : error}\n`);
  process.exit(1);
});

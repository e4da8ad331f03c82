#!/usr/bin/env node
// Runs Electronegativity over src and fails on any HIGH-severity finding (the tool itself exits 0).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const out = join('out', 'test-reports', 'electronegativity.csv');
mkdirSync(join('out', 'test-reports'), { recursive: true });
rmSync(out, { force: true });
const bin = join('node_modules', '.bin', process.platform === 'win32' ? 'electronegativity.cmd' : 'electronegativity');
const result = spawnSync(bin, ['-i', 'src', '-s', 'high', '-r', '-v', 'false', '-e', '45.4.1', '-o', out], { encoding: 'utf8' });
if (result.status !== 0) {
  process.stderr.write(result.stdout + result.stderr);
  process.exit(1);
}
const rows = existsSync(out) ? readFileSync(out, 'utf8').trim().split('\n').slice(1).filter(Boolean) : [];
const high = rows.filter((row) => /HIGH/i.test(row));
if (high.length) {
  process.stderr.write(`Electronegativity found ${high.length} high-severity issue(s):\n${high.join('\n')}\n`);
  process.exit(1);
}
process.stdout.write(`Electronegativity: no high-severity findings in src (${rows.length} lower).\n`);

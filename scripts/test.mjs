#!/usr/bin/env node
// The README's test command: typecheck, lint, Electron security scan, build, unit and end-to-end
// tests, then one closing line `tests: N passed, N failed`. On Linux the unit and end-to-end steps
// each run with a fresh, real Secret Service (gnome-keyring) on a private D-Bus, so keychain tests
// hit the real thing and one step cannot leave the keychain broken for the next.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

const only = process.argv[2]; // e.g. `npm test -- unit` runs one step
const reports = join(root, 'out', 'test-reports');
mkdirSync(reports, { recursive: true });
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

const withKeyring = (command, args) => (process.platform === 'linux' ? ['bash', [join(root, 'scripts/with-keyring.sh'), command, ...args]] : [command, args]);

function run(label, command, args, env = {}) {
  process.stdout.write(`\n=== ${label} ===\n`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

const steps = [];
const step = (name, fn) => {
  if (!only || only === name) steps.push([name, fn]);
};

step('typecheck', () => run('typecheck', npx, ['tsc', '--noEmit', '-p', 'tsconfig.node.json']) && run('typecheck (renderer)', npx, ['tsc', '--noEmit', '-p', 'tsconfig.web.json']) && run('typecheck (e2e)', npx, ['tsc', '--noEmit', '-p', 'tsconfig.e2e.json']));
step('lint', () => run('lint', npx, ['eslint', '--max-warnings=0', '.']));
step('security', () => run('electronegativity', process.execPath, ['scripts/electronegativity.mjs']));
step('build', () => run('build', npx, ['electron-vite', 'build']));
step('unit', () =>
  run('unit tests (vitest)', ...withKeyring(npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${join(reports, 'vitest.json')}`])),
);
step('e2e', () =>
  run('end-to-end tests (Playwright, Chromium)', ...withKeyring(npx, ['playwright', 'test', '--reporter=list,json']), {
    PLAYWRIGHT_JSON_OUTPUT_NAME: join(reports, 'playwright.json'),
  }),
);

const failedSteps = [];
for (const [name, fn] of steps) if (!fn()) failedSteps.push(name);

function countVitest() {
  const file = join(reports, 'vitest.json');
  if (!existsSync(file)) return { passed: 0, failed: 0, skipped: 0 };
  const json = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: json.numPassedTests ?? 0, failed: json.numFailedTests ?? 0, skipped: (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0) };
}

function countPlaywright() {
  const file = join(reports, 'playwright.json');
  if (!existsSync(file)) return { passed: 0, failed: 0, skipped: 0 };
  const stats = JSON.parse(readFileSync(file, 'utf8')).stats ?? {};
  return { passed: (stats.expected ?? 0) + (stats.flaky ?? 0), failed: stats.unexpected ?? 0, skipped: stats.skipped ?? 0 };
}

const counts = [only && only !== 'unit' ? null : countVitest(), only && only !== 'e2e' ? null : countPlaywright()].filter(Boolean);
const total = counts.reduce((a, c) => ({ passed: a.passed + c.passed, failed: a.failed + c.failed, skipped: a.skipped + c.skipped }), { passed: 0, failed: 0, skipped: 0 });
// A step that failed without failing a test (typecheck, lint, build, a crash) still counts as one failure.
const stepFailures = failedSteps.filter((name) => !['unit', 'e2e'].includes(name) || total.failed === 0).length;
if (failedSteps.length) process.stdout.write(`\nfailed steps: ${failedSteps.join(', ')}\n`);
process.stdout.write(`\ntests: ${total.passed} passed, ${total.failed + stepFailures} failed, ${total.skipped} skipped\n`);
process.exit(failedSteps.length ? 1 : 0);

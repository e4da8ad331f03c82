#!/usr/bin/env node
// The README's test command: typecheck, lint, Electron security scan, build, unit and end-to-end
// tests, then one closing line `tests: N passed, N failed`. On Linux the unit and end-to-end steps
// each run with a fresh, real Secret Service (gnome-keyring) on a private D-Bus, so keychain tests
// hit the real thing and one step cannot leave the keychain broken for the next.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

const only = process.argv[2]; // e.g. `npm test -- unit` runs one step
// RELAYDESK_TEST_REPORTS: only for the runner's own test, which must not touch the real reports.
const reports = process.env.RELAYDESK_TEST_REPORTS ?? join(root, 'out', 'test-reports');
const vitestReport = join(reports, 'vitest.json');
const playwrightReport = join(reports, 'playwright.json');
mkdirSync(reports, { recursive: true });
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

const withKeyring = (command, args) =>
  process.platform === 'linux' ? ['bash', [join(root, 'scripts/with-keyring.sh'), command, ...args]] : [command, args];

function run(label, command, args, env = {}) {
  process.stdout.write(`\n=== ${label} ===\n`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

const steps = [];
const step = (name, fn) => {
  if (!only || only === name) steps.push([name, fn]);
};

step(
  'typecheck',
  () =>
    run('typecheck', npx, ['tsc', '--noEmit', '-p', 'tsconfig.node.json']) &&
    run('typecheck (renderer)', npx, ['tsc', '--noEmit', '-p', 'tsconfig.web.json']) &&
    run('typecheck (e2e)', npx, ['tsc', '--noEmit', '-p', 'tsconfig.e2e.json']),
);
step('lint', () => run('lint', npx, ['eslint', '--max-warnings=0', '.']) && run('format (prettier)', npx, ['prettier', '--check', '.']));
step('security', () => run('electronegativity', process.execPath, ['scripts/electronegativity.mjs']));
step('build', () => run('build', npx, ['electron-vite', 'build']));
// A report left by an earlier run must never count: each step starts without one, and a step that
// ends without writing one (it crashed first) counts as a failure below.
step('unit', () => {
  rmSync(vitestReport, { force: true });
  return run(
    'unit tests (vitest)',
    ...withKeyring(npx, ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${vitestReport}`]),
  );
});
step('e2e', () => {
  rmSync(playwrightReport, { force: true });
  return run('end-to-end tests (Playwright, Chromium)', ...withKeyring(npx, ['playwright', 'test', '--reporter=list,json']), {
    PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport,
  });
});

const failedSteps = [];
const ranSteps = [];
for (const [name, fn] of steps) {
  ranSteps.push(name);
  if (!fn()) failedSteps.push(name);
}

function readReport(file) {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function countVitest() {
  const json = readReport(vitestReport);
  if (!json) return null;
  return {
    passed: json.numPassedTests ?? 0,
    failed: json.numFailedTests ?? 0,
    skipped: (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0),
  };
}

function countPlaywright() {
  const json = readReport(playwrightReport);
  if (!json) return null;
  const stats = json.stats ?? {};
  return { passed: (stats.expected ?? 0) + (stats.flaky ?? 0), failed: stats.unexpected ?? 0, skipped: stats.skipped ?? 0 };
}

const total = { passed: 0, failed: 0, skipped: 0 };
for (const [name, count] of [
  ['unit', countVitest],
  ['e2e', countPlaywright],
]) {
  if (!ranSteps.includes(name)) continue;
  const counted = count();
  if (!counted) {
    // No report: the step died before it could write one, so none of its tests can count as passed.
    process.stdout.write(`\n${name}: no test report was written (the step crashed before its tests finished)\n`);
    if (!failedSteps.includes(name)) failedSteps.push(name);
    total.failed += 1;
    continue;
  }
  total.passed += counted.passed;
  total.skipped += counted.skipped;
  // A step that failed without failing a test (a crash after the report, a keychain broken by it) is one failure.
  total.failed += counted.failed || (failedSteps.includes(name) ? 1 : 0);
}
// Steps without a test report (typecheck, lint, build) count as one failure each.
total.failed += failedSteps.filter((name) => !['unit', 'e2e'].includes(name)).length;
if (failedSteps.length) process.stdout.write(`\nfailed steps: ${failedSteps.join(', ')}\n`);
process.stdout.write(`\ntests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped\n`);
process.exit(failedSteps.length ? 1 : 0);

import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './helpers/temp-dir';

const root = join(import.meta.dirname, '..', '..');

/**
 * `npm test`'s runner with its unit step crashing before vitest writes a report: `npx` and `bash`
 * (the keychain wrapper) are stand-ins on PATH that exit at once, as a crashed step would.
 */
function runCrashingUnitStep(reports: string) {
  const bin = tempDir();
  for (const name of ['npx', 'bash']) {
    writeFileSync(join(bin, name), '#!/bin/sh\nexit 3\n');
    chmodSync(join(bin, name), 0o755);
  }
  return spawnSync(process.execPath, [join(root, 'scripts/test.mjs'), 'unit'], {
    encoding: 'utf8',
    env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, RELAYDESK_TEST_REPORTS: reports },
    timeout: 60_000,
  });
}

describe('scripts/test.mjs', () => {
  it.skipIf(process.platform === 'win32')('a unit step that crashes before writing its report fails, whatever an old report said', () => {
    const reports = tempDir();
    mkdirSync(reports, { recursive: true });
    // What a green run an hour ago left behind.
    writeFileSync(join(reports, 'vitest.json'), JSON.stringify({ numPassedTests: 400, numFailedTests: 0 }));
    const result = runCrashingUnitStep(reports);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('unit: no test report was written');
    expect(result.stdout).toContain('tests: 0 passed, 1 failed');
    expect(existsSync(join(reports, 'vitest.json'))).toBe(false);
  });
});

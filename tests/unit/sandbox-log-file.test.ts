import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SandboxLog } from '../../src/main/core/sandbox/sandbox-log';
import { tempDir } from './helpers/temp-dir';

// The sandbox's NDJSON copy of its log: a file that cannot be written never stops the sandbox,
// but the log says so (once, not on every request) instead of dropping lines silently.
describe('sandbox log file', () => {
  it('says once that its file cannot be written, keeps every entry in memory, and writes again once it can', () => {
    const dir = join(tempDir(), 'not-yet');
    const file = join(dir, 'sandbox.ndjson');
    const log = new SandboxLog(file);
    for (let n = 0; n < 3; n++) log.add({ kind: 'note', message: `entry ${n}` });
    const notes = log.entries().map((e) => (e.kind === 'note' ? e.message : e.kind));
    expect(notes.filter((m) => m.startsWith('cannot write the log file'))).toEqual([
      `cannot write the log file ${file} (ENOENT); entries are kept in memory only`,
    ]);
    expect(notes.filter((m) => m.startsWith('entry '))).toEqual(['entry 0', 'entry 1', 'entry 2']);

    mkdirSync(dir);
    log.add({ kind: 'note', message: 'entry 3' });
    expect(readFileSync(file, 'utf8')).toContain('"entry 3"');
  });
});

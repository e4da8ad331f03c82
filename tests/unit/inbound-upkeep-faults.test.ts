import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openConnection } from '../../src/main/core/db/database';
import { IngestConnection, WRITER_TIMING } from '../../src/main/core/inbound/ingest-connection';
import { createFileLogger } from '../../src/main/core/logger';
import { RateLimitedLog } from '../../src/main/core/rate-limited-log';
import { tempDir } from './helpers/temp-dir';

// Upkeep that runs between ingest commits (derived-index steps, checkpoints) is retried, so a
// failure there must not stop ingest; but it must not go unseen either: it reaches the log, once
// per kind and minute rather than once per attempt.

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function logLines(dataDir: string): { message: string; error?: string; alsoSinceLastLine?: number }[] {
  const file = join(dataDir, 'logs', 'relaydesk.log');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { message: string; error?: string });
}

describe('failures of ingest upkeep', () => {
  it('a derived-index step that keeps failing is logged once, while every batch is still stored', async () => {
    const dataDir = tempDir();
    const db = openConnection(':memory:');
    db.exec('CREATE TABLE t (x INTEGER)');
    // An index step whose table is gone: it fails every time it runs.
    const broken = (limit: number) => ({
      count: { sql: 'SELECT count(*) AS n FROM t', params: [] },
      ops: [{ sql: 'INSERT INTO gone_index SELECT x FROM t LIMIT ?', params: [limit] }],
    });
    const connection = new IngestConnection(db, broken, {
      timing: { ...WRITER_TIMING, derivedDelayMs: 5 },
      log: createFileLogger(dataDir),
    });
    try {
      for (let n = 0; n < 8; n++) {
        const [outcome] = await connection.execute([{ sql: 'INSERT INTO t VALUES (?)', params: [n] }], 1);
        expect(outcome?.duplicate).toBe(false);
        // Long enough for the quiet-time step to run (and fail) between batches.
        await pause(40);
      }
      const failed = () => logLines(dataDir).filter((l) => l.message.startsWith('a derived-index step failed'));
      await expect.poll(() => failed().length, { timeout: 10_000 }).toBeGreaterThan(0);
    } finally {
      await connection.close();
    }
    expect(db.prepare('SELECT COUNT(*) FROM t').pluck().get()).toBe(8);
    const failures = logLines(dataDir).filter((l) => l.message.startsWith('a derived-index step failed'));
    expect(failures).toHaveLength(1);
    expect(failures[0]!.error).toMatch(/no such table: gone_index/);
    db.close();
  });

  it('repeats of one failure are counted into the next line once the interval has passed', async () => {
    const dataDir = tempDir();
    const faults = new RateLimitedLog(createFileLogger(dataDir), 100);
    for (let n = 0; n < 5; n++) faults.warn('the checkpoint failed', new Error('database is locked'));
    faults.warn('another kind of failure', new Error('disk I/O error'));
    await pause(150);
    faults.warn('the checkpoint failed', new Error('database is locked'));
    const lines = logLines(dataDir);
    expect(lines.map((l) => l.message)).toEqual(['the checkpoint failed', 'another kind of failure', 'the checkpoint failed']);
    expect(lines[2]!.alsoSinceLastLine).toBe(4);
    expect(lines[0]!.error).toBe('database is locked');
  });
});

import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/main/core/db/database';
import { migrations } from '../../src/main/core/db/migrations';
import { databaseAtSchema } from './helpers/old-database';
import { tempDir } from './helpers/temp-dir';

// Migration 014: a database that ran migration 009's first version (correlation index on
// correlation_id and job_id) ends with the same index as one that ran its current version.

const indexSql = (db: { prepare(sql: string): { get(): unknown } }) =>
  (db.prepare(`SELECT sql FROM sqlite_master WHERE name = 'outbound_recipients_correlation'`).get() as { sql: string }).sql;

describe('migration 014 (outbound-correlation-index)', () => {
  it('rebuilds the wider correlation index of an early database, and keeps its rows findable', () => {
    const dataDir = tempDir();
    const old = databaseAtSchema(dataDir, 13);
    old.exec(`DROP INDEX outbound_recipients_correlation;
      CREATE INDEX outbound_recipients_correlation ON outbound_recipients (correlation_id, job_id) WHERE correlation_id IS NOT NULL;`);
    old.close();
    const db = openDatabase({ dataDir });
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(indexSql(db)).toBe(
      'CREATE INDEX outbound_recipients_correlation ON outbound_recipients (correlation_id) WHERE correlation_id IS NOT NULL',
    );
    const plan = db.prepare('EXPLAIN QUERY PLAN SELECT job_id FROM outbound_recipients WHERE correlation_id = ?').all('c-1');
    expect(JSON.stringify(plan)).toContain('outbound_recipients_correlation');
    db.close();
  });

  it('leaves a database that already has the narrow index as it is', () => {
    const dataDir = tempDir();
    const fresh = openDatabase({ dataDir });
    const before = indexSql(fresh);
    fresh.close();
    const again = openDatabase({ dataDir });
    expect(indexSql(again)).toBe(before);
    again.close();
  });
});

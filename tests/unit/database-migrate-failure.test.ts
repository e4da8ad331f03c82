import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME, DatabaseError, openDatabase } from '../../src/main/core/db/database';
import { migrations } from '../../src/main/core/db/migrations';
import { tempDir } from './helpers/temp-dir';

describe('a migration that fails', () => {
  it('is refused with the file, the step, the schema it stays at and what to do; the file keeps its rows', () => {
    const dataDir = tempDir();
    const file = join(dataDir, DATABASE_FILE_NAME);
    // The step that drops inbound_events_fts and rewrites the delete trigger: it expects that trigger.
    const before = migrations.findIndex((m) => m.name === 'inbound-drop-old-fts');
    expect(before).toBeGreaterThan(0);
    const old = new Database(file);
    old.transaction(() => {
      for (const m of migrations.slice(0, before)) m.up(old);
      old.pragma(`user_version = ${before}`);
    })();
    old.exec(`INSERT INTO settings (key, value, updated_at) VALUES ('kept', '"yes"', 1)`);
    // A schema changed by hand: the trigger that step replaces is gone.
    old.exec('DROP TRIGGER inbound_events_derived_delete');
    old.close();

    let error: unknown;
    try {
      openDatabase({ dataDir }).close();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DatabaseError);
    const message = (error as Error).message;
    expect(message).toContain(file);
    expect(message).toContain(`step ${before + 1} (inbound-drop-old-fts)`);
    expect(message).toContain(`at schema ${before}`);
    expect(message).toMatch(/Keep a copy/);
    const after = new Database(file, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(before);
    expect(after.prepare(`SELECT value FROM settings WHERE key = 'kept'`).pluck().get()).toBe('"yes"');
    after.close();
  });
});

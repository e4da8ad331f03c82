import Database from 'better-sqlite3';
import { join } from 'node:path';
import { DATABASE_FILE_NAME } from '../../../src/main/core/db/database';
import { migrations } from '../../../src/main/core/db/migrations';

/**
 * A database file as an earlier release left it: the first `schema` migrations applied and
 * recorded, in WAL mode, open for the test to add that release's rows before closing it.
 */
export function databaseAtSchema(dataDir: string, schema: number): Database.Database {
  const old = new Database(join(dataDir, DATABASE_FILE_NAME));
  old.pragma('journal_mode = WAL');
  old.transaction(() => {
    for (const m of migrations.slice(0, schema)) m.up(old);
    old.pragma(`user_version = ${schema}`);
  })();
  return old;
}

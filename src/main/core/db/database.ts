import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { migrations } from './migrations';

export type Db = Database.Database;

export const DATABASE_FILE_NAME = 'relaydesk.db';

export class DatabaseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseError';
  }
}

export interface OpenDatabaseOptions {
  dataDir: string;
  /** Path to a better_sqlite3.node built for the running runtime (Electron's ABI differs). */
  nativeBinding?: string;
}

/**
 * Opens (or creates) the one database file, checks it is intact and brings it up to date.
 * A damaged file is an error, never silently replaced: it holds the user's history.
 */
export function openDatabase(options: OpenDatabaseOptions): Db {
  mkdirSync(options.dataDir, { recursive: true });
  const file = join(options.dataDir, DATABASE_FILE_NAME);
  const existed = existsSync(file);
  let db: Db;
  try {
    db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  } catch (error) {
    throw new DatabaseError(`Cannot open ${file}: ${(error as Error).message}`);
  }
  try {
    if (existed) checkIntegrity(db, file);
    // WAL lets the CLI and the app read while one writes. FULL: the app's own writes (settings,
    // outbound) are few, so each may as well reach the disk before it returns. Webhook ingest has
    // its own connection and level (inbound/inline-executor.ts).
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, file);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Another connection to a database file openDatabase has already checked and migrated (webhook
 * ingest commits on its own connection, at its own synchronous level).
 */
export function openConnection(file: string, nativeBinding?: string): Db {
  const db = new Database(file, nativeBinding ? { nativeBinding } : {});
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  return db;
}

function checkIntegrity(db: Db, file: string): void {
  let result: unknown;
  try {
    result = db.pragma('integrity_check', { simple: true });
  } catch (error) {
    throw damaged(file, (error as Error).message);
  }
  if (result !== 'ok') throw damaged(file, String(result));
}

function damaged(file: string, detail: string): DatabaseError {
  return new DatabaseError(
    `The database ${file} is damaged (${detail.replace(/\s+/g, " ").trim()}). Relaydesk has not changed it. ` +
      `Keep a copy, then restore it from a backup or move it away to start with an empty one.`,
  );
}

function migrate(db: Db, file: string): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.length;
  if (current > latest) {
    throw new DatabaseError(
      `The database ${file} was written by a newer Relaydesk (schema ${current}, this one knows ` +
        `${latest}). Update Relaydesk to open it.`,
    );
  }
  for (let version = current + 1; version <= latest; version++) {
    const migration = migrations[version - 1]!;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${version}`);
    })();
  }
}

import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { migrations } from './migrations';
import { OpenMarker } from './open-marker';
import { checkWritable, damaged, DatabaseError, openFailure } from './open-failure';

export type Db = Database.Database;

export const DATABASE_FILE_NAME = 'relaydesk.db';

export { DatabaseError } from './open-failure';

export interface OpenDatabaseOptions {
  dataDir: string;
  /** Path to a better_sqlite3.node built for the running runtime (Electron's ABI differs). */
  nativeBinding?: string;
  /** Told why, when the file must be read in full before use (the start takes longer). */
  onFullCheck?: (reason: string) => void;
}

const markers = new WeakMap<Db, OpenMarker>();

/**
 * Opens (or creates) the one database file, checks it is intact and brings it up to date.
 * A damaged file is an error, never silently replaced: it holds the user's history. The full
 * check reads every page, so it runs only when no clean shutdown vouches for the file
 * (open-marker.ts); close with closeDatabase so the next start can skip it.
 */
export function openDatabase(options: OpenDatabaseOptions): Db {
  const file = join(options.dataDir, DATABASE_FILE_NAME);
  checkWritable(options.dataDir, file);
  const existed = existsSync(file);
  const marker = new OpenMarker(file);
  const reason = existed ? marker.fullCheckReason() : null;
  let db: Db;
  try {
    db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  } catch (error) {
    const failure = openFailure(error, file, options.dataDir);
    throw failure instanceof DatabaseError ? failure : new DatabaseError(`Cannot open ${file}: ${failure.message}`);
  }
  try {
    if (reason !== null) {
      options.onFullCheck?.(reason);
      checkIntegrity(db, file, options.dataDir);
    }
    // WAL lets the CLI and the app read while one writes. FULL: the app's own writes (settings,
    // outbound) are few, so each may as well reach the disk before it returns. Webhook ingest has
    // its own connection and level (inbound/ingest-connection.ts).
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, file, options.dataDir);
  } catch (error) {
    db.close();
    throw openFailure(error, file, options.dataDir);
  }
  marker.opened(() => db.open, reason !== null);
  markers.set(db, marker);
  return db;
}

/** Closes what openDatabase opened and, if it was the last one open, records a clean shutdown. */
export function closeDatabase(db: Db): void {
  db.close();
  markers.get(db)?.closed();
  markers.delete(db);
}

/** A check after start found damage: whoever closes last, the next open checks in full and refuses it. */
export function markDamaged(db: Db): void {
  markers.get(db)?.damaged();
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

function checkIntegrity(db: Db, file: string, dataDir: string): void {
  let result: unknown;
  try {
    result = db.pragma('integrity_check', { simple: true });
  } catch (error) {
    // A file that cannot be read for another reason (read-only folder, disk error) is not damaged.
    throw openFailure(error, file, dataDir);
  }
  if (result !== 'ok') throw damaged(file, String(result));
}

function migrate(db: Db, file: string, dataDir: string): void {
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
    try {
      db.transaction(() => {
        migration.up(db);
        db.pragma(`user_version = ${version}`);
      })();
    } catch (error) {
      const failure = openFailure(error, file, dataDir);
      if (failure instanceof DatabaseError) throw failure;
      // Not the disk or the file: the schema is not what this step expects (changed by hand, or a bug).
      throw new DatabaseError(
        `Relaydesk could not bring ${file} up to date: step ${version} (${migration.name}) failed (${failure.message}). ` +
          `That step was undone, so the file is at schema ${version - 1}. Keep a copy of it and report this message.`,
      );
    }
  }
}

import Database from 'better-sqlite3';
import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME, DatabaseError, openDatabase } from '../../src/main/core/db/database';
import { migrations } from '../../src/main/core/db/migrations';
import { tempDir } from './helpers/temp-dir';

describe('database', () => {
  it('creates the file with WAL, full sync and every migration applied', () => {
    const dataDir = tempDir();
    const db = openDatabase({ dataDir });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    db.close();
  });

  it('keeps data across reopen and does not re-run migrations', () => {
    const dataDir = tempDir();
    const first = openDatabase({ dataDir });
    first.prepare('INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)').run('k', '"v"', 1);
    first.close();
    const second = openDatabase({ dataDir });
    expect(second.prepare('SELECT value FROM settings WHERE key = ?').get('k')).toEqual({ value: '"v"' });
    second.close();
  });

  it('refuses a damaged file with a message that names it, and leaves it untouched', () => {
    const dataDir = tempDir();
    const db = openDatabase({ dataDir });
    db.exec('CREATE TABLE filler (x TEXT)');
    const insert = db.prepare('INSERT INTO filler VALUES (?)');
    for (let i = 0; i < 2000; i++) insert.run('x'.repeat(200));
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const file = join(dataDir, DATABASE_FILE_NAME);
    const bytes = readFileSync(file);
    // Scribble over a page in the middle of the table's b-tree.
    bytes.fill(0xab, 4096 * 20, 4096 * 20 + 2000);
    writeFileSync(file, bytes);
    expect(() => openDatabase({ dataDir })).toThrow(DatabaseError);
    expect(() => openDatabase({ dataDir })).toThrow(/damaged.*Relaydesk has not changed it/);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('refuses a file that is not a database at all', () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, DATABASE_FILE_NAME), 'this is not sqlite, it is a shopping list'.repeat(200));
    expect(() => openDatabase({ dataDir })).toThrow(/relaydesk\.db/);
  });

  it('refuses a database written by a newer Relaydesk', () => {
    const dataDir = tempDir();
    const raw = new Database(join(dataDir, DATABASE_FILE_NAME));
    raw.pragma(`user_version = ${migrations.length + 5}`);
    raw.close();
    expect(() => openDatabase({ dataDir })).toThrow(/newer Relaydesk/);
  });
});

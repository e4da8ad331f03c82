import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, openSync, readFileSync, statSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkInBackground, scheduleBackgroundCheck } from '../../src/main/core/db/background-check';
import { closeDatabase, DATABASE_FILE_NAME, DatabaseError, openDatabase, type Db } from '../../src/main/core/db/database';
import { sameBoot } from '../../src/main/core/db/open-marker';
import { cli } from './helpers/cli';
import { tempDir } from './helpers/temp-dir';

const root = join(import.meta.dirname, '..', '..');
const isRoot = process.getuid?.() === 0;

/**
 * Makes a path unwritable in a way that holds even for root (tests run as root, who ignores file
 * modes): the immutable attribute. Returns the undo, or null where it is not available.
 */
function makeReadOnly(path: string): (() => void) | null {
  if (!isRoot) {
    const mode = statSync(path).mode;
    chmodSync(path, mode & ~0o222);
    return () => chmodSync(path, mode);
  }
  try {
    execFileSync('chattr', ['+i', path], { stdio: 'ignore' });
    return () => execFileSync('chattr', ['-i', path], { stdio: 'ignore' });
  } catch {
    return null;
  }
}

function filledDatabase(): { dataDir: string; file: string } {
  const dataDir = tempDir();
  const db = openDatabase({ dataDir });
  db.exec('CREATE TABLE filler (x TEXT)');
  const insert = db.prepare('INSERT INTO filler VALUES (?)');
  db.transaction(() => {
    for (let i = 0; i < 2000; i++) insert.run('x'.repeat(200));
  })();
  closeDatabase(db);
  return { dataDir, file: join(dataDir, DATABASE_FILE_NAME) };
}

/** Scribbles over a page in the middle of the filler table's b-tree, in place. */
function scribble(file: string): void {
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(2000, 0xab), 0, 2000, 4096 * 20);
  closeSync(fd);
}

function openCounting(dataDir: string): { db: Db; reasons: string[] } {
  const reasons: string[] = [];
  const db = openDatabase({ dataDir, onFullCheck: (reason) => reasons.push(reason) });
  return { db, reasons };
}

describe('a database or data folder Relaydesk cannot write', () => {
  it('a read-only database file: says which file and what to do, not "damaged", not a stack trace', async (ctx) => {
    const { dataDir, file } = filledDatabase();
    const undo = makeReadOnly(file);
    if (!undo) return ctx.skip('no way to make a file read-only for root here (chattr)');
    try {
      expect(() => openDatabase({ dataDir })).toThrow(DatabaseError);
      expect(() => openDatabase({ dataDir })).toThrow(`Relaydesk cannot write to ${file}`);
      expect(() => openDatabase({ dataDir })).toThrow(/Make it writable .* or start with --data-dir/);
      const run = await cli(['inbound', '--data-dir', dataDir]);
      expect(run.code).toBe(2);
      expect(run.err).toContain(`relaydesk: Relaydesk cannot write to ${file}`);
      expect(run.err).not.toMatch(/unexpected error|damaged|\n\s+at /);
    } finally {
      undo();
    }
  });

  it('a read-only data folder: names the folder (SQLite must create its -wal and -shm files there)', async (ctx) => {
    const { dataDir } = filledDatabase();
    const undo = makeReadOnly(dataDir);
    if (!undo) return ctx.skip('no way to make a folder read-only for root here (chattr)');
    try {
      expect(() => openDatabase({ dataDir })).toThrow(`Relaydesk cannot write to ${dataDir} `);
      const run = await cli(['inbound', '--data-dir', dataDir]);
      expect(run.code).toBe(2);
      expect(run.err).toContain(`relaydesk: Relaydesk cannot write to ${dataDir} `);
      expect(run.err).not.toMatch(/unexpected error|damaged|\n\s+at /);
    } finally {
      undo();
    }
  });

  it('a data folder that cannot be created: names it', async (ctx) => {
    const parent = tempDir();
    const undo = makeReadOnly(parent);
    if (!undo) return ctx.skip('no way to make a folder read-only for root here (chattr)');
    try {
      const dataDir = join(parent, 'relaydesk');
      const run = await cli(['inbound', '--data-dir', dataDir]);
      expect(run.code).toBe(2);
      expect(run.err).toContain(`relaydesk: Relaydesk cannot write to ${dataDir} `);
      expect(run.err).not.toMatch(/unexpected error|\n\s+at /);
    } finally {
      undo();
    }
  });
});

describe('start-up that does not read the whole file every time', () => {
  it('after a clean shutdown the next open skips the full check; a file with no record of one gets it', () => {
    const { dataDir } = filledDatabase();
    const first = openCounting(dataDir);
    expect(first.reasons).toEqual([]);
    closeDatabase(first.db);
    // Closed without closeDatabase: nothing vouches for the file.
    const second = openCounting(dataDir);
    second.db.close();
    const third = openCounting(dataDir);
    expect(third.reasons).toEqual([expect.stringMatching(/./)]);
    closeDatabase(third.db);
  });

  it('a process killed with the database open: the next open checks in full and says why', () => {
    const { dataDir } = filledDatabase();
    const script = `const { openDatabase } = await import(${JSON.stringify(join(root, 'src/main/core/db/database.ts'))});
      const db = openDatabase({ dataDir: ${JSON.stringify(dataDir)} });
      db.prepare("INSERT INTO filler VALUES ('y')").run();
      process.kill(process.pid, 'SIGKILL');`;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, timeout: 60_000 });
    expect(child.signal).toBe('SIGKILL');
    const after = openCounting(dataDir);
    expect(after.reasons).toEqual([expect.stringMatching(/a Relaydesk process \(pid \d+\) ended without closing it/)]);
    closeDatabase(after.db);
    // Checked and closed cleanly: the crash is forgotten.
    const next = openCounting(dataDir);
    expect(next.reasons).toEqual([]);
    closeDatabase(next.db);
  }, 90_000);

  it('a session left by another boot, or by a different process under a reused pid, does not vouch for the file', () => {
    const { dataDir, file } = filledDatabase();
    const markerPath = `${file}-open.json`;
    const leaveSession = (session: object): void => {
      writeFileSync(markerPath, JSON.stringify({ sessions: { stale: session }, clean: null }));
    };
    const current = (): { host: string; boot: string } => {
      const held = openDatabase({ dataDir });
      const marker = JSON.parse(readFileSync(markerPath, 'utf8')) as { sessions: Record<string, { host: string; boot: string }> };
      closeDatabase(held);
      return Object.values(marker.sessions)[0]!;
    };
    const { host, boot } = current();
    // A crash, a reboot, and pid 1 (always alive) now names the process that once held the file.
    leaveSession({ pid: 1, host, boot: 'an-earlier-boot', start: null });
    const afterReboot = openCounting(dataDir);
    expect(afterReboot.reasons).toEqual([expect.stringMatching(/ended without closing it \(the computer has restarted since\)/)]);
    closeDatabase(afterReboot.db);
    // Same boot, but the live pid started at another moment: not the process that wrote the entry.
    leaveSession({ pid: 1, host, boot, start: 'not-its-start-time' });
    const reused = openCounting(dataDir);
    expect(reused.reasons).toEqual([expect.stringMatching(/a Relaydesk process \(pid 1\) ended without closing it/)]);
    closeDatabase(reused.db);
    // A marker from a version that kept only a pid: said as such, not as another computer.
    writeFileSync(markerPath, JSON.stringify({ sessions: { old: 1 }, clean: null }));
    const legacy = openCounting(dataDir);
    expect(legacy.reasons).toEqual([
      expect.stringMatching(/pid 1\) ended without closing it \(an earlier version, which recorded only its pid\)/),
    ]);
    closeDatabase(legacy.db);
    // A data folder copied from another computer while open there.
    leaveSession({ pid: 1, host: 'another-laptop', boot, start: null });
    const copied = openCounting(dataDir);
    expect(copied.reasons).toEqual([expect.stringMatching(/left open by Relaydesk on another computer \(another-laptop\)/)]);
    closeDatabase(copied.db);
    // Each check passed and closed cleanly: the next start is fast again.
    const next = openCounting(dataDir);
    expect(next.reasons).toEqual([]);
    closeDatabase(next.db);
  });

  // Where the OS names no boot (macOS, Windows) the boot time stands in; two processes of one boot
  // compute it a moment apart, and taking a live one for a past boot would drop its session.
  it('boot times a little apart are one boot; a boot id is compared exactly', () => {
    expect(sameBoot('t:1700000000', 't:1700000007')).toBe(true);
    expect(sameBoot('t:1700000000', 't:1700000119')).toBe(true);
    expect(sameBoot('t:1700000000', 't:1700003600')).toBe(false);
    expect(sameBoot('0b7e2c1a-1', '0b7e2c1a-1')).toBe(true);
    expect(sameBoot('0b7e2c1a-1', '0b7e2c1a-2')).toBe(false);
    expect(sameBoot('t:1700000000', '')).toBe(false);
  });

  it('a file damaged after a clean shutdown is still refused and left untouched', () => {
    const { dataDir, file } = filledDatabase();
    scribble(file);
    const bytes = readFileSync(file);
    expect(() => openDatabase({ dataDir })).toThrow(/damaged.*Relaydesk has not changed it/);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('damage the fast open could not see: the check after start finds it, and the next start refuses the file', async () => {
    const { dataDir, file } = filledDatabase();
    const { db, reasons } = openCounting(dataDir);
    expect(reasons).toEqual([]);
    // Bad sectors under a running app: the file's pages change without Relaydesk writing them.
    scribble(file);
    const logged: string[] = [];
    const log = { info: () => {}, warn: () => {}, error: (message: string) => logged.push(message) };
    const check = scheduleBackgroundCheck(db, log, undefined, 0);
    expect(await check.done).toMatchObject({ verdict: 'damaged' });
    expect(logged).toEqual(['the database is damaged']);
    closeDatabase(db);
    expect(() => openDatabase({ dataDir })).toThrow(/damaged.*Relaydesk has not changed it/);
  });

  it('the check after start passes an intact file', async () => {
    const { dataDir, file } = filledDatabase();
    const db = openDatabase({ dataDir });
    expect(await checkInBackground(file)).toEqual({ verdict: 'ok' });
    closeDatabase(db);
  });
});

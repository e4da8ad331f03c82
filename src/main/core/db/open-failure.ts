import { accessSync, constants, existsSync, mkdirSync } from 'node:fs';

export class DatabaseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseError';
  }
}

export function damaged(file: string, detail: string): DatabaseError {
  return new DatabaseError(
    `The database ${file} is damaged (${oneLine(detail)}). Relaydesk has not changed it. ` +
      `Keep a copy, then restore it from a backup or move it away to start with an empty one.`,
  );
}

function notWritable(path: string, detail: string): DatabaseError {
  return new DatabaseError(
    `Relaydesk cannot write to ${path} (${oneLine(detail)}), and it keeps its database there. ` +
      `Make it writable for this user (for example chmod u+w, or check the disk is not mounted read-only), ` +
      `or start with --data-dir (or RELAYDESK_DATA_DIR) set to a writable folder. Nothing was changed.`,
  );
}

/**
 * SQLite needs to write the data folder (its -wal and -shm files live beside the database) and
 * every file of the database, even to read. Said up front, with the path, rather than as an
 * "unable to open database file" that reads like damage.
 */
export function checkWritable(dataDir: string, file: string): void {
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    throw notWritable(dataDir, (error as Error).message);
  }
  for (const path of [dataDir, file, `${file}-wal`, `${file}-shm`]) {
    if (path !== dataDir && !existsSync(path)) continue;
    try {
      accessSync(path, constants.W_OK);
    } catch (error) {
      throw notWritable(path, (error as Error).message);
    }
  }
}

/**
 * What a failure while opening, checking or migrating means for the user, in words that name the
 * file and say what to do. Failures that are not about the file (a bug) are returned as they are.
 */
export function openFailure(error: unknown, file: string, dataDir: string): Error {
  if (error instanceof DatabaseError) return error;
  const code = String((error as { code?: unknown }).code ?? '');
  const message = error instanceof Error ? error.message : String(error);
  if (/^SQLITE_(READONLY|CANTOPEN|PERM|AUTH)/.test(code) || ['EACCES', 'EPERM', 'EROFS'].includes(code)) {
    return notWritable(unwritablePath(dataDir, file) ?? file, message);
  }
  if (/^SQLITE_(CORRUPT|NOTADB)/.test(code)) return damaged(file, message);
  if (code.startsWith('SQLITE_FULL') || code === 'ENOSPC') {
    return new DatabaseError(
      `The disk holding ${file} is full (${oneLine(message)}). Free some space and start again; nothing was changed.`,
    );
  }
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') {
    return new DatabaseError(`The disk failed while reading or writing ${file} (${oneLine(message)}). Check the disk, then start again.`);
  }
  if (/^SQLITE_(BUSY|LOCKED)/.test(code)) {
    return new DatabaseError(
      `${file} is locked by another program (${oneLine(message)}). Close whatever holds it (an sqlite3 shell in a transaction, a backup tool) and start again.`,
    );
  }
  return error instanceof Error ? error : new Error(message);
}

function unwritablePath(dataDir: string, file: string): string | null {
  try {
    checkWritable(dataDir, file);
    return null;
  } catch (error) {
    return /cannot write to (.*?) \(/.exec((error as Error).message)?.[1] ?? null;
  }
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

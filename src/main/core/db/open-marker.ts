import { randomBytes } from 'node:crypto';
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';

// `PRAGMA integrity_check` reads every page: 2.7 s at 1.2 million events, on every start. A file
// left by a clean shutdown and untouched since needs no such read, so this sidecar file
// (`relaydesk.db-open.json`) records who has the database open and what the file looked like when
// the last of them closed it. The full check runs at open only when that cannot vouch for the file;
// otherwise a check on its own thread after start (background-check.ts) still looks at every page.

interface Fingerprint {
  size: number;
  mtimeMs: number;
  /** Moves on every write to the file, and no one can set it back: a change behind our back shows. */
  ctimeMs: number;
  ino: number;
}

interface MarkerState {
  /** Open sessions: token -> pid. */
  sessions: Record<string, number>;
  /** The file as the last clean close left it; null when unknown, changed or found damaged. */
  clean: Fingerprint | null;
  /** Set by a check after start that found damage; cleared by the next full check that passes. */
  damaged?: boolean;
}

/**
 * This process's sessions and whether each connection is still open: one closed without
 * closeDatabase (a failure, a test) left its entry with our own live pid, and counts as dead.
 */
const ownSessions = new Map<string, () => boolean>();

export class OpenMarker {
  private readonly path: string;
  private token: string | null = null;

  constructor(private readonly file: string) {
    this.path = `${file}-open.json`;
  }

  /** Why the file must be checked in full before it is used, or null when a clean close vouches for it. */
  fullCheckReason(): string | null {
    const state = this.read();
    if (state.damaged) return 'a check while it was open found it damaged';
    const dead = Object.entries(state.sessions).find(([token, pid]) => !this.alive(token, pid));
    if (dead) return `a Relaydesk process (pid ${dead[1]}) ended without closing it`;
    // Open elsewhere: that process opened it after a check, and its own background check looks again.
    if (Object.keys(state.sessions).length > 0) return null;
    if (!state.clean) return 'no clean shutdown is on record';
    if (walFrames(this.file) > 0) return 'its write-ahead log was left behind';
    const now = fingerprint(this.file);
    if (!now || JSON.stringify(now) !== JSON.stringify(state.clean)) return 'the file changed since it was last closed';
    return null;
  }

  /**
   * After a successful open: this process holds it. Dead sessions and a damage mark are dropped:
   * the full check they called for has just passed.
   */
  opened(isOpen: () => boolean): void {
    this.token = randomBytes(8).toString('hex');
    ownSessions.set(this.token, isOpen);
    const state = this.read();
    const sessions = Object.fromEntries(Object.entries(state.sessions).filter(([token, pid]) => this.alive(token, pid)));
    this.write({ sessions: { ...sessions, [this.token]: process.pid }, clean: null });
  }

  /** After the connection closed: the last one out records the file as it is now. */
  closed(): void {
    if (!this.token) return;
    ownSessions.delete(this.token);
    const state = this.read();
    delete state.sessions[this.token];
    this.token = null;
    const last = Object.keys(state.sessions).length === 0 && walFrames(this.file) === 0 && !state.damaged;
    this.write({ sessions: state.sessions, clean: last ? fingerprint(this.file) : null, damaged: state.damaged });
  }

  /** A check found damage: the next open checks in full (and refuses the file), whoever closes last. */
  damaged(): void {
    const state = this.read();
    this.write({ sessions: state.sessions, clean: null, damaged: true });
  }

  private alive(token: string, pid: number): boolean {
    if (pid === process.pid) return ownSessions.get(token)?.() ?? false;
    try {
      process.kill(pid, 0);
      return true;
    } catch (error) {
      // EPERM: the process exists but belongs to someone else.
      return (error as NodeJS.ErrnoException).code === 'EPERM';
    }
  }

  private read(): MarkerState {
    try {
      const json = JSON.parse(readFileSync(this.path, 'utf8')) as Partial<MarkerState>;
      return { sessions: { ...json.sessions }, clean: json.clean ?? null, damaged: json.damaged === true };
    } catch {
      // Missing or unreadable: nothing vouches for the file, so it is checked in full.
      return { sessions: {}, clean: null };
    }
  }

  private write(state: MarkerState): void {
    // Renamed into place, so a reader never sees half a file; if it cannot be written, the next
    // open simply runs the full check.
    const temp = `${this.path}.${process.pid}.tmp`;
    try {
      writeFileSync(temp, JSON.stringify(state));
      renameSync(temp, this.path);
    } catch {
      // A full disk or a read-only folder costs the next start a full check, nothing else.
    }
  }
}

function fingerprint(file: string): Fingerprint | null {
  try {
    const stat = statSync(file);
    return { size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, ino: stat.ino };
  } catch {
    return null;
  }
}

/** Bytes of WAL past its header: a WAL left with frames in it means a connection never closed. */
function walFrames(file: string): number {
  try {
    return Math.max(0, statSync(`${file}-wal`).size - 32);
  } catch {
    return 0;
  }
}

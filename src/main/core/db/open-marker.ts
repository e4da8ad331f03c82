import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname, uptime } from 'node:os';

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

/**
 * Who holds the file open. A pid alone is not enough: after a crash and a restart (or in a data
 * folder copied from another computer) the same pid can belong to any process, which would vouch
 * for a file no one checked. So a session is alive only on this host, in this boot, and (where the
 * OS says when a process started) in the very process that wrote it.
 */
interface Session {
  pid: number;
  host: string;
  boot: string;
  /** The process's start time as the OS records it; null where it cannot be read. */
  start: string | null;
}

interface MarkerState {
  /** Open sessions: token -> who. */
  sessions: Record<string, Session>;
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
    for (const [token, session] of Object.entries(state.sessions)) {
      const gone = this.goneReason(token, session);
      if (gone) return gone;
    }
    // Open elsewhere: that process opened it after a check, and its own background check looks again.
    if (Object.keys(state.sessions).length > 0) return null;
    if (!state.clean) return 'no clean shutdown is on record';
    if (walFrames(this.file) > 0) return 'its write-ahead log was left behind';
    const now = fingerprint(this.file);
    if (!now || JSON.stringify(now) !== JSON.stringify(state.clean)) return 'the file changed since it was last closed';
    return null;
  }

  /**
   * After a successful open: this process holds it. Dead sessions are dropped, and a damage mark
   * too when this open ran the full check (`checked`); one set after that read stays.
   */
  opened(isOpen: () => boolean, checked: boolean): void {
    const token = randomBytes(8).toString('hex');
    this.token = token;
    ownSessions.set(token, isOpen);
    this.update((state) => {
      const sessions = Object.fromEntries(Object.entries(state.sessions).filter(([t, session]) => !this.goneReason(t, session)));
      return { sessions: { ...sessions, [token]: self() }, clean: null, damaged: state.damaged && !checked };
    });
  }

  /** After the connection closed: the last one out records the file as it is now. */
  closed(): void {
    const token = this.token;
    if (!token) return;
    ownSessions.delete(token);
    this.token = null;
    this.update((state) => {
      delete state.sessions[token];
      const last = Object.keys(state.sessions).length === 0 && walFrames(this.file) === 0 && !state.damaged;
      return { sessions: state.sessions, clean: last ? fingerprint(this.file) : null, damaged: state.damaged };
    });
  }

  /** A check found damage: the next open checks in full (and refuses the file), whoever closes last. */
  damaged(): void {
    this.update((state) => ({ sessions: state.sessions, clean: null, damaged: true }));
  }

  /** Why a recorded session no longer holds the file, or null while it does. */
  private goneReason(token: string, session: Session): string | null {
    const ended = `a Relaydesk process (pid ${session.pid}) ended without closing it`;
    const me = self();
    if (session.host === LEGACY_HOST) return `${ended} (an earlier version, which recorded only its pid)`;
    if (session.host !== me.host) return `it was left open by Relaydesk on another computer (${session.host})`;
    if (!sameBoot(session.boot, me.boot)) return `${ended} (the computer has restarted since)`;
    if (session.pid === me.pid) return ownSessions.get(token)?.() ? null : ended;
    try {
      process.kill(session.pid, 0);
    } catch (error) {
      // EPERM: the process exists but belongs to someone else.
      if ((error as NodeJS.ErrnoException).code !== 'EPERM') return ended;
    }
    const start = processStart(session.pid);
    return session.start !== null && start !== null && start !== session.start ? ended : null;
  }

  private read(): MarkerState {
    try {
      const json = JSON.parse(readFileSync(this.path, 'utf8')) as Partial<MarkerState>;
      const sessions = Object.fromEntries(Object.entries({ ...json.sessions }).map(([token, session]) => [token, asSession(session)]));
      return { sessions, clean: json.clean ?? null, damaged: json.damaged === true };
    } catch {
      // Missing or unreadable: nothing vouches for the file, so it is checked in full.
      return { sessions: {}, clean: null, damaged: false };
    }
  }

  /**
   * Read, change, write, with no other process in between: two starting at once must not each
   * write the marker without the other's session, nor drop a damage mark set meanwhile.
   */
  private update(change: (state: MarkerState) => MarkerState): void {
    const release = lock(`${this.path}.lock`);
    try {
      this.write(change(this.read()));
    } finally {
      release();
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
      rmSync(temp, { force: true });
    }
  }
}

/** A session entry as read from disk; anything else (an older marker's bare pid) is one that cannot vouch. */
function asSession(value: unknown): Session {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Partial<Session>;
  return {
    pid: typeof v.pid === 'number' ? v.pid : typeof value === 'number' ? value : -1,
    host: typeof v.host === 'string' ? v.host : LEGACY_HOST,
    boot: typeof v.boot === 'string' ? v.boot : '',
    start: typeof v.start === 'string' ? v.start : null,
  };
}

let me: Session | null = null;
function self(): Session {
  me ??= { pid: process.pid, host: hostname(), boot: bootId(), start: processStart(process.pid) };
  return me;
}

/** The host of a session entry from a version that recorded only a pid. */
const LEGACY_HOST = '(unknown)';

/** Boot times (where the OS names no boot) within this many seconds are one boot: clock corrections and sleep move them a little. */
const BOOT_TIME_SLACK_S = 120;

/** This boot of this computer: Linux names it; elsewhere `t:` and the boot time in seconds. */
function bootId(): string {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  } catch {
    return `t:${Math.round(Date.now() / 1000 - uptime())}`;
  }
}

/**
 * Whether two boot ids name one boot. Boot times are compared with slack, not exactly: a live
 * process taken for one of an earlier boot would have its session dropped, and the next close
 * would record the file clean while that process still writes to it.
 */
export function sameBoot(a: string, b: string): boolean {
  if (a.startsWith('t:') && b.startsWith('t:')) return Math.abs(Number(a.slice(2)) - Number(b.slice(2))) <= BOOT_TIME_SLACK_S;
  return a === b;
}

/** When a process started (Linux: field 22 of /proc/<pid>/stat), or null where the OS does not say. */
function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The name (field 2) is in parentheses and may hold spaces: count fields after its close.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/**
 * A lock file, created exclusively; held for microseconds, so one older than a second was left by
 * a process that died holding it. If it cannot be had in time, the update goes ahead unlocked:
 * the worst a lost update costs is a full check at the next start.
 */
function lock(path: string): () => void {
  const deadline = Date.now() + 2_000;
  while (Date.now() < deadline) {
    try {
      closeSync(openSync(path, 'wx'));
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') break;
      try {
        if (Date.now() - statSync(path).mtimeMs > 1_000) rmSync(path, { force: true });
      } catch {
        // Released meanwhile.
      }
      Atomics.wait(sleeper, 0, 0, 5);
    }
  }
  return () => {};
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

import { closeSync, fdatasync, fdatasyncSync, openSync } from 'node:fs';

// Puts committed WAL frames on the disk without holding up the event loop. Ingest commits run
// with synchronous=NORMAL: a commit is a write() into the WAL, so it survives the app crashing or
// being killed the moment it returns (tests/unit/inbound-crash.test.ts), and waits for no disk
// flush. This class then runs one fdatasync of the WAL on libuv's pool at most `windowMs` after a
// commit (every commit so far rides on it), which bounds what a power cut can take to that
// window. Power-safe: a sync starts as soon as a commit lands, and the caller answers only once
// it finished (whenSynced), so every acknowledgement is on the disk; commits made while a sync
// runs share the next one (group commit).
// Any descriptor of the file syncs it; SQLite keeps the WAL (same inode) while a connection is
// open. If it cannot be opened or synced, `fallBack` switches the connection to
// synchronous=FULL, where every commit that writes syncs the WAL itself.

interface Waiter {
  commit: number;
  done: (onDisk: boolean) => void;
}

export class WalSync {
  /** Commits that wrote something, and how many of them a finished sync covers. */
  private commits = 0;
  private synced = 0;
  private fd: number | null = null;
  private failed = false;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private waiters = new Set<Waiter>();
  private closed = false;
  powerSafe = false;

  constructor(
    private readonly walPath: string,
    private readonly windowMs: number,
    private readonly fallBack: () => void,
  ) {}

  /**
   * Counts a commit (`wrote`: it changed something) and makes sure a sync will cover it. Returns
   * the number to pass to whenSynced: everything committed so far, a commit that wrote nothing
   * included (its answer may rest on an earlier row, e.g. a duplicate's first copy).
   */
  committed(wrote: boolean): number {
    if (!wrote) return this.commits;
    this.commits++;
    if (this.failed) {
      // synchronous=FULL: this commit synced the WAL, and with it every frame before.
      this.markSynced(this.commits);
    } else if (this.powerSafe) {
      this.start();
    } else if (!this.timer && !this.running) {
      this.timer = setTimeout(() => this.start(), this.windowMs);
      this.timer.unref();
    }
    return this.commits;
  }

  setPowerSafe(on: boolean): void {
    this.powerSafe = on;
    if (on) this.start();
  }

  /** True once commit `commit` (and all before it) is on the disk; false if not within `timeoutMs`. */
  whenSynced(commit: number, timeoutMs: number): Promise<boolean> {
    if (this.synced >= commit) return Promise.resolve(true);
    return new Promise((resolve) => {
      const waiter: Waiter = {
        commit,
        done: (onDisk) => {
          clearTimeout(timer);
          this.waiters.delete(waiter);
          resolve(onDisk);
        },
      };
      const timer = setTimeout(() => waiter.done(false), timeoutMs);
      this.waiters.add(waiter);
      // Outside power-safe a sync is already scheduled within windowMs; a waiter does not hurry it.
    });
  }

  /** Everything committed so far, on the disk. */
  onDisk(timeoutMs: number): Promise<boolean> {
    return this.whenSynced(this.commits, timeoutMs);
  }

  /** Waits for a sync in progress, then syncs what is left, blocking: the app is closing. */
  async close(): Promise<void> {
    this.closed = true;
    await this.running;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!this.failed && this.synced < this.commits) {
      try {
        this.fd ??= openSync(this.walPath, 'r+');
        fdatasyncSync(this.fd);
        this.markSynced(this.commits);
      } catch {
        // Left to the last connection's close, which checkpoints and syncs the file.
      }
    }
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }

  private start(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.running || this.failed || this.closed || this.synced >= this.commits) return;
    if (this.fd === null) {
      try {
        this.fd = openSync(this.walPath, 'r+');
      } catch {
        return this.fail();
      }
    }
    const covered = this.commits;
    this.running = new Promise<void>((resolve) => {
      fdatasync(this.fd!, (error) => {
        this.running = null;
        resolve();
        if (error) return this.fail();
        this.markSynced(covered);
        // Commits made while this sync ran need the next one.
        if (this.synced < this.commits) {
          if (this.powerSafe) this.start();
          else if (!this.timer) {
            this.timer = setTimeout(() => this.start(), this.windowMs);
            this.timer.unref();
          }
        }
      });
    });
  }

  private markSynced(upTo: number): void {
    this.synced = Math.max(this.synced, upTo);
    for (const waiter of this.waiters) if (waiter.commit <= this.synced) waiter.done(true);
  }

  /**
   * Commits from now on sync themselves. Those before stay unconfirmed until the next commit that
   * writes (its sync covers them), so waiters are told now rather than left hanging.
   */
  private fail(): void {
    this.failed = true;
    this.fallBack();
    for (const waiter of this.waiters) waiter.done(false);
  }
}

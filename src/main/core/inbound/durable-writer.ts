import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Db } from '../db/database';
import { writerThreadSource } from './writer-thread';

// Executes batches of INSERTs in one transaction each and reports every statement's outcome.
// The webhook path runs them on a worker thread with its own connection (writer-thread.ts), so
// the listener keeps reading and parsing requests while the previous batch is committed (group
// commit with pipelining), and the WAL's fdatasync never blocks the event loop. Where a worker
// cannot run (an in-memory database) the same batches run in-thread.

export interface WriteOp {
  sql: string;
  params: unknown[];
  /**
   * Run when the insert changed nothing (ON CONFLICT DO NOTHING): finds the key of the row that
   * won, given these of the insert's params (by position: they are not sent twice).
   */
  onConflict?: { sql: string; paramIndexes: readonly number[] };
}

/**
 * One op's outcome, as one number because thousands cross between threads a second: the new
 * row's rowid (> 0); minus the key of the row that won a conflict (< 0); 0 when it changed nothing.
 */
export type WriteResult = number;

export interface BatchExecutor {
  /** Starts the writer ahead of the first batch, so the first webhook does not wait for it. */
  warm(): void;
  /**
   * Runs `ops` in one transaction and resolves with their outcomes once committed. `newRows`
   * rows of it need derived-index upkeep, which runs later in its own transactions (see
   * DerivedPass) without holding up that answer.
   */
  execute(ops: WriteOp[], newRows: number): Promise<WriteResult[]>;
  /**
   * Resolves true once every batch committed so far is on the disk (its WAL sync finished), or
   * false if that has not happened within `timeoutMs`.
   */
  onDisk(timeoutMs: number): Promise<boolean>;
  /**
   * Power-safe: every commit is fsynced before it resolves (synchronous=FULL), so an answered
   * batch survives a power cut too. Off (the default): commits survive a crash at once and reach
   * the disk within SYNC_WINDOW_MS. Applies from the next commit.
   */
  setPowerSafe(on: boolean): void;
  close(): Promise<void>;
}

/**
 * The derived-index upkeep (FTS and lookup keys) a writer runs after its commits: the ops of one
 * step, which indexes at most `limit` not yet indexed rows; its first op's `changes` says how
 * many it did.
 */
export type DerivedPass = (limit: number) => WriteOp[];

type Statement = { run(...p: unknown[]): { changes: number; lastInsertRowid: number | bigint }; get(...p: unknown[]): unknown };

/** The transaction body of the in-thread executor (writer-thread.ts has the same in plain JS). */
function runBatch(prepare: (sql: string) => Statement, ops: WriteOp[]): WriteResult[] {
  const results: WriteResult[] = [];
  for (const op of ops) {
    const r = prepare(op.sql).run(...op.params);
    if (r.changes === 0 && op.onConflict) {
      const row = prepare(op.onConflict.sql).get(...op.onConflict.paramIndexes.map((i) => op.params[i])) as Record<string, unknown> | undefined;
      const key = row === undefined ? undefined : Object.values(row)[0];
      results.push(typeof key === 'number' ? -key : 0);
    } else {
      results.push(r.changes === 0 ? 0 : Number(r.lastInsertRowid));
    }
  }
  return results;
}

/**
 * Derived work (the FTS and lookup-key pass) waits until commits have paused this long, then
 * covers every batch since in steps of DERIVED_STEP_ROWS: FTS5 pays per transaction (a new
 * segment, then merges), so indexing a burst at once is far cheaper than each small batch, and
 * commits wait while a step runs, so a step is kept short (~10-20 ms).
 */
const DERIVED_DELAY_MS = 100;
const DERIVED_STEP_ROWS = 4_000;
/**
 * While commits keep coming (a flood), indexing waits until this many rows are behind, then
 * takes one step per DERIVED_DELAY_MS, which outpaces any ingest rate this writer reaches. The
 * sender is answered first; a search or lookup meanwhile catches the index up itself
 * (DerivedIndexer.catchUp), which this bound keeps to a fraction of a second.
 */
const DERIVED_MAX_LAG_ROWS = 50_000;
/**
 * How often the writer folds the WAL back into the database file (PASSIVE: never waits on
 * readers). Often enough that each checkpoint is short (it holds up commits) and the WAL is
 * rewritten in place instead of growing.
 */
const CHECKPOINT_EVERY_MS = 500;
/**
 * The most a power cut (not a crash: a commit survives that at once) can take from acknowledged
 * events: commits are synced to the disk this soon after they return (see writer-thread.ts).
 */
export const SYNC_WINDOW_MS = 100;

const WORKER_SOURCE = writerThreadSource({
  syncWindowMs: SYNC_WINDOW_MS,
  derivedDelayMs: DERIVED_DELAY_MS,
  derivedMaxLagRows: DERIVED_MAX_LAG_ROWS,
  checkpointEveryMs: CHECKPOINT_EVERY_MS,
});

/** For an in-memory database (no second connection can see it): the same work, in this thread. */
class InThreadExecutor implements BatchExecutor {
  private readonly statements = new Map<string, Statement>();
  private derivedTimer: NodeJS.Timeout | null = null;
  constructor(
    private readonly db: Db,
    private readonly derived: DerivedPass,
  ) {}

  execute(ops: WriteOp[], newRows: number): Promise<WriteResult[]> {
    try {
      let results: WriteResult[] = [];
      this.db.transaction(() => {
        results = runBatch(this.prepare, ops);
      })();
      if (newRows > 0 && !this.derivedTimer) {
        this.derivedTimer = setTimeout(() => {
          this.derivedTimer = null;
          this.runDerived();
        }, DERIVED_DELAY_MS);
        this.derivedTimer.unref();
      }
      return Promise.resolve(results);
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  warm(): void {}

  /** An in-memory database has no disk to reach. */
  onDisk(): Promise<boolean> {
    return Promise.resolve(true);
  }

  setPowerSafe(): void {}

  close(): Promise<void> {
    if (this.derivedTimer) clearTimeout(this.derivedTimer);
    this.derivedTimer = null;
    return Promise.resolve();
  }

  private readonly prepare = (sql: string): Statement => {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql) as unknown as Statement;
      this.statements.set(sql, s);
    }
    return s;
  };

  private runDerived(): void {
    const [first, ...rest] = this.derived(DERIVED_STEP_ROWS);
    if (!first) return;
    try {
      for (let indexed = DERIVED_STEP_ROWS; indexed === DERIVED_STEP_ROWS; ) {
        this.db.transaction(() => {
          indexed = this.prepare(first.sql).run(...first.params).changes;
          for (const op of rest) this.prepare(op.sql).run(...op.params);
        })();
      }
    } catch {
      // Redone by the next pass or a catch-up.
    }
  }
}

/**
 * A batch as it crosses to the writer thread: each distinct SQL text once per message (with the
 * conflict lookups' param positions) instead of once per row.
 */
function packOps(ops: WriteOp[]): { sqls: string[]; keys: (readonly number[] | null)[]; ops: unknown[] } {
  const sqls: string[] = [];
  const keys: (readonly number[] | null)[] = [];
  const index = new Map<string, number>();
  const sqlIndex = (sql: string, paramIndexes: readonly number[] | null = null): number => {
    let i = index.get(sql);
    if (i === undefined) {
      i = sqls.push(sql) - 1;
      keys.push(paramIndexes);
      index.set(sql, i);
    }
    return i;
  };
  return {
    sqls,
    keys,
    ops: ops.map((op) => ({ s: sqlIndex(op.sql), p: op.params, c: op.onConflict ? sqlIndex(op.onConflict.sql, op.onConflict.paramIndexes) : -1 })),
  };
}

type Pending = { resolve: (r: WriteResult[]) => void; reject: (e: Error) => void };

class WorkerExecutor implements BatchExecutor {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private broken: Error | null = null;
  /** The writer's commit count as of the last answered batch, and how many of them are synced. */
  private committed = 0;
  private synced = 0;
  private powerSafe = false;
  private readonly syncWaiters = new Set<{ commit: number; done: (ok: boolean) => void }>();

  constructor(
    private readonly file: string,
    private readonly nativeBinding: string | undefined,
    private readonly derived: DerivedPass,
  ) {}

  execute(ops: WriteOp[], newRows: number): Promise<WriteResult[]> {
    if (this.broken) return Promise.reject(this.broken);
    const worker = this.ensure();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ type: 'batch', id, newRows, ...packOps(ops) });
    });
  }

  warm(): void {
    if (!this.broken) this.ensure();
  }

  setPowerSafe(on: boolean): void {
    this.powerSafe = on;
    // A writer not started yet takes it from workerData.
    this.worker?.postMessage({ type: 'durability', powerSafe: on });
  }

  onDisk(timeoutMs: number): Promise<boolean> {
    if (this.synced >= this.committed) return Promise.resolve(true);
    return new Promise((resolve) => {
      const waiter = {
        commit: this.committed,
        done: (ok: boolean) => {
          clearTimeout(timer);
          this.syncWaiters.delete(waiter);
          resolve(ok);
        },
      };
      const timer = setTimeout(() => waiter.done(false), timeoutMs);
      this.syncWaiters.add(waiter);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    this.worker = null;
    await new Promise<void>((resolve) => {
      worker.once('exit', () => resolve());
      worker.on('message', (msg: { type: string }) => {
        if (msg.type === 'closed') void worker.terminate();
      });
      worker.postMessage({ type: 'close' });
    });
  }

  private ensure(): Worker {
    if (this.worker) return this.worker;
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    const workerData = {
      driver,
      file: this.file,
      nativeBinding: this.nativeBinding,
      derived: packOps(this.derived(DERIVED_STEP_ROWS)),
      powerSafe: this.powerSafe,
    };
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData });
    worker.unref();
    worker.on('message', (msg: { type: string; id: number; results?: WriteResult[]; message?: string; commit?: number; commits?: number }) => {
      if (msg.type === 'synced') {
        this.synced = Math.max(this.synced, msg.commits!);
        for (const waiter of this.syncWaiters) if (waiter.commit <= this.synced) waiter.done(true);
        return;
      }
      if (msg.commit !== undefined) this.committed = Math.max(this.committed, msg.commit);
      const pending = this.pending.get(msg.id);
      if (!pending) return;
      this.pending.delete(msg.id);
      if (msg.type === 'done') pending.resolve(msg.results!);
      else pending.reject(new Error(msg.message ?? 'write failed'));
    });
    const fail = (error: Error): void => {
      this.broken = error;
      for (const p of this.pending.values()) p.reject(error);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (this.worker === worker && code !== 0) fail(new Error(`the database writer stopped (exit ${code})`));
    });
    this.worker = worker;
    return worker;
  }
}

/** A worker-thread executor for a database file; in-thread for an in-memory one. */
export function createBatchExecutor(db: Db, derived: DerivedPass, nativeBinding?: string): BatchExecutor {
  if (db.memory || db.name === '' || db.name === ':memory:') return new InThreadExecutor(db, derived);
  return new WorkerExecutor(db.name, nativeBinding, derived);
}

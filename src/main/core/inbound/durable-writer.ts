import type { Db } from '../db/database';
import { WorkerExecutor } from './worker-executor';
import type { WriterThreadTiming } from './writer-thread';

// Executes batches of INSERTs in one transaction each and reports every statement's outcome.
// The webhook path runs them on a worker thread with its own connection (worker-executor.ts and
// writer-thread.ts), so the listener keeps reading and parsing requests while the previous batch
// is committed (group commit with pipelining), and the WAL's fdatasync never blocks the event
// loop. Where a worker cannot run (an in-memory database) the same batches run in-thread.

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
 * The writer's timing. Derived work (the FTS and lookup-key pass) waits until commits have paused
 * for derivedDelayMs, then covers every batch since in steps of derivedStepRows: FTS5 pays per
 * transaction (a new segment, then merges), so indexing a burst at once is far cheaper than each
 * small batch, and commits wait while a step runs, so a step is kept short (~10-20 ms).
 * While commits keep coming (a flood), indexing waits until derivedMaxLagRows are behind, then
 * takes one step per derivedDelayMs, which outpaces any ingest rate this writer reaches. The
 * sender is answered first; a search or lookup meanwhile catches the index up itself
 * (DerivedIndexer.catchUp), which this bound keeps to a fraction of a second.
 * checkpointEveryMs: how often the writer folds the WAL back into the database file (PASSIVE:
 * never waits on readers); often enough that each checkpoint is short (it holds up commits) and
 * the WAL is rewritten in place instead of growing.
 */
export interface WriterTiming extends WriterThreadTiming {
  derivedStepRows: number;
}

/**
 * The most a power cut (not a crash: a commit survives that at once) can take from acknowledged
 * events: commits are synced to the disk this soon after they return (see writer-thread.ts).
 */
export const SYNC_WINDOW_MS = 100;

export const WRITER_TIMING: WriterTiming = {
  syncWindowMs: SYNC_WINDOW_MS,
  derivedDelayMs: 100,
  derivedStepRows: 4_000,
  derivedMaxLagRows: 50_000,
  checkpointEveryMs: 500,
};

/** For an in-memory database (no second connection can see it): the same work, in this thread. */
class InThreadExecutor implements BatchExecutor {
  private readonly statements = new Map<string, Statement>();
  private derivedTimer: NodeJS.Timeout | null = null;
  constructor(
    private readonly db: Db,
    private readonly derived: DerivedPass,
    private readonly timing: WriterTiming,
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
        }, this.timing.derivedDelayMs);
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
    const step = this.timing.derivedStepRows;
    const [first, ...rest] = this.derived(step);
    if (!first) return;
    try {
      for (let indexed = step; indexed === step; ) {
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

/** A worker-thread executor for a database file; in-thread for an in-memory one. */
export function createBatchExecutor(db: Db, derived: DerivedPass, nativeBinding?: string, timing: WriterTiming = WRITER_TIMING): BatchExecutor {
  if (db.memory || db.name === '' || db.name === ':memory:') return new InThreadExecutor(db, derived, timing);
  return new WorkerExecutor(db.name, nativeBinding, derived, timing);
}

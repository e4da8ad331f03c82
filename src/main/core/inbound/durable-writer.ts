import { openConnection, type Db } from '../db/database';
import { Checkpointer } from './checkpoint-thread';
import { InlineExecutor } from './inline-executor';
import { WalSync } from './wal-sync';

// Executes batches of INSERTs in one transaction each and reports every statement's outcome.
// A batch is everything the listener received in one event-loop turn, committed right there on
// its own connection (inline-executor.ts): a commit is a write() into the WAL and takes a fraction
// of a millisecond, while the slow parts, the WAL's fdatasync (wal-sync.ts) and checkpoints
// (checkpoint-thread.ts), run off the event loop.

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

export type Statement = { run(...p: unknown[]): { changes: number; lastInsertRowid: number | bigint }; get(...p: unknown[]): unknown };

/** The transaction body: runs each op, and its conflict lookup when it changed nothing. */
export function runBatch(prepare: (sql: string) => Statement, ops: WriteOp[]): WriteResult[] {
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
 * The ingest upkeep's timing. Derived work (the FTS and lookup-key pass) waits until commits have paused
 * for derivedDelayMs, then covers every batch since in steps of derivedStepRows: FTS5 pays per
 * transaction (a new segment, then merges), so indexing a burst at once is far cheaper than each
 * small batch, and a step holds up the event loop (commits included), so it is kept short (~20 ms).
 * While commits keep coming (a flood), indexing waits until derivedMaxLagRows are behind, then
 * takes one step per derivedDelayMs, which outpaces any ingest rate this writer reaches. The
 * sender is answered first; a search or lookup meanwhile catches the index up itself
 * (DerivedIndexer.catchUp), which this bound keeps to a fraction of a second.
 * checkpointEveryMs: how often the Checkpointer folds the WAL back into the database file
 * (PASSIVE: never waits on readers or commits). Under a flood commits land during each one, so
 * the WAL is not rewritten from its start; past walRestartFrames the ingest connection copies the
 * rest itself, between two event-loop turns, and its next commit restarts the WAL.
 */
export interface WriterTiming {
  /** Longest time from a commit to the fdatasync that covers it starting. */
  syncWindowMs: number;
  /** Quiet time after commits before the derived-index pass runs; also its step interval. */
  derivedDelayMs: number;
  /** Rows per derived-index step. */
  derivedStepRows: number;
  /** Rows left unindexed under a flood before steps run between commits anyway. */
  derivedMaxLagRows: number;
  /** Least time between checkpoints. */
  checkpointEveryMs: number;
  /** WAL frames (pages) past which the ingest connection finishes a checkpoint itself, so the WAL restarts. */
  walRestartFrames: number;
}

/**
 * The most a power cut (not a crash: a commit survives that at once) can take from acknowledged
 * events: commits are synced to the disk this soon after they return (see wal-sync.ts).
 */
export const SYNC_WINDOW_MS = 100;

export const WRITER_TIMING: WriterTiming = {
  syncWindowMs: SYNC_WINDOW_MS,
  derivedDelayMs: 100,
  derivedStepRows: 4_000,
  derivedMaxLagRows: 50_000,
  checkpointEveryMs: 500,
  // 32 MiB of 4 KiB pages: a catch-up (~10-20 ms on the event loop) every few seconds of a flood.
  walRestartFrames: 8_192,
};

/**
 * A file database: ingest on a connection of its own, opened at the first batch (a core that
 * never ingests, like most CLI commands, holds none), with WAL syncs and checkpoints off the
 * event loop. In memory: the same batches on `db`.
 */
export function createBatchExecutor(db: Db, derived: DerivedPass, nativeBinding?: string, timing: WriterTiming = WRITER_TIMING): BatchExecutor {
  if (db.memory || db.name === '' || db.name === ':memory:') return new InlineExecutor({ connect: () => db, derived, timing, ownsDb: false });
  let connection: Db | null = null;
  const connect = (): Db => {
    connection = openConnection(db.name, nativeBinding);
    connection.pragma('synchronous = NORMAL');
    // Checkpoints run on the Checkpointer's thread, never inside a commit a sender is waiting on.
    connection.pragma('wal_autocheckpoint = 0');
    return connection;
  };
  return new InlineExecutor({
    connect,
    derived,
    timing,
    ownsDb: true,
    walSync: new WalSync(`${db.name}-wal`, timing.syncWindowMs, () => connection?.pragma('synchronous = FULL')),
    checkpointer: new Checkpointer(db.name, nativeBinding, timing.checkpointEveryMs),
  });
}

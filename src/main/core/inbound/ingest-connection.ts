import { openConnection, type Db } from '../db/database';
import type { Logger } from '../logger';
import { RateLimitedLog } from '../rate-limited-log';
import { Checkpointer, type CheckpointResult } from './checkpointer';
import { WalSync } from './wal-sync';
import type { WriteOp, WriteOutcome } from './write-op';

/**
 * How long a power-safe answer waits for its sync before the batch is refused (503: the sender
 * retries). Far above a healthy disk's flush; reached only when syncing has failed.
 */
const POWER_SAFE_WAIT_MS = 10_000;

/**
 * One step of the derived-index upkeep run after commits, over at most `limit` not yet indexed
 * rows: `count` (a query answering `n`) says how many it covers, then `ops` index them (skipped at 0).
 */
export interface DerivedStep {
  count: WriteOp;
  ops: WriteOp[];
}
export type DerivedPass = (limit: number) => DerivedStep;

type Statement = { run(...p: unknown[]): { changes: number; lastInsertRowid: number | bigint }; get(...p: unknown[]): unknown };

/**
 * The ingest upkeep's timing. Derived work (the lookup-key pass) waits until commits have paused
 * for derivedDelayMs, then covers every batch since in steps of derivedStepRows: keys inserted in
 * key order a burst at a time fill b-tree pages far more cheaply than each small batch's, and a step holds up the event loop (commits included), so it is kept short (~20 ms).
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

export interface IngestConnectionOptions {
  nativeBinding?: string;
  timing?: WriterTiming;
  /** Replaces a file database's checkpointer (tests: one whose thread cannot start). */
  checkpointer?: Checkpointer;
  /** Where failed upkeep (index steps, checkpoints) is reported, rate-limited; it is retried anyway. */
  log?: Logger;
}

/** The transaction body: runs each op, and its conflict lookup when it changed nothing. */
function runOps(prepare: (sql: string) => Statement, ops: WriteOp[]): (WriteOutcome | null)[] {
  const outcomes: (WriteOutcome | null)[] = [];
  for (const op of ops) {
    const r = prepare(op.sql).run(...op.params);
    if (r.changes === 0 && op.onConflict) {
      const row = prepare(op.onConflict.sql).get(...op.onConflict.paramIndexes.map((i) => op.params[i])) as
        Record<string, unknown> | undefined;
      const key = row === undefined ? undefined : Object.values(row)[0];
      outcomes.push(typeof key === 'number' ? { id: String(key), duplicate: true } : null);
    } else {
      outcomes.push(r.changes === 0 ? null : { id: String(r.lastInsertRowid), duplicate: false });
    }
  }
  return outcomes;
}

/**
 * Where inbound data is written: each batch (one event-loop turn's requests) is committed at once,
 * on the calling thread, in one transaction, so its answers go out in the same turn. For a file
 * database that is a connection of its own with synchronous=NORMAL, opened at the first batch (a
 * core that never ingests, like most CLI commands, holds none): a commit is a write() into the WAL,
 * a fraction of a millisecond. What is slow stays off this thread: WalSync's fdatasync runs on
 * libuv's pool, checkpoints on the Checkpointer's thread. The derived-index steps run here,
 * between turns (see WriterTiming). In memory: the same batches on the app's connection.
 * (A worker thread did the commits until Nov 2026: the round trip made every sender wait longer
 * than the commit itself.)
 */
export class IngestConnection {
  private readonly statements = new Map<string, Statement>();
  private connection: Db | null = null;
  private readonly timing: WriterTiming;
  private readonly step: DerivedStep;
  /** A file database's WAL syncs and checkpoints; none in memory. */
  private readonly walSync: WalSync | null = null;
  private readonly checkpointer: Checkpointer | null = null;
  private readonly faults: RateLimitedLog | null;
  private unindexed = 0;
  private lastCommitAt = 0;
  private upkeepTimer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(
    private readonly appDb: Db,
    derived: DerivedPass,
    private readonly options: IngestConnectionOptions = {},
  ) {
    this.timing = options.timing ?? WRITER_TIMING;
    this.step = derived(this.timing.derivedStepRows);
    this.faults = options.log ? new RateLimitedLog(options.log) : null;
    if (appDb.memory || appDb.name === '' || appDb.name === ':memory:') return;
    this.walSync = new WalSync(`${appDb.name}-wal`, this.timing.syncWindowMs, () => this.connection?.pragma('synchronous = FULL'));
    this.checkpointer = options.checkpointer ?? new Checkpointer(appDb.name, options.nativeBinding, this.timing.checkpointEveryMs);
    this.checkpointer.onResult = (result) => this.afterCheckpoint(result);
    this.checkpointer.onFailure = (error) => this.faults?.warn('a checkpoint failed on its thread; the next one tries again', error);
  }

  /**
   * Runs `ops` in one transaction and resolves with their outcomes once committed (power-safe:
   * and synced). `newRows` rows of it need derived-index upkeep, which runs later in its own
   * transactions without holding up that answer.
   */
  execute(ops: WriteOp[], newRows: number): Promise<(WriteOutcome | null)[]> {
    if (this.closed) return Promise.reject(new Error('the inbound writer is closed'));
    let outcomes: (WriteOutcome | null)[] = [];
    try {
      this.db.transaction(() => {
        outcomes = runOps(this.prepare, ops);
      })();
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    if (newRows > 0) this.afterNewRows(newRows);
    this.checkpointer?.due();
    const walSync = this.walSync;
    if (!walSync) return Promise.resolve(outcomes);
    const commit = walSync.committed(outcomes.some((o) => o !== null && !o.duplicate));
    if (!walSync.powerSafe) return Promise.resolve(outcomes);
    return walSync.whenSynced(commit, POWER_SAFE_WAIT_MS).then((onDisk) => {
      if (!onDisk) throw new Error('the disk did not confirm the write in time');
      return outcomes;
    });
  }

  /**
   * Resolves true once every batch committed so far is on the disk (its WAL sync finished), or
   * false if that has not happened within `timeoutMs`.
   */
  onDisk(timeoutMs: number): Promise<boolean> {
    return this.walSync ? this.walSync.onDisk(timeoutMs) : Promise.resolve(true);
  }

  /**
   * Power-safe: every commit is synced before it resolves, so an answered batch survives a power
   * cut too. Off (the default): commits survive a crash at once and reach the disk within
   * syncWindowMs. Applies from the next commit.
   */
  setPowerSafe(on: boolean): void {
    this.walSync?.setPowerSafe(on);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.upkeepTimer) clearTimeout(this.upkeepTimer);
    this.upkeepTimer = null;
    await this.walSync?.close();
    await this.checkpointer?.close();
    if (this.connection !== this.appDb) this.connection?.close();
    this.connection = null;
  }

  private get db(): Db {
    this.connection ??= this.open();
    return this.connection;
  }

  private open(): Db {
    if (!this.walSync) return this.appDb;
    const connection = openConnection(this.appDb.name, this.options.nativeBinding);
    connection.pragma('synchronous = NORMAL');
    // Checkpoints run on the Checkpointer's thread, never inside a commit a sender is waiting on.
    connection.pragma('wal_autocheckpoint = 0');
    return connection;
  }

  private readonly prepare = (sql: string): Statement => {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql) as unknown as Statement;
      this.statements.set(sql, s);
    }
    return s;
  };

  /**
   * The checkpoint thread copied what the WAL held when it began, while commits went on adding.
   * Once that has run to walRestartFrames, copy the rest here (a fraction of what the thread
   * copied, plus two fsyncs) with no commit in between, so the next commit rewrites the WAL from
   * its start instead of letting a flood grow it without bound. `null`: the thread could not run
   * at all, so this connection checkpoints instead (holding up commits, as before that thread).
   */
  private afterCheckpoint(result: CheckpointResult | null): void {
    if (this.closed || !this.connection) return;
    if (result !== null && result.log < this.timing.walRestartFrames) return;
    if (result === null) this.faults?.warn('the checkpoint thread could not start; the ingest connection checkpoints itself', 'no thread');
    try {
      this.connection.pragma('wal_checkpoint(PASSIVE)');
    } catch (error) {
      // E.g. another process held the database; the next checkpoint's result tries again.
      this.faults?.warn('the ingest connection could not checkpoint; the next checkpoint tries again', error);
    }
  }

  private afterNewRows(rows: number): void {
    this.unindexed += rows;
    this.lastCommitAt = Date.now();
    this.scheduleUpkeep(this.timing.derivedDelayMs);
  }

  private scheduleUpkeep(delayMs: number): void {
    if (this.upkeepTimer || this.closed) return;
    this.upkeepTimer = setTimeout(() => this.upkeep(), delayMs);
    this.upkeepTimer.unref();
  }

  /** Indexes once commits pause; under a flood, one step per interval once the lag bound is reached. */
  private upkeep(): void {
    this.upkeepTimer = null;
    const { derivedDelayMs, derivedMaxLagRows, derivedStepRows } = this.timing;
    const quiet = Date.now() - this.lastCommitAt >= derivedDelayMs;
    if (!quiet && this.unindexed < derivedMaxLagRows) return this.scheduleUpkeep(derivedDelayMs);
    let indexed = 0;
    try {
      this.db.transaction(() => {
        const { count, ops } = this.step;
        indexed = (this.prepare(count.sql).get(...count.params) as { n: number }).n;
        if (indexed > 0) for (const op of ops) this.prepare(op.sql).run(...op.params);
      })();
      this.walSync?.committed(indexed > 0);
    } catch (error) {
      // E.g. another process held the write lock: left to the next step or a catch-up.
      this.faults?.warn('a derived-index step failed; the next step or a search catches up', error);
    }
    this.unindexed = indexed < derivedStepRows ? 0 : Math.max(0, this.unindexed - indexed);
    // Caught up in steps, yielding between them so requests are answered meanwhile.
    if (this.unindexed > 0) this.scheduleUpkeep(quiet ? 0 : derivedDelayMs);
  }
}

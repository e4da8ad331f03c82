import type { Db } from '../db/database';
import type { Checkpointer, CheckpointResult } from './checkpoint-thread';
import { runBatch, type BatchExecutor, type DerivedPass, type Statement, type WriteOp, type WriteResult, type WriterTiming } from './durable-writer';
import type { WalSync } from './wal-sync';

/**
 * How long a power-safe answer waits for its sync before the batch is refused (503: the sender
 * retries). Far above a healthy disk's flush; reached only when syncing has failed.
 */
const POWER_SAFE_WAIT_MS = 10_000;

export interface InlineExecutorParts {
  /** Opens the connection batches commit on (synchronous=NORMAL for a file), at the first batch. */
  connect(): Db;
  derived: DerivedPass;
  timing: WriterTiming;
  /** Close the connection with the executor (it was opened for it). */
  ownsDb: boolean;
  /** A file's WAL syncs; none in memory. */
  walSync?: WalSync;
  checkpointer?: Checkpointer;
}

/**
 * Commits each batch at once, on the calling thread, in one transaction. The batch is one
 * event-loop turn's requests: their answers go out in the same turn, with no hop to another
 * thread and back (a worker thread did the commits until Nov 2026: the round trip made every
 * sender wait longer than the commit itself, and the hand-off cost ~4 us a request each side).
 * What is slow stays off this thread: WalSync's fdatasync runs on libuv's pool, checkpoints on
 * the Checkpointer's thread. The derived-index steps run here, between turns (see WriterTiming).
 */
export class InlineExecutor implements BatchExecutor {
  private readonly statements = new Map<string, Statement>();
  private connection: Db | null = null;
  private readonly step: WriteOp[];
  private unindexed = 0;
  private lastCommitAt = 0;
  private upkeepTimer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(private readonly parts: InlineExecutorParts) {
    this.step = parts.derived(parts.timing.derivedStepRows);
    if (parts.checkpointer) parts.checkpointer.onResult = (result) => this.afterCheckpoint(result);
  }

  execute(ops: WriteOp[], newRows: number): Promise<WriteResult[]> {
    if (this.closed) return Promise.reject(new Error('the inbound writer is closed'));
    let results: WriteResult[] = [];
    try {
      this.db.transaction(() => {
        results = runBatch(this.prepare, ops);
      })();
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    if (newRows > 0) this.afterNewRows(newRows);
    this.parts.checkpointer?.due();
    const walSync = this.parts.walSync;
    if (!walSync) return Promise.resolve(results);
    const commit = walSync.committed(results.some((r) => r > 0));
    if (!walSync.powerSafe) return Promise.resolve(results);
    return walSync.whenSynced(commit, POWER_SAFE_WAIT_MS).then((onDisk) => {
      if (!onDisk) throw new Error('the disk did not confirm the write in time');
      return results;
    });
  }

  onDisk(timeoutMs: number): Promise<boolean> {
    return this.parts.walSync ? this.parts.walSync.onDisk(timeoutMs) : Promise.resolve(true);
  }

  setPowerSafe(on: boolean): void {
    this.parts.walSync?.setPowerSafe(on);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.upkeepTimer) clearTimeout(this.upkeepTimer);
    this.upkeepTimer = null;
    await this.parts.walSync?.close();
    await this.parts.checkpointer?.close();
    if (this.parts.ownsDb) this.connection?.close();
    this.connection = null;
  }

  private get db(): Db {
    this.connection ??= this.parts.connect();
    return this.connection;
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
    if (result !== null && result.log < this.parts.timing.walRestartFrames) return;
    try {
      this.connection.pragma('wal_checkpoint(PASSIVE)');
    } catch {
      // Another process held the database; the next checkpoint's result tries again.
    }
  }

  private afterNewRows(rows: number): void {
    this.unindexed += rows;
    this.lastCommitAt = Date.now();
    this.scheduleUpkeep(this.parts.timing.derivedDelayMs);
  }

  private scheduleUpkeep(delayMs: number): void {
    if (this.upkeepTimer || this.closed) return;
    this.upkeepTimer = setTimeout(() => this.upkeep(), delayMs);
    this.upkeepTimer.unref();
  }

  /** Indexes once commits pause; under a flood, one step per interval once the lag bound is reached. */
  private upkeep(): void {
    this.upkeepTimer = null;
    const { derivedDelayMs, derivedMaxLagRows, derivedStepRows } = this.parts.timing;
    const quiet = Date.now() - this.lastCommitAt >= derivedDelayMs;
    if (!quiet && this.unindexed < derivedMaxLagRows) return this.scheduleUpkeep(derivedDelayMs);
    let indexed = 0;
    try {
      this.db.transaction(() => {
        this.step.forEach((op, i) => {
          const changes = this.prepare(op.sql).run(...op.params).changes;
          if (i === 0) indexed = changes;
        });
      })();
      this.parts.walSync?.committed(indexed > 0);
    } catch {
      // E.g. another process held the write lock: left to the next step or a catch-up.
    }
    this.unindexed = indexed < derivedStepRows ? 0 : Math.max(0, this.unindexed - indexed);
    // Caught up in steps, yielding between them so requests are answered meanwhile.
    if (this.unindexed > 0) this.scheduleUpkeep(quiet ? 0 : derivedDelayMs);
  }
}

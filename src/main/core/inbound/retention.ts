import { RetentionPolicy, type RetentionState } from '../../../shared/inbound/retention';
import { REJECTED_LOG_MAX_ROWS, RETENTION_DEFAULT_DAYS, RETENTION_DEFAULT_SIZE_MB } from '../../../shared/limits/inbound';
import type { Db } from '../db/database';
import type { SettingsRepo } from '../db/settings-repo';
import type { Logger } from '../logger';
import type { IngestConnection } from './ingest-connection';

// Retention: events and rejected requests would otherwise grow forever. A pass deletes, oldest
// first, events and rejected requests past the age limit, rejected requests past the newest
// REJECTED_LOG_MAX_ROWS, and events while the database uses more than the size limit. It picks
// each step's rows with a read on the app's connection and deletes them through the ingest
// executor, between event-loop turns and only while no batch is waiting, in small steps: a step
// holds the event loop a few milliseconds, like a derived-index step. The delete trigger of
// inbound_events (migration 012) removes the rows' raw-body full-text and lookup-key entries in the
// same transaction, so searches and lookups never find a pruned event.

const SETTING = 'inboundRetention';
const DAY_MS = 86_400_000;

export interface RetentionTiming {
  /** Delay from start to the first pass (start-up is not slowed by it). */
  firstRunMs: number;
  /**
   * Time between passes. One with nothing to delete is a few index lookups (~1-2 ms), and a flood
   * of refused requests can only outgrow the rejected log's cap for this long.
   */
  everyMs: number;
  /** Events deleted per step (each also deletes its index entries: ~20-40 us a row here, so a step holds the loop ~5-10 ms). */
  eventStepRows: number;
  /** Rejected requests deleted per step (plain rows). */
  rejectedStepRows: number;
  /** Pause between steps, and how often a step waiting for ingest to go idle looks again. */
  stepGapMs: number;
  /** Bytes of a "MiB" of the size limit; tests scale it down. */
  bytesPerMb: number;
  /** Rejected requests kept (newest). */
  rejectedMax: number;
}

export const RETENTION_TIMING: RetentionTiming = {
  firstRunMs: 15_000,
  everyMs: 10_000,
  eventStepRows: 250,
  rejectedStepRows: 2_000,
  stepGapMs: 20,
  bytesPerMb: 1024 * 1024,
  rejectedMax: REJECTED_LOG_MAX_ROWS,
};

export const DEFAULT_RETENTION: RetentionPolicy = { maxAgeDays: RETENTION_DEFAULT_DAYS, maxSizeMb: RETENTION_DEFAULT_SIZE_MB };

export interface PruneResult {
  events: number;
  rejected: number;
}

export interface RetentionDeps {
  db: Db;
  /** Where deletes run: the ingest connection, between turns. */
  executor: Pick<IngestConnection, 'execute'>;
  settings: SettingsRepo;
  log: Logger;
  /** True while ingest has batches queued or in flight: a step waits for them. */
  busy(): boolean;
}

const DELETE_EVENTS = 'DELETE FROM inbound_events WHERE seq IN (SELECT value FROM json_each(?))';
const DELETE_REJECTED = 'DELETE FROM inbound_rejected WHERE seq IN (SELECT value FROM json_each(?))';

export class Retention {
  private policy: RetentionPolicy;
  private timer: NodeJS.Timeout | null = null;
  private pass: Promise<PruneResult> | null = null;
  /** Passes run on a timer between start() and stop(). */
  private started = false;
  /** stop() was called: a pass in progress ends after its current step. */
  private closed = false;
  private lastPrune: RetentionState['lastPrune'] = null;
  private readonly reads;

  constructor(
    private readonly deps: RetentionDeps,
    private readonly timing: RetentionTiming = RETENTION_TIMING,
  ) {
    const stored = RetentionPolicy.safeParse(deps.settings.get(SETTING));
    this.policy = stored.success ? stored.data : DEFAULT_RETENTION;
    const pluck = (sql: string) => deps.db.prepare(sql).pluck();
    this.reads = {
      oldEvents: pluck('SELECT seq FROM inbound_events WHERE received_at < ? ORDER BY received_at LIMIT ?'),
      oldestEvents: pluck('SELECT seq FROM inbound_events ORDER BY seq LIMIT ?'),
      // Among the oldest rows only (no index on received_at here; it grows with seq), so a log
      // with nothing old is not scanned to its end.
      oldRejected: pluck('SELECT seq FROM (SELECT seq, received_at FROM inbound_rejected ORDER BY seq LIMIT ?) WHERE received_at < ?'),
      rejectedBoundary: pluck('SELECT seq FROM inbound_rejected ORDER BY seq DESC LIMIT 1 OFFSET ?'),
      rejectedUpTo: pluck('SELECT seq FROM inbound_rejected WHERE seq <= ? ORDER BY seq LIMIT ?'),
    };
  }

  state(): RetentionState {
    return { ...this.policy, rejectedMax: this.timing.rejectedMax, usedBytes: this.usedBytes(), lastPrune: this.lastPrune };
  }

  /** Saves the policy; a pass applies it soon after (in the background). */
  set(policy: RetentionPolicy): RetentionState {
    this.policy = policy;
    this.deps.settings.set(SETTING, policy);
    if (this.started) this.schedule(0);
    return this.state();
  }

  start(): void {
    this.started = true;
    this.closed = false;
    this.schedule(this.timing.firstRunMs);
  }

  async stop(): Promise<void> {
    this.started = false;
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.pass?.catch(() => undefined);
  }

  /** One pass now (or the one already running). Resolves with what it deleted. */
  prune(): Promise<PruneResult> {
    this.pass ??= this.runPass().finally(() => {
      this.pass = null;
    });
    return this.pass;
  }

  private schedule(delayMs: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.prune()
        .catch((error: unknown) =>
          this.deps.log.error('pruning old inbound data failed; it is tried again later', { error: (error as Error).message }),
        )
        .finally(() => {
          if (this.started && !this.timer) this.schedule(this.timing.everyMs);
        });
    }, delayMs);
    this.timer.unref();
  }

  private usedBytes(): number {
    const { db } = this.deps;
    const pages = (db.pragma('page_count', { simple: true }) as number) - (db.pragma('freelist_count', { simple: true }) as number);
    return pages * (db.pragma('page_size', { simple: true }) as number);
  }

  private async runPass(): Promise<PruneResult> {
    const result: PruneResult = { events: 0, rejected: 0 };
    const { maxAgeDays, maxSizeMb } = this.policy;
    const { eventStepRows, rejectedStepRows, rejectedMax, bytesPerMb } = this.timing;
    if (maxAgeDays > 0) {
      const cutoff = Date.now() - maxAgeDays * DAY_MS;
      result.events += await this.steps(DELETE_EVENTS, () => this.reads.oldEvents.all(cutoff, eventStepRows) as number[]);
      result.rejected += await this.steps(DELETE_REJECTED, () => this.reads.oldRejected.all(rejectedStepRows, cutoff) as number[]);
    }
    const boundary = this.reads.rejectedBoundary.get(rejectedMax) as number | undefined;
    if (boundary !== undefined) {
      result.rejected += await this.steps(DELETE_REJECTED, () => this.reads.rejectedUpTo.all(boundary, rejectedStepRows) as number[]);
    }
    if (maxSizeMb > 0) {
      const limit = maxSizeMb * bytesPerMb;
      result.events += await this.steps(DELETE_EVENTS, () =>
        this.usedBytes() > limit ? (this.reads.oldestEvents.all(eventStepRows) as number[]) : [],
      );
    }
    if (result.events > 0 || result.rejected > 0) {
      this.lastPrune = { at: Date.now(), ...result };
      this.deps.log.info('pruned old inbound data', { ...result, maxAgeDays, maxSizeMb });
    }
    return result;
  }

  /** Deletes the rows `pick` names, step by step, until it names none (or the retention stops). */
  private async steps(sql: string, pick: () => number[]): Promise<number> {
    let deleted = 0;
    while (!this.closed) {
      await this.idle();
      if (this.closed) break;
      const seqs = pick();
      if (seqs.length === 0) break;
      await this.deps.executor.execute([{ sql, params: [JSON.stringify(seqs)] }], 0);
      deleted += seqs.length;
      await sleep(this.timing.stepGapMs);
    }
    return deleted;
  }

  /** Waits until ingest has nothing queued or in flight: webhook answers go first. */
  private async idle(): Promise<void> {
    while (this.deps.busy() && !this.closed) await sleep(this.timing.stepGapMs);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

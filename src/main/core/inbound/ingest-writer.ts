import { randomUUID } from 'node:crypto';
import type { InboundEventRow, InboundVia, NormalizedEvent, RejectedRequest } from '../../../shared/inbound/event';
import type { EventBus } from '../event-bus';
import type { Logger } from '../logger';
import type { InboundEventRepo, NewEvent } from './event-repo';
import type { IngestConnection } from './ingest-connection';
import { withoutSecretFields } from './raw-secrets';
import type { RejectedRepo } from './rejected-repo';
import type { WriteOutcome } from './write-op';

export interface IngestInput {
  normalized: NormalizedEvent;
  raw: string;
  headers: Record<string, string>;
  via: InboundVia;
  pollSourceId?: string | null;
}

export interface IngestResult {
  id: string;
  duplicate: boolean;
}

type Job =
  | { type: 'event'; input: IngestInput; resolve: (r: IngestResult) => void; reject: (e: unknown) => void }
  | { type: 'rejected'; record: RejectedRequest; resolve: () => void; reject: (e: unknown) => void };

/**
 * The one write path for inbound data (listener, poller, replay). Writes are grouped: everything
 * queued in one event-loop turn goes into one transaction, committed at the end of that turn, and
 * each job's promise settles only after ITS batch committed, i.e. is in the WAL (power-safe: and
 * the WAL was synced). Callers acknowledge the sender only then, so an acknowledged event survives
 * a crash at once, and a power cut once the WAL sync (at most SYNC_WINDOW_MS later) has run.
 * New rows go out as one `inbound:received` event per batch.
 */
export class IngestWriter {
  private queue: Job[] = [];
  private scheduled = false;
  private readonly inFlight = new Set<Promise<void>>();
  private closed = false;
  private storedListener: ((first: number, last: number) => void) | null = null;

  constructor(
    private readonly connection: IngestConnection,
    private readonly events: InboundEventRepo,
    private readonly rejected: RejectedRepo,
    private readonly bus: EventBus,
    private readonly log: Logger,
  ) {}

  ingest(input: IngestInput): Promise<IngestResult> {
    return new Promise((resolve, reject) => this.enqueue({ type: 'event', input, resolve, reject }));
  }

  reject(record: Omit<RejectedRequest, 'id' | 'receivedAt'>): Promise<void> {
    const bodyPreview = withoutSecretFields(record.bodyPreview);
    const full: RejectedRequest = { ...record, bodyPreview, id: randomUUID(), receivedAt: Date.now() };
    return new Promise((resolve, reject) => this.enqueue({ type: 'rejected', record: full, resolve, reject }));
  }

  /** Batches queued or not yet settled (power-safe: waiting for their sync): rows may be committed but not yet settled. */
  get pending(): boolean {
    return this.inFlight.size > 0 || this.queue.length > 0;
  }

  /** Told the seq range of each batch's new rows after it committed (ForeignRows keeps them apart). */
  onStored(listener: (first: number, last: number) => void): void {
    this.storedListener = listener;
  }

  /** True once everything acknowledged so far is on the disk, not only past a crash (see IngestConnection.onDisk). */
  onDisk(timeoutMs: number): Promise<boolean> {
    return this.connection.onDisk(timeoutMs);
  }

  /** See IngestConnection.setPowerSafe: whether an answered event has also been fsynced. */
  setPowerSafe(on: boolean): void {
    this.connection.setPowerSafe(on);
  }

  /** Commits everything queued, then stops taking writes and closes the ingest connection (after a last WAL sync). */
  async close(): Promise<void> {
    this.closed = true;
    while (this.inFlight.size > 0 || this.queue.length > 0) {
      if (this.queue.length > 0) this.startBatch();
      else await Promise.race(this.inFlight);
    }
    await this.connection.close();
  }

  private enqueue(job: Job): void {
    if (this.closed) {
      job.reject(new Error('Relaydesk is shutting down; the event was not stored.'));
      return;
    }
    this.queue.push(job);
    if (!this.scheduled) this.schedule();
  }

  private schedule(): void {
    this.scheduled = true;
    // Let this event-loop turn's other requests join the batch.
    setImmediate(() => {
      this.scheduled = false;
      this.startBatch();
    });
  }

  private startBatch(): void {
    const jobs = this.queue;
    this.queue = [];
    if (jobs.length === 0) return;
    const receivedAt = Date.now();
    const newEvents: (NewEvent | null)[] = jobs.map((job) =>
      job.type === 'event'
        ? {
            normalized: job.input.normalized,
            receivedAt,
            via: job.input.via,
            pollSourceId: job.input.pollSourceId ?? null,
            raw: job.input.raw,
            headers: job.input.headers,
          }
        : null,
    );
    const ops = jobs.map((job, i) => (job.type === 'event' ? this.events.insertOp(newEvents[i]!) : this.rejected.insertOp(job.record)));
    const batch: Promise<void> = this.connection
      .execute(
        ops,
        jobs.reduce((n, j) => (j.type === 'event' ? n + 1 : n), 0),
      )
      .then(
        (results) => this.settle(jobs, newEvents, results),
        (error: unknown) => {
          for (const job of jobs) job.reject(error);
        },
      )
      .finally(() => this.inFlight.delete(batch));
    this.inFlight.add(batch);
  }

  private settle(jobs: Job[], newEvents: (NewEvent | null)[], results: (WriteOutcome | null)[]): void {
    const stored: InboundEventRow[] = [];
    const rejected: RejectedRequest[] = [];
    const wantRows = this.bus.hasSubscribers;
    let first = 0;
    let last = 0;
    jobs.forEach((job, i) => {
      if (job.type === 'rejected') {
        rejected.push(job.record);
        job.resolve();
        return;
      }
      try {
        const outcome = this.events.outcome(results[i]);
        if (!outcome.duplicate) {
          // A batch's new rows (all in one transaction) have consecutive seqs.
          last = Number(outcome.id);
          first ||= last;
        }
        // The feed row is only built for someone to receive it (not under `relaydesk listen`).
        if (!outcome.duplicate && wantRows) stored.push(this.events.rowOf(newEvents[i]!, outcome.id));
        job.resolve(outcome);
      } catch (error) {
        job.reject(error);
      }
    });
    // Everything is stored and answered by now: a failure to tell the console (a payload the
    // contract refuses, a bridge that throws) is logged, never thrown into the listener process.
    this.announce('stored rows', () => first > 0 && this.storedListener?.(first, last));
    this.announce('inbound:received', () => stored.length > 0 && this.bus.emit('inbound:received', { events: stored }));
    this.announce('inbound:rejected', () => rejected.length > 0 && this.bus.emit('inbound:rejected', { rejected }));
  }

  private announce(what: string, tell: () => unknown): void {
    try {
      tell();
    } catch (error) {
      this.log.error('could not announce new inbound data; a reload of the feed shows it', { what, error: (error as Error).message });
    }
  }
}

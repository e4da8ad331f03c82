import { randomUUID } from 'node:crypto';
import type { InboundEventRow, InboundVia, NormalizedEvent, RejectedRequest } from '../../../shared/inbound/event';
import type { Db } from '../db/database';
import type { EventBus } from '../event-bus';
import type { InboundEventRepo } from './event-repo';
import type { RejectedRepo } from './rejected-repo';

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
 * The one write path for inbound data (listener, poller, replay). Writes are grouped: every job
 * submitted in one event-loop turn is committed in ONE transaction (synchronous=FULL, so one
 * fsync for the whole group), and each job's promise settles only after that commit. A caller
 * acknowledges the sender only then, so an acknowledged event is on disk; batching keeps
 * throughput high without giving that up. New rows go out as one `inbound:received` event per
 * commit.
 */
export class IngestWriter {
  private queue: Job[] = [];
  private scheduled = false;
  private closed = false;

  constructor(
    private readonly db: Db,
    private readonly events: InboundEventRepo,
    private readonly rejected: RejectedRepo,
    private readonly bus: EventBus,
    private readonly onStored?: (rows: InboundEventRow[]) => void,
  ) {}

  ingest(input: IngestInput): Promise<IngestResult> {
    return new Promise((resolve, reject) => this.enqueue({ type: 'event', input, resolve, reject }));
  }

  reject(record: Omit<RejectedRequest, 'id' | 'receivedAt'>): Promise<void> {
    const full: RejectedRequest = { ...record, id: randomUUID(), receivedAt: Date.now() };
    return new Promise((resolve, reject) => this.enqueue({ type: 'rejected', record: full, resolve, reject }));
  }

  /** Commits whatever is queued now (used before closing). */
  flush(): void {
    const jobs = this.queue;
    this.queue = [];
    this.scheduled = false;
    if (jobs.length === 0) return;
    const results: (IngestResult | undefined)[] = [];
    const stored: InboundEventRow[] = [];
    const rejected: RejectedRequest[] = [];
    try {
      this.db.transaction(() => {
        const receivedAt = Date.now();
        for (const job of jobs) {
          if (job.type === 'rejected') {
            this.rejected.insert(job.record);
            rejected.push(job.record);
            results.push(undefined);
            continue;
          }
          const outcome = this.events.insert({
            id: randomUUID(),
            normalized: job.input.normalized,
            receivedAt,
            via: job.input.via,
            pollSourceId: job.input.pollSourceId ?? null,
            raw: job.input.raw,
            headers: job.input.headers,
          });
          if (outcome.duplicate) {
            results.push({ id: outcome.id, duplicate: true });
          } else {
            stored.push(outcome.row);
            results.push({ id: outcome.row.id, duplicate: false });
          }
        }
      })();
    } catch (error) {
      for (const job of jobs) job.reject(error);
      return;
    }
    jobs.forEach((job, i) => {
      if (job.type === 'event') job.resolve(results[i]!);
      else job.resolve();
    });
    if (stored.length > 0) {
      this.onStored?.(stored);
      this.bus.emit('inbound:received', { events: stored });
    }
    if (rejected.length > 0) this.bus.emit('inbound:rejected', { rejected });
  }

  close(): void {
    this.flush();
    this.closed = true;
  }

  private enqueue(job: Job): void {
    if (this.closed) {
      job.reject(new Error('Relaydesk is shutting down; the event was not stored.'));
      return;
    }
    this.queue.push(job);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
  }
}

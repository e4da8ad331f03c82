import type { JobProgress, RequestState } from '../../../shared/contract/outbound';
import type { CoreContext } from '../area';
import type { JobRepo, JobRow } from './job-repo';
import { computeProgress } from './progress';
import type { RequestRepo, RequestRow } from './request-repo';

/** Progress events per job at most this often (the last one always goes). */
const PROGRESS_EVERY_MS = 200;

/**
 * A send job's progress as the console and `relaydesk send` see it: `outbound:updated` for each
 * request that changed, `outbound:progress` for its job (throttled, the final one always sent),
 * the job finished once nothing is left to send, and promises for whoever waits for that.
 */
export class JobProgressReporter {
  private readonly firstSendAt = new Map<string, number>();
  private readonly lastProgressAt = new Map<string, number>();
  private readonly pending = new Map<string, NodeJS.Timeout>();
  private readonly waiters = new Map<string, ((p: JobProgress) => void)[]>();

  constructor(
    private readonly ctx: CoreContext,
    private readonly jobs: JobRepo,
    private readonly requests: RequestRepo,
    /** Whether the worker currently finds the API unreachable (shown in the progress). */
    private readonly offline: () => boolean,
  ) {}

  progress(job: JobRow): JobProgress {
    return computeProgress(job, this.requests.countsForJob(job.id), this.offline(), this.firstSendAt.get(job.id), Date.now());
  }

  /** A request of the job changed state (or, without a row, something else about the job did). */
  changed(row: Pick<RequestRow, 'id' | 'job_id' | 'state'> | undefined, jobId = row?.job_id): void {
    if (!jobId || !this.ctx.db.open) return;
    if (row) {
      if (row.state === 'sending' && !this.firstSendAt.has(jobId)) this.firstSendAt.set(jobId, Date.now());
      this.ctx.events.emit('outbound:updated', { id: row.id, jobId, state: row.state as RequestState });
    }
    this.emit(jobId, false);
  }

  /** Sends the job's progress now, throttling aside (a new or resumed job). */
  now(jobId: string): void {
    this.emit(jobId, true);
  }

  /** Resolves when the job has nothing left to send (done or cancelled). */
  whenFinished(job: JobRow): Promise<JobProgress> {
    const progress = this.progress(job);
    if (progress.state === 'done' || progress.state === 'cancelled') return Promise.resolve(progress);
    return new Promise((resolve) => {
      const list = this.waiters.get(job.id) ?? [];
      list.push(resolve);
      this.waiters.set(job.id, list);
    });
  }

  stop(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
  }

  private emit(jobId: string, force: boolean): void {
    if (!this.ctx.db.open) return;
    const job = this.jobs.get(jobId);
    if (!job) return;
    const counts = this.requests.countsForJob(jobId);
    const open = counts.some((c) => c.state === 'queued' || c.state === 'sending');
    if (!open && job.state === 'running') {
      const cancelled = counts.some((c) => c.state === 'cancelled');
      this.jobs.finish(jobId, cancelled ? 'cancelled' : 'done', Date.now());
    }
    const last = this.lastProgressAt.get(jobId) ?? 0;
    const now = Date.now();
    if (!force && open && now - last < PROGRESS_EVERY_MS) {
      if (!this.pending.has(jobId)) {
        const timer = setTimeout(
          () => {
            this.pending.delete(jobId);
            this.emit(jobId, true);
          },
          PROGRESS_EVERY_MS - (now - last),
        );
        timer.unref();
        this.pending.set(jobId, timer);
      }
      return;
    }
    this.lastProgressAt.set(jobId, now);
    const progress = this.progress(this.jobs.get(jobId)!);
    this.ctx.events.emit('outbound:progress', progress);
    if (progress.state === 'done' || progress.state === 'cancelled') {
      for (const resolve of this.waiters.get(jobId) ?? []) resolve(progress);
      this.waiters.delete(jobId);
      this.firstSendAt.delete(jobId);
      this.lastProgressAt.delete(jobId);
    }
  }
}

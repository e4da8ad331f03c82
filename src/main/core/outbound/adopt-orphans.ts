import type { CoreContext } from '../area';
import type { AttemptRepo } from './attempt-repo';
import type { JobProgressReporter } from './job-progress';
import type { JobRepo } from './job-repo';
import { ownerAlive } from './owner';
import type { RequestRepo } from './request-repo';

export interface OrphanDeps {
  ctx: Pick<CoreContext, 'db' | 'log'>;
  jobs: JobRepo;
  requests: RequestRepo;
  attempts: AttemptRepo;
  reporter: JobProgressReporter;
  /** This process's owner id: its jobs are never orphans. */
  owner: string;
}

const INTERRUPTED =
  'Relaydesk stopped while this request was on the wire, so it may or may not have arrived. It is not sent again on its own: check its receipts, then re-send or settle it.';

/**
 * Takes over running jobs whose process is gone. A request it left in 'sending' may or may not
 * have reached the API, so it becomes 'unknown' (never re-sent on its own); queued ones go on.
 * Returns how many jobs were taken over.
 */
export function adoptOrphans(deps: OrphanDeps): number {
  const { ctx, jobs, requests, attempts, reporter, owner } = deps;
  let adopted = 0;
  const now = Date.now();
  for (const job of jobs.running()) {
    if (ownerAlive(job.owner, owner)) continue;
    const stale = ctx.db.transaction(() => {
      const inFlight = requests.inFlight(job.id);
      for (const row of inFlight) {
        attempts.markUnknown(row.id, now);
        requests.settle(row.id, 'unknown', { code: 'interrupted', description: INTERRUPTED }, now);
      }
      jobs.setOwner(job.id, owner);
      return inFlight;
    })();
    adopted++;
    ctx.log.warn('outbox: took over a job of a stopped process', { job: job.id, interrupted: stale.length });
    for (const row of stale) reporter.changed({ ...row, state: 'unknown' });
    reporter.changed(undefined, job.id);
  }
  return adopted;
}

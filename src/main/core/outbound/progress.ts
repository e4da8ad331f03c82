import type { JobProgress } from '../../../shared/contract/outbound';
import type { JobRow } from './job-repo';
import type { StateCount } from './request-repo';

/** Progress of a job from its per-state counts: what the progress bar and the CLI show. */
export function computeProgress(
  job: JobRow,
  counts: StateCount[],
  offline: boolean,
  firstSendAt: number | undefined,
  now: number,
): JobProgress {
  const by = (state: StateCount['state']) => counts.find((c) => c.state === state)?.destinations ?? 0;
  const sent = by('accepted');
  const failed = by('failed') + by('unknown') + by('cancelled');
  const remaining = by('queued') + by('sending');
  // Paced sends go out a second's worth at once, so counting from the first send alone would read
  // far above the TPS at the start; one extra second in the divisor keeps the estimate honest.
  const elapsed = firstSendAt === undefined ? 0 : (now - firstSendAt) / 1000 + 1;
  const ratePerSecond = elapsed > 0 ? (sent + failed - by('cancelled')) / elapsed : 0;
  const etaSeconds = remaining === 0 ? 0 : ratePerSecond > 0 ? remaining / ratePerSecond : null;
  const state: JobProgress['state'] = job.state === 'cancelled' ? 'cancelled' : remaining === 0 ? 'done' : offline ? 'offline' : 'running';
  return {
    jobId: job.id,
    sent,
    failed,
    remaining,
    ratePerSecond: Math.round(ratePerSecond * 10) / 10,
    etaSeconds: etaSeconds === null ? null : Math.ceil(etaSeconds),
    state,
  };
}

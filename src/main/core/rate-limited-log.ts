import { describeError, type Logger } from './logger';

/**
 * For failures on hot paths that are retried anyway (a derived-index step, a checkpoint): the
 * first of each kind is logged, then at most one line per `everyMs` saying how many came since, so
 * a failure that repeats thousands of times neither floods the log nor goes unseen.
 */
export class RateLimitedLog {
  private readonly seen = new Map<string, { at: number; since: number }>();

  constructor(
    private readonly log: Logger,
    private readonly everyMs = 60_000,
  ) {}

  warn(message: string, error: unknown): void {
    const now = Date.now();
    const last = this.seen.get(message);
    if (last && now - last.at < this.everyMs) {
      last.since++;
      return;
    }
    this.seen.set(message, { at: now, since: 0 });
    this.log.warn(message, last ? { ...describeError(error), alsoSinceLastLine: last.since } : describeError(error));
  }
}

/**
 * Keeps destinations per second within the account's TPS over any sliding one-second window,
 * which is how the API counts (seed 001: "TPS ... 10 you can send messages to up to 10
 * destinations at once"). A token bucket would allow a double burst across a window edge.
 */
export interface PacedSend {
  at: number;
  readonly count: number;
}

export class DestinationPacer {
  private sent: PacedSend[] = [];

  constructor(
    readonly perSecond: number,
    private readonly windowMs = 1000,
  ) {}

  private prune(now: number): void {
    if (this.sent.some((entry) => entry.at + this.windowMs <= now)) {
      this.sent = this.sent.filter((entry) => entry.at + this.windowMs > now);
    }
  }

  /** Milliseconds to wait before `count` destinations may go at `now`; 0 means now. */
  delayFor(count: number, now: number): number {
    if (!Number.isFinite(this.perSecond)) return 0;
    this.prune(now);
    // A request larger than the TPS (the profile's TPS lowered after queueing) goes alone.
    const allowed = Math.max(this.perSecond, count);
    const inWindow = this.sent.reduce((sum, entry) => sum + entry.count, 0);
    let excess = inWindow + count - allowed;
    if (excess <= 0) return 0;
    for (const entry of [...this.sent].sort((a, b) => a.at - b.at)) {
      excess -= entry.count;
      if (excess <= 0) return Math.max(1, entry.at + this.windowMs - now);
    }
    return this.windowMs;
  }

  /** Counts `count` destinations as sent at `now`; the handle lets `answered` move that time later. */
  record(count: number, now: number): PacedSend {
    const entry: PacedSend = { at: now, count };
    if (!Number.isFinite(this.perSecond)) return entry;
    this.prune(now);
    this.sent.push(entry);
    return entry;
  }

  /**
   * The server counted the request somewhere between our send and its answer; counting it at the
   * answer is the safe end, so a slow or jittery network never squeezes two requests into its second.
   */
  answered(entry: PacedSend, now: number): void {
    if (now > entry.at) entry.at = now;
  }
}

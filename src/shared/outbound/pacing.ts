/**
 * Keeps destinations per second within the account's TPS over any sliding one-second window,
 * which is how the API counts (seed 001: "TPS ... 10 you can send messages to up to 10
 * destinations at once"). A token bucket would allow a double burst across a window edge.
 */
export class DestinationPacer {
  private readonly sent: { at: number; count: number }[] = [];
  private inWindow = 0;

  constructor(
    readonly perSecond: number,
    private readonly windowMs = 1000,
  ) {}

  private prune(now: number): void {
    while (this.sent.length > 0 && this.sent[0]!.at + this.windowMs <= now) {
      this.inWindow -= this.sent.shift()!.count;
    }
  }

  /** Milliseconds to wait before `count` destinations may go at `now`; 0 means now. */
  delayFor(count: number, now: number): number {
    if (!Number.isFinite(this.perSecond)) return 0;
    this.prune(now);
    // A request larger than the TPS (the profile's TPS lowered after queueing) goes alone.
    const allowed = Math.max(this.perSecond, count);
    let excess = this.inWindow + count - allowed;
    if (excess <= 0) return 0;
    for (const entry of this.sent) {
      excess -= entry.count;
      if (excess <= 0) return Math.max(1, entry.at + this.windowMs - now);
    }
    return this.windowMs;
  }

  record(count: number, now: number): void {
    if (!Number.isFinite(this.perSecond)) return;
    this.prune(now);
    this.sent.push({ at: now, count });
    this.inWindow += count;
  }
}

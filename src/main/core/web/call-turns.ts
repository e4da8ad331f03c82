// Calls from the browser and webhooks share one thread, and a read (a page of the feed over a
// million events) runs on it without a break. ws hands over every message of a socket read in
// one go, so 2,000 calls sent at once ran back to back and held a webhook's 200 for seconds. Here
// each call starts in a turn of its own: between two calls Node polls for I/O, so the listener
// reads, commits and answers while a flood of reads goes on, each waiting at most one call.

/** Calls waiting past this, across all sockets, pause the socket that sends more until half have run. */
export const MAX_WAITING_CALLS = 1_000;

export class CallTurns {
  private readonly waiting: (() => void)[] = [];
  private scheduled = false;
  private readonly paused = new Set<{ resume(): void }>();

  /** Runs `call` in a later turn of the event loop, one call per turn, first come first served. */
  take(call: () => void, sender: { pause(): void; resume(): void }): void {
    this.waiting.push(call);
    if (this.waiting.length > MAX_WAITING_CALLS && !this.paused.has(sender)) {
      sender.pause();
      this.paused.add(sender);
    }
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled || this.waiting.length === 0) return;
    this.scheduled = true;
    // An immediate queued from inside an immediate runs in the next loop iteration, after the
    // poll phase: that is what lets I/O in between.
    setImmediate(() => {
      this.scheduled = false;
      this.waiting.shift()!();
      if (this.paused.size > 0 && this.waiting.length <= MAX_WAITING_CALLS / 2) {
        for (const sender of this.paused) sender.resume();
        this.paused.clear();
      }
      this.schedule();
    });
  }
}

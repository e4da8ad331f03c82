import { describe, expect, it } from 'vitest';
import { CallTurns, MAX_WAITING_CALLS } from '../../src/main/core/web/call-turns';

describe('browser-mode calls, one per event-loop turn', () => {
  it('runs calls in order with the loop free between them, and pauses a socket that floods', async () => {
    const turns = new CallTurns();
    const sender = {
      pauses: 0,
      resumes: 0,
      pause() {
        this.pauses += 1;
      },
      resume() {
        this.resumes += 1;
      },
    };
    const ran: number[] = [];
    const total = MAX_WAITING_CALLS + 500;
    let allRan!: () => void;
    const done = new Promise<void>((resolve) => (allRan = resolve));
    for (let i = 0; i < total; i++) {
      turns.take(() => {
        ran.push(i);
        if (i === total - 1) allRan();
      }, sender);
    }
    expect(sender.pauses).toBe(1);
    // Work queued behind the flood (as a webhook's commit and answer are) runs after one call of
    // it, not after all of them.
    const ranBeforeOthers = await new Promise<number>((resolve) => setImmediate(() => resolve(ran.length)));
    expect(ranBeforeOthers).toBe(1);
    await done;
    expect(ran).toEqual(Array.from({ length: total }, (_, i) => i));
    expect(sender.resumes).toBe(1);
  });
});

import { describe, expect, it, vi } from 'vitest';

// The send store against a stand-in for the outbox: one send action is one confirmation and one
// send id, however often it is pressed, and a confirm retried after a lost answer reuses the id.

const sends: { sendId?: string }[] = [];
let validations = 0;
let failNextSend = false;

vi.mock('../../../src/renderer/src/api', () => ({
  api: {
    'outbound:validate': async () => {
      validations += 1;
      return { api: 'v2', errors: [], blockers: [], batches: { count: 1, destinations: 1, maxPerRequest: 10, estimatedSeconds: 0 } };
    },
    'outbound:send': async (input: { sendId?: string }) => {
      sends.push(input);
      if (failNextSend) {
        failNextSend = false;
        throw new Error('the connection dropped');
      }
      return { jobId: 'job-1', requestCount: 1, destinations: 1 };
    },
    'outbound:jobs': async () => [],
    on: () => () => undefined,
  },
}));

const { useSendStore } = await import('../../../src/renderer/src/features/compose/send-store');
const store = () => useSendStore.getState();
const body = { channel: 'sms', to: [{ msisdn: ['447700900001'] }], content: { type: 'text', text: 'Hi' } };

describe('compose send store: single flight', () => {
  it('opens one confirmation for two presses and queues one send for two confirms', async () => {
    await Promise.all([
      store().requestSend('draft-1', 'sandbox', body, undefined),
      store().requestSend('draft-1', 'sandbox', body, undefined),
    ]);
    expect(validations).toBe(1);
    expect(store().phase).toBe('confirming');
    await Promise.all([store().confirm(), store().confirm()]);
    expect(sends).toHaveLength(1);
    expect(sends[0]!.sendId).toMatch(/^[A-Za-z0-9_-]{8,100}$/);
    expect(store().phase).toBe('idle');
  });

  it('a confirm retried after a failed answer sends the same id again; a new action makes a new id', async () => {
    sends.length = 0;
    await store().requestSend('draft-2', 'sandbox', body, undefined);
    failNextSend = true;
    await store().confirm();
    expect(store().phase).toBe('confirming');
    expect(store().error).toContain('the connection dropped');
    await store().confirm();
    expect(sends).toHaveLength(2);
    expect(sends[1]!.sendId).toBe(sends[0]!.sendId);

    await store().requestSend('draft-3', 'sandbox', body, undefined);
    await store().confirm();
    expect(sends[2]!.sendId).not.toBe(sends[0]!.sendId);
  });
});

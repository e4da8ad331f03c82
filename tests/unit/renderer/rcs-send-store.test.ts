import { describe, expect, it, vi } from 'vitest';

// The RCS designer's test send against a stand-in for the outbox: a second press while the first
// is on its way queues nothing, and a press again after a lost answer reuses the send id (the
// outbox then queues the request once).

const sends: { sendId?: string }[] = [];
let failNextSend = false;

vi.mock('../../../src/renderer/src/api', () => ({
  api: {
    'outbound:send': async (input: { sendId?: string }) => {
      sends.push(input);
      await new Promise((resolve) => setTimeout(resolve, 10));
      if (failNextSend) {
        failNextSend = false;
        throw new Error('the connection dropped');
      }
      return { jobId: 'job-1', requestCount: 1, destinations: 1 };
    },
    on: () => () => undefined,
  },
}));

const { useSendStore } = await import('../../../src/renderer/src/features/rcs-designer/send-store');
const store = () => useSendStore.getState();
const body = { channel: 'rcs', from: 'app', to: [{ msisdn: ['447700900001'] }], content: { type: 'text', text: 'Hi' } };

describe('RCS designer send store: one press, one send', () => {
  it('queues one send for two presses while the first is on its way', async () => {
    sends.length = 0;
    await Promise.all([store().send(body), store().send(body)]);
    expect(sends).toHaveLength(1);
    expect(sends[0]!.sendId).toMatch(/^c[0-9a-f]{32}$/);
    expect(store().receipt?.jobId).toBe('job-1');
  });

  it('reuses the send id when the same request is sent again after a lost answer, and not after a receipt', async () => {
    sends.length = 0;
    failNextSend = true;
    await store().send(body);
    expect(store().error).toContain('the connection dropped');
    await store().send(body);
    await store().send(body);
    expect(sends).toHaveLength(3);
    expect(sends[1]!.sendId).toBe(sends[0]!.sendId);
    expect(sends[2]!.sendId).not.toBe(sends[0]!.sendId);
  });
});

import { describe, expect, it } from 'vitest';
import { countDestinations } from '../../src/shared/api/destinations';
import { estimateSeconds, maxPerRequest, splitIntoBatches } from '../../src/shared/outbound/batching';
import { DestinationPacer } from '../../src/shared/outbound/pacing';
import { backoffMs, decide, MAX_ATTEMPTS, RETRY_CAP_MS } from '../../src/shared/outbound/retry';
import { interpretV1Response, interpretV2Response } from '../../src/shared/api/responses';

const msisdn = (i: number) => `4479${String(i).padStart(8, '0')}`;

function personalV2(count: number) {
  return {
    channel: 'sms',
    from: 'RELAY',
    content: { type: 'text', text: 'Hi $(name), code $(code)' },
    substitutions: { code: 'GLOBAL' },
    to: Array.from({ length: count }, (_, i) => ({ msisdn: [msisdn(i)], correlationId: `c${i}`, substitutions: { name: `N${i}` } })),
  };
}

describe('batching', () => {
  it('caps each request at 1000 destinations even with a huge TPS', () => {
    const body = personalV2(2500);
    const batches = splitIntoBatches('v2', body, maxPerRequest(100_000, 1000));
    expect(batches.map((b) => b.destinations)).toEqual([1000, 1000, 500]);
    expect(batches.map((b) => countDestinations('v2', b.body))).toEqual([1000, 1000, 500]);
  });

  it('caps each request at the TPS when it is below 1000 (TPS counts destinations)', () => {
    expect(maxPerRequest(10, 1000)).toBe(10);
    const batches = splitIntoBatches('v2', personalV2(35), maxPerRequest(10, 1000));
    expect(batches.map((b) => b.destinations)).toEqual([10, 10, 10, 5]);
  });

  it('keeps every personal group whole with its substitutions and correlationId, and copies the rest', () => {
    const body = personalV2(25);
    const batches = splitIntoBatches('v2', body, 10);
    const groups = batches.flatMap((b) => b.body.to as { msisdn: string[]; correlationId: string; substitutions: { name: string } }[]);
    expect(groups).toHaveLength(25);
    groups.forEach((g, i) => {
      expect(g).toEqual({ msisdn: [msisdn(i)], correlationId: `c${i}`, substitutions: { name: `N${i}` } });
    });
    for (const b of batches) {
      expect(b.body.content).toEqual(body.content);
      expect(b.body.substitutions).toEqual({ code: 'GLOBAL' });
      expect(b.body.from).toBe('RELAY');
    }
  });

  it('splits one large group into pieces that each keep its substitutions and correlationId', () => {
    const body = {
      channel: 'sms',
      from: 'X',
      content: { type: 'text', text: 'Hi $(name)' },
      to: [
        { msisdn: [msisdn(0), msisdn(1), msisdn(2)], correlationId: 'small' },
        { msisdn: Array.from({ length: 12 }, (_, i) => msisdn(100 + i)), correlationId: 'big', substitutions: { name: 'Team' } },
      ],
    };
    const batches = splitIntoBatches('v2', body, 5);
    expect(batches.map((b) => b.destinations)).toEqual([5, 5, 5]);
    const pieces = batches.flatMap((b) => b.body.to as { msisdn: string[]; correlationId: string; substitutions?: unknown }[]);
    const big = pieces.filter((p) => p.correlationId === 'big');
    expect(big.flatMap((p) => p.msisdn)).toEqual(body.to[1]!.msisdn);
    for (const piece of big) expect(piece.substitutions).toEqual({ name: 'Team' });
    expect(pieces.filter((p) => p.correlationId === 'small').flatMap((p) => p.msisdn)).toEqual(body.to[0]!.msisdn);
  });

  it("splits v1 destination arrays of every id kind, keeping each entry's correlationid", () => {
    const body = {
      deliverychannel: 'sms',
      correlationid: 'whole-request',
      channels: { sms: { text: 'hello', type: '1' } },
      destination: [
        { msisdn: Array.from({ length: 1500 }, (_, i) => msisdn(i)), correlationid: 'bulk' },
        { customerid: ['cust-1', 'cust-2'], correlationid: 'vip' },
      ],
    };
    const batches = splitIntoBatches('v1', body, 1000);
    expect(batches.map((b) => b.destinations)).toEqual([1000, 502]);
    const second = batches[1]!.body.destination as Record<string, unknown>[];
    expect(second).toEqual([
      { msisdn: body.destination[0]!.msisdn!.slice(1000), correlationid: 'bulk' },
      { customerid: ['cust-1', 'cust-2'], correlationid: 'vip' },
    ]);
    expect(batches[1]!.body.correlationid).toBe('whole-request');
    expect(batches[0]!.body.channels).toEqual(body.channels);
  });

  it('leaves a body within the cap as one request', () => {
    const body = personalV2(3);
    const batches = splitIntoBatches('v2', body, 1000);
    expect(batches).toHaveLength(1);
    expect(batches[0]!.body).toEqual(body);
  });

  it('estimates the time at the TPS (the first second sends at once)', () => {
    expect(estimateSeconds(10, 10)).toBe(0);
    expect(estimateSeconds(35, 10)).toBe(3);
    expect(estimateSeconds(100_000, 1000)).toBe(99);
  });
});

describe('pacing', () => {
  it('keeps destinations in any one-second window within the TPS', () => {
    const pacer = new DestinationPacer(10);
    let now = 0;
    const sentAt: { at: number; n: number }[] = [];
    for (const n of [10, 4, 6, 10, 3, 7, 10]) {
      const wait = pacer.delayFor(n, now);
      now += wait;
      expect(pacer.delayFor(n, now)).toBe(0);
      pacer.record(n, now);
      sentAt.push({ at: now, n });
    }
    for (const start of sentAt) {
      const inWindow = sentAt.filter((s) => s.at >= start.at && s.at < start.at + 1000).reduce((sum, s) => sum + s.n, 0);
      expect(inWindow).toBeLessThanOrEqual(10);
    }
    // 50 destinations at 10/s: the last batch goes after at least 4 seconds.
    expect(now).toBeGreaterThanOrEqual(4000);
  });

  it('does not wait when under the TPS and waits exactly until room frees up', () => {
    const pacer = new DestinationPacer(10);
    expect(pacer.delayFor(6, 0)).toBe(0);
    pacer.record(6, 0);
    expect(pacer.delayFor(4, 100)).toBe(0);
    pacer.record(4, 100);
    expect(pacer.delayFor(5, 200)).toBe(800);
    expect(pacer.delayFor(5, 1000)).toBe(0);
  });
});

describe('pacing from the answer', () => {
  it('counts a send from its answer, so a slow round trip cannot squeeze two requests into one server second', () => {
    const pacer = new DestinationPacer(10);
    const first = pacer.record(10, 0);
    // The answer came 400 ms later: the server may have counted it as late as that.
    pacer.answered(first, 400);
    expect(pacer.delayFor(10, 1000)).toBe(400);
    expect(pacer.delayFor(10, 1400)).toBe(0);
  });
});

describe('retry and backoff', () => {
  it('grows exponentially with jitter and stays under the cap', () => {
    const low = () => 0;
    const high = () => 1;
    expect(backoffMs(1, low)).toBe(500);
    expect(backoffMs(1, high)).toBe(1000);
    expect(backoffMs(3, high)).toBe(4000);
    expect(backoffMs(30, high)).toBe(RETRY_CAP_MS);
    const samples = new Set(Array.from({ length: 20 }, () => backoffMs(4)));
    expect(samples.size).toBeGreaterThan(1);
  });

  it('retries TPS-exceeded (7020) and server errors, not authentication or bad requests', () => {
    expect(decide(interpretV1Response(200, { response: { code: '7020', description: 'TPS exceeded' } }), 1)).toBe('retry');
    expect(decide(interpretV2Response(503, null), 1)).toBe('retry');
    expect(decide(interpretV2Response(429, null), 1)).toBe('retry');
    expect(decide(interpretV2Response(401, null), 1)).toBe('failed');
    expect(decide(interpretV1Response(200, { response: { code: '7001' } }), 1)).toBe('failed');
    expect(decide(interpretV2Response(400, { code: 1002, message: 'bad' }), 1)).toBe('failed');
    expect(decide(interpretV2Response(202, { messageId: 'm1', status: 'queued' }), 1)).toBe('accepted');
    expect(decide(interpretV1Response(200, { response: [{ code: '1001', transid: 't1' }] }), 1)).toBe('accepted');
  });

  it('gives up on a retryable answer after the last attempt', () => {
    const busy = interpretV1Response(200, { response: { code: '7020' } });
    expect(decide(busy, MAX_ATTEMPTS - 1)).toBe('retry');
    expect(decide(busy, MAX_ATTEMPTS)).toBe('failed');
  });
});

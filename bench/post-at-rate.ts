import { Agent, request } from 'node:http';

/**
 * Posts `rate` SMS MO webhooks a second for `seconds` to `${listenerUrl}/webhooks` (keep-alive),
 * tid `${prefix}-N`, calling `onSent(n)` as each goes out. Resolves with how many were answered
 * 200 once every request is answered.
 */
export async function postAtRate(
  listenerUrl: string,
  prefix: string,
  rate: number,
  seconds: number,
  onSent: (n: number) => void,
): Promise<number> {
  const agent = new Agent({ keepAlive: true, maxSockets: 32 });
  const total = rate * seconds;
  const inflight: Promise<void>[] = [];
  let acked = 0;
  const start = performance.now();
  let sent = 0;
  while (sent < total) {
    const due = Math.min(total, Math.floor(((performance.now() - start) / 1000) * rate));
    for (; sent < due; sent++) {
      const body = JSON.stringify({
        channel: 'SMS',
        oa: '441157070619',
        da: '918886661353',
        message: `${prefix} ${sent}`,
        tid: `${prefix}-${sent}`,
      });
      onSent(sent);
      inflight.push(
        new Promise<void>((resolve) => {
          const req = request(
            `${listenerUrl}/webhooks`,
            { method: 'POST', agent, headers: { 'content-type': 'application/json' } },
            (res) => {
              if (res.statusCode === 200) acked++;
              res.resume();
              res.on('end', () => resolve());
            },
          );
          req.on('error', () => resolve());
          req.end(body);
        }),
      );
    }
    await new Promise((r) => setTimeout(r, 1));
  }
  await Promise.all(inflight);
  agent.destroy();
  return acked;
}

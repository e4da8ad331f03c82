// One phase of the outbound benchmark, in its own process so CPU and peak memory are its own:
//   sandbox            the sandbox (TPS unlimited), prints its URL and runs until killed
//   baseline URL       plain keep-alive HTTP POSTs of the pre-built request bodies
//   relaydesk URL      the real path: validate, split, persist, send through the outbox worker
import { request, Agent } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../src/main/core';
import { createOutboundArea } from '../src/main/core/outbound/area';
import { createProfilesArea } from '../src/main/core/profiles/area';
import { startSandbox } from '../src/main/core/sandbox/server';
import { splitIntoBatches } from '../src/shared/outbound/batching';

export const RECIPIENTS = Number(process.env.BENCH_RECIPIENTS ?? 100_000);
/** Requests on the wire at once, for both the baseline and the outbox worker. */
export const CONCURRENCY = 4;

function body(): Record<string, unknown> {
  return {
    channel: 'sms',
    from: 'RELAYDESK',
    content: { type: 'text', text: 'Hi $(name), your code is $(code).' },
    to: Array.from({ length: RECIPIENTS }, (_, i) => ({
      msisdn: [`4479${String(i).padStart(8, '0')}`],
      correlationId: `bench-${i}`,
      substitutions: { name: `Person ${i}`, code: String(100000 + i) },
    })),
  };
}

function result(fields: Record<string, unknown>): void {
  const cpu = process.cpuUsage();
  const usage = process.resourceUsage();
  process.stdout.write(
    `RESULT ${JSON.stringify({ ...fields, cpuSeconds: (cpu.user + cpu.system) / 1e6, peakRssMb: usage.maxRSS / 1024 })}\n`,
  );
}

async function baseline(url: string): Promise<void> {
  const payloads = splitIntoBatches('v2', body(), 1000).map((b) => JSON.stringify(b.body));
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const target = new URL('/v2/messages', url);
  const post = (payload: string) =>
    new Promise<number>((resolve, reject) => {
      const req = request(
        target,
        {
          method: 'POST',
          agent,
          headers: { key: 'sandbox-key', 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  let next = 0;
  let accepted = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < payloads.length) {
        const status = await post(payloads[next++]!);
        if (status >= 200 && status < 300) accepted++;
      }
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  agent.destroy();
  result({
    phase: 'baseline',
    requests: payloads.length,
    accepted,
    recipients: RECIPIENTS,
    seconds,
    phaseCpuSeconds: (cpu.user + cpu.system) / 1e6,
  });
}

async function relaydesk(url: string): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'relaydesk-bench-'));
  try {
    const core = await createCore({ dataDir, startServices: false, logger: { info() {}, warn() {}, error() {} } });
    core.context.status.setService('sandbox', { running: true, url, error: null });
    const profiles = createProfilesArea(core.context).service;
    const outbound = createOutboundArea(
      core.context,
      { profiles, inbound: { findRelated: () => [], receiptLinks: () => [], rows: () => [] } },
      { tpsOverride: Number.POSITIVE_INFINITY, concurrency: CONCURRENCY },
    );
    const input = body();
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    const receipt = outbound.service.send({ profileId: 'sandbox', body: input });
    const queuedAt = performance.now();
    const final = await outbound.service.waitForJob(receipt.jobId);
    const seconds = (performance.now() - start) / 1000;
    const cpu = process.cpuUsage(cpuStart);
    await outbound.stop!();
    await core.close();
    result({
      phase: 'relaydesk',
      requests: receipt.requestCount,
      accepted: final.sent === RECIPIENTS ? receipt.requestCount : Math.round(final.sent / 1000),
      recipients: RECIPIENTS,
      seconds,
      queueSeconds: (queuedAt - start) / 1000,
      phaseCpuSeconds: (cpu.user + cpu.system) / 1e6,
    });
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const [phase, url] = process.argv.slice(2);
if (phase === 'sandbox') {
  const sandbox = await startSandbox({ port: 0, receiptDelayMs: 3_600_000 });
  process.stdout.write(`URL ${sandbox.url}\n`);
} else if (phase === 'baseline' && url) {
  await baseline(url);
  process.exit(0);
} else if (phase === 'relaydesk' && url) {
  await relaydesk(url);
  process.exit(0);
} else {
  console.error('usage: outbound-phase sandbox | baseline URL | relaydesk URL');
  process.exit(2);
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, type Core } from '../src/main/core';
import { createInboundArea } from '../src/main/core/inbound/area';
import { DerivedIndexer, lookupKey } from '../src/main/core/inbound/derived-index';
import type { Logger } from '../src/main/core/logger';
import { createOutboundArea } from '../src/main/core/outbound/area';
import type { OutboxService } from '../src/main/core/outbound/service';
import { createProfilesArea } from '../src/main/core/profiles/area';
import { startSandbox } from '../src/main/core/sandbox/server';
import { storeEvents } from './stored-events';

// Does History stay usable after a big send has all its receipts in? One send to RECIPIENTS
// numbers through the real outbox and the built-in sandbox, then ~2.2 receipts a recipient (all
// submitted, 90% delivered, 10% failed, a fifth read) stored through the inbound repo. Timed
// through the calls History makes (the outbound service behind `outbound:sends` and
// `outbound:recipients`): the sends list, "Failed only", and the first page of the send's failed
// recipients. The baseline, in the same run, is the least any linker must do: one
// SQL read of the receipts' linking columns through the same lookup keys.

const RECIPIENTS = Number(process.env.BENCH_RECIPIENTS ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
/** The sends list may take this many times the bare read of the receipts it must judge. */
const TARGET_RATIO = 0.2;

const quiet: Logger = { info: () => {}, warn: () => {}, error: () => {} };
const line = (text: string) => process.stdout.write(text + '\n');
const row = (fields: Record<string, unknown>) => line(`BENCH_ROW ${JSON.stringify(fields)}`);

const numberOf = (i: number) => `4479${String(i).padStart(8, '0')}`;

/** One send through the real outbox to the built-in sandbox, at full speed (no TPS pacing). */
async function send(outbound: OutboxService): Promise<string> {
  const body = {
    channel: 'sms',
    from: 'RELAYDESK',
    content: { type: 'text', text: 'Your parcel is on its way.' },
    to: Array.from({ length: RECIPIENTS }, (_, i) => ({ msisdn: [numberOf(i)] })),
  };
  const receipt = outbound.send({ profileId: 'sandbox', body });
  await outbound.waitForJob(receipt.jobId);
  return receipt.jobId;
}

/** The receipts the vendor would post: each request's messageId, per destination. */
function storeReceipts(core: Core): { messageIds: string[]; receipts: number } {
  const db = core.context.db;
  const requests = db.prepare('SELECT message_ids, addresses FROM outbound_requests').all() as { message_ids: string; addresses: string }[];
  const perDestination: { messageId: string; address: string }[] = [];
  for (const request of requests) {
    const messageId = (JSON.parse(request.message_ids) as string[])[0]!;
    for (const address of JSON.parse(request.addresses) as string[]) perDestination.push({ messageId, address });
  }
  const bodies: Record<string, unknown>[] = [];
  const receipt = (messageId: string, address: string, deliveryStatus: string, code: string) => ({
    deliveryInfoNotification: {
      messageId,
      transid: messageId,
      correlationid: '',
      callbackData: '',
      deliveryInfo: { destination: address, deliveryStatus, deliveryChannel: 'SMS', code, Description: deliveryStatus },
    },
  });
  perDestination.forEach(({ messageId, address }, i) => {
    bodies.push(receipt(messageId, address, 'Submitted', '7501'));
    bodies.push(i % 10 === 0 ? receipt(messageId, address, 'Failed', '7203') : receipt(messageId, address, 'Delivered', '7500'));
    if (i % 5 === 1) bodies.push(receipt(messageId, address, 'Read', '7502'));
  });
  storeEvents(db, bodies.length, 0, (n) => bodies[n]!);
  new DerivedIndexer(db).catchUp();
  return { messageIds: [...new Set(perDestination.map((d) => d.messageId))], receipts: bodies.length };
}

function baselineRead(core: Core, messageIds: readonly string[]): number {
  const keys = messageIds.flatMap((id) => [lookupKey.transid(id), lookupKey.messageId(id)]);
  const statement = core.context.db.prepare(
    `SELECT seq, kind, to_addr, transid, message_id, correlation_id, callback_data, delivery_status FROM inbound_events
     WHERE seq IN (SELECT seq FROM inbound_event_keys WHERE key IN (${keys.map(() => '?').join(', ')}))`,
  );
  return statement.all(...keys).length;
}

async function timed<T>(work: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const dataDir = mkdtempSync(join(tmpdir(), 'relaydesk-history-bench-'));
let ok = false;
try {
  const sandbox = await startSandbox({ port: 0, receiptDelayMs: 3_600_000 });
  const core = await createCore({ dataDir, startServices: false, logger: quiet });
  core.context.status.setService('sandbox', { running: true, url: sandbox.url, error: null });
  const profiles = createProfilesArea(core.context).service;
  const inbound = createInboundArea(core.context).service;
  const outboundArea = createOutboundArea(core.context, { profiles, inbound }, { tpsOverride: Number.POSITIVE_INFINITY });
  const outbound = outboundArea.service;
  const sent = await timed(() => send(outbound));
  const stored = await timed(() => storeReceipts(core));
  line(
    `sent ${RECIPIENTS} recipients in ${(sent.ms / 1000).toFixed(1)} s; stored ${stored.value.receipts} receipts in ${(stored.ms / 1000).toFixed(1)} s`,
  );
  const results: Record<string, number[]> = { baseline: [], sends: [], failedOnly: [], failedPage: [] };
  let counts: unknown;
  for (let round = 0; round < ROUNDS; round++) {
    const base = await timed(() => baselineRead(core, stored.value.messageIds));
    results.baseline!.push(base.ms);
    const list = await timed(() => outbound.sends({ failedOnly: false, offset: 0, limit: 50 }));
    results.sends!.push(list.ms);
    counts = list.value.items[0]?.delivery;
    results.failedOnly!.push((await timed(() => outbound.sends({ failedOnly: true, offset: 0, limit: 50 }))).ms);
    const page = await timed(() => outbound.recipients({ jobId: sent.value, failedOnly: true, offset: 0, limit: 200 }));
    results.failedPage!.push(page.ms);
    line(
      `round ${round + 1}: baseline ${base.ms.toFixed(0)} ms (${base.value} rows), sends ${list.ms.toFixed(0)} ms, failed only ${results.failedOnly!.at(-1)!.toFixed(0)} ms, failed page ${page.ms.toFixed(0)} ms`,
    );
  }
  line(`counts of the send: ${JSON.stringify(counts)}`);
  const baseline = median(results.baseline!);
  ok = true;
  for (const metric of ['sends', 'failedOnly', 'failedPage'] as const) {
    const ours = median(results[metric]!);
    const ratio = baseline / ours;
    const pass = ratio >= TARGET_RATIO;
    ok &&= pass;
    row({
      bench: 'history',
      metric: `${metric} ms (median)`,
      ours: Math.round(ours),
      baseline: Math.round(baseline),
      ratio: Number(ratio.toFixed(2)),
      target: TARGET_RATIO,
      ok: pass,
    });
  }
  await outboundArea.stop!();
  await core.close();
  await sandbox.close();
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
process.exit(ok ? 0 : 1);

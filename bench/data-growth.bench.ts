import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, type Core } from '../src/main/core';
import { DATABASE_FILE_NAME } from '../src/main/core/db/database';
import { DerivedIndexer } from '../src/main/core/inbound/derived-index';
import { RawBodyIndexer } from '../src/main/core/inbound/raw-index';
import type { Logger } from '../src/main/core/logger';
import { storeEvents } from './stored-events';

// Does Relaydesk stay as quick with a million stored webhook events as with none? Measured in
// the same run against an empty data directory: the start of a core with its services (what
// `relaydesk serve` does before it prints its URL), the feed's first page and a search through
// `inbound:query` (the console's calls, through the same dispatch as both bridges), and the bytes
// each stored event costs on the disk. The events go in through the repo's own insert, in large
// transactions, then the search index is caught up, as the listener would have done meanwhile.

const EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const STARTS = Number(process.env.BENCH_STARTS ?? 5);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 60);
const START_TARGET = 1.5;
const SEARCH_P95_TARGET_MS = 100;
const FILL_BATCH = 50_000;

const quiet: Logger = { info: () => {}, warn: () => {}, error: () => {} };
const line = (text: string) => process.stdout.write(text + '\n');
const row = (fields: Record<string, unknown>) => line(`BENCH_ROW ${JSON.stringify(fields)}`);

const WORDS = ['order', 'refund', 'delivery', 'hello', 'stop', 'invoice', 'tracking', 'thanks', 'urgent', 'cancel'];

async function fill(dataDir: string, count: number): Promise<void> {
  const core = await createCore({ dataDir, startServices: false, logger: quiet });
  const db = core.context.db;
  db.pragma('synchronous = OFF');
  const started = Date.now();
  const base = Date.now() - count * 1000;
  const bodyOf = (n: number) => ({
    userId: '9009',
    channel: 'SMS',
    oa: `4477009${String(n % 100_000).padStart(5, '0')}`,
    da: '918886661353',
    message: `${WORDS[n % WORDS.length]} number ${n} ${WORDS[(n * 7) % WORDS.length]} please`,
    tid: `bench-${n}`,
    datetime: new Date(base + n * 1000).toISOString(),
  });
  for (let done = 0; done < count; done += FILL_BATCH) {
    storeEvents(db, Math.min(FILL_BATCH, count - done), done, bodyOf, (n) => base + n * 1000);
    db.pragma('wal_checkpoint(TRUNCATE)');
  }
  const inserted = Date.now();
  new DerivedIndexer(db).catchUp();
  // The listener's core indexes raw bodies for search once ingest is idle (raw-index.ts).
  new RawBodyIndexer(db).catchUp();
  db.pragma('wal_checkpoint(TRUNCATE)');
  line(
    `filled ${count} events in ${((inserted - started) / 1000).toFixed(1)} s, indexed for search in ${((Date.now() - inserted) / 1000).toFixed(1)} s`,
  );
  await core.close();
}

/** Milliseconds from nothing to a started core (listener and sandbox up), as `relaydesk serve` starts. */
async function timeStart(dataDir: string): Promise<number> {
  const started = performance.now();
  const core = await createCore({ dataDir, startServices: true, listenPort: 0, sandboxPort: 0, logger: quiet });
  const ms = performance.now() - started;
  await core.close();
  return ms;
}

const builtCli = join(import.meta.dirname, '..', 'out', 'main', 'cli.js');

/** Milliseconds for `relaydesk inbound --limit 50` as a process of its own (the built CLI), start to exit. */
function timeCliRun(dataDir: string): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, [builtCli, 'inbound', '--limit', '50', '--data-dir', dataDir], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (run.status !== 0) throw new Error(`relaydesk inbound failed: ${run.stderr}`);
  return performance.now() - started;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function timeCalls(core: Core, input: () => unknown): Promise<{ p50: number; p95: number }> {
  const times: number[] = [];
  for (let i = 0; i < QUERIES; i++) {
    const started = performance.now();
    const reply = await core.dispatch('inbound:query', input() as never);
    times.push(performance.now() - started);
    if (!reply.ok) throw new Error(`inbound:query failed: ${reply.error.message}`);
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

async function queries(dataDir: string) {
  const core = await createCore({ dataDir, startServices: false, logger: quiet });
  try {
    // The first call pays for statement preparation; it is what the console's first paint waits for.
    const firstStarted = performance.now();
    await core.dispatch('inbound:query', { limit: 100 } as never);
    const first = performance.now() - firstStarted;
    const page = await timeCalls(core, () => ({ limit: 100 }));
    let i = 0;
    const search = await timeCalls(core, () => ({ limit: 100, filters: { search: WORDS[i++ % WORDS.length] } }));
    const rare = await timeCalls(core, () => ({ limit: 100, filters: { search: `bench-${(i++ * 7919) % Math.max(1, EVENTS)}` } }));
    return { first, page, search, rare };
  } finally {
    await core.close();
  }
}

function bytesOnDisk(dataDir: string): number {
  const file = join(dataDir, DATABASE_FILE_NAME);
  let total = 0;
  for (const f of [file, `${file}-wal`]) {
    try {
      total += statSync(f).size;
    } catch {
      // No WAL after a clean close.
    }
  }
  return total;
}

const median = (values: number[]) => percentile(values, 50);
const ms = (n: number) => Number(n.toFixed(1));

const emptyDir = mkdtempSync(join(tmpdir(), 'relaydesk-bench-empty-'));
const fullDir = mkdtempSync(join(tmpdir(), 'relaydesk-bench-full-'));
let ok = true;
try {
  await fill(emptyDir, 0);
  const emptyBytes = bytesOnDisk(emptyDir);
  await fill(fullDir, EVENTS);
  const fullBytes = bytesOnDisk(fullDir);

  // One start of each first, unmeasured: the first pays for compiling the code, not for the data.
  await timeStart(emptyDir);
  await timeStart(fullDir);
  // Alternating, so a drift in the machine's speed hits both alike.
  const starts = { empty: [] as number[], full: [] as number[] };
  for (let i = 0; i < STARTS; i++) {
    starts.empty.push(await timeStart(emptyDir));
    starts.full.push(await timeStart(fullDir));
  }
  const cliRuns = { empty: [] as number[], full: [] as number[] };
  if (existsSync(builtCli)) {
    for (let i = 0; i < 3; i++) {
      cliRuns.empty.push(timeCliRun(emptyDir));
      cliRuns.full.push(timeCliRun(fullDir));
    }
  }
  // After a crash (no clean shutdown on record) the whole file is checked before start.
  rmSync(join(fullDir, `${DATABASE_FILE_NAME}-open.json`));
  const afterCrash = await timeStart(fullDir);

  const empty = await queries(emptyDir);
  const full = await queries(fullDir);

  const startRatio = median(starts.full) / median(starts.empty);
  const perEvent = EVENTS > 0 ? (fullBytes - emptyBytes) / EVENTS : 0;
  line(`events stored                  ${EVENTS}`);
  line(`core start in process, median  ${ms(median(starts.full))} ms vs ${ms(median(starts.empty))} ms empty (services up)`);
  line(`start after a crash (full check) ${ms(afterCrash)} ms`);
  if (cliRuns.full.length > 0) {
    line(
      `relaydesk inbound --limit 50   ${ms(median(cliRuns.full))} ms vs ${ms(median(cliRuns.empty))} ms empty: ${(median(cliRuns.full) / median(cliRuns.empty)).toFixed(2)}x (target <= ${START_TARGET}x; a process of its own, built CLI)`,
    );
  } else {
    line('relaydesk inbound --limit 50   not measured: the CLI is not built (npm run build)');
  }
  line(`first inbound:query            ${ms(full.first)} ms vs ${ms(empty.first)} ms empty`);
  line(`inbound:query page of 100      p50 ${ms(full.page.p50)} ms, p95 ${ms(full.page.p95)} ms (empty: p95 ${ms(empty.page.p95)} ms)`);
  line(
    `search, common word            p50 ${ms(full.search.p50)} ms, p95 ${ms(full.search.p95)} ms (empty: p95 ${ms(empty.search.p95)} ms; target p95 < ${SEARCH_P95_TARGET_MS} ms)`,
  );
  line(`search, one vendor id          p50 ${ms(full.rare.p50)} ms, p95 ${ms(full.rare.p95)} ms (empty: p95 ${ms(empty.rare.p95)} ms)`);
  line(`database on disk               ${(fullBytes / 1e6).toFixed(0)} MB, ${perEvent.toFixed(0)} bytes per event`);

  // The start-up target is the measurement: a process of its own from start to exit
  // (2.7 s against 0.33 s at 1.2 million events before). The core's start inside a warm process
  // is a few milliseconds either way, where a ratio reads noise as growth: reported, not judged,
  // unless the CLI is not built.
  const cliMeasured = cliRuns.full.length > 0;
  const cliRatio = cliMeasured ? median(cliRuns.full) / median(cliRuns.empty) : startRatio;
  const startOk = cliRatio <= START_TARGET;
  const searchOk = full.search.p95 < SEARCH_P95_TARGET_MS && full.rare.p95 < SEARCH_P95_TARGET_MS;
  ok = startOk && searchOk;
  // The runner's table reads "ratio >= target"; here smaller is better, so the ratio is empty/full.
  const target = Number((1 / START_TARGET).toFixed(2));
  const bench = `data growth (${EVENTS} events)`;
  const coreStart = { bench, metric: 'core start ms (in process)', ours: ms(median(starts.full)), baseline: ms(median(starts.empty)) };
  if (cliMeasured) {
    row({
      bench,
      metric: 'CLI inbound --limit 50 ms',
      ours: ms(median(cliRuns.full)),
      baseline: ms(median(cliRuns.empty)),
      ratio: Number((1 / cliRatio).toFixed(2)),
      target,
      ok: startOk,
    });
    row(coreStart);
  } else {
    // Without the built CLI the in-process start is the only start-up measurement, so it is judged.
    row({ ...coreStart, ratio: Number((1 / startRatio).toFixed(2)), target, ok: startOk });
  }
  row({ bench, metric: 'start after crash ms', ours: ms(afterCrash), baseline: ms(median(starts.empty)) });
  row({
    bench,
    metric: 'inbound:query p95 ms',
    ours: ms(full.page.p95),
    baseline: ms(empty.page.p95),
    ratio: Number((empty.page.p95 / full.page.p95).toFixed(2)),
  });
  row({
    bench,
    metric: 'search p95 ms (< 100)',
    ours: ms(Math.max(full.search.p95, full.rare.p95)),
    baseline: ms(Math.max(empty.search.p95, empty.rare.p95)),
    ok: searchOk,
  });
  row({ bench, metric: 'DB bytes per event', ours: Math.round(perEvent) });
} finally {
  rmSync(emptyDir, { recursive: true, force: true });
  rmSync(fullDir, { recursive: true, force: true });
}
process.exit(ok ? 0 : 1);

import { describe, expect, it, vi } from 'vitest';
import { DerivedIndexer } from '../../src/main/core/inbound/derived-index';
import { IngestConnection } from '../../src/main/core/inbound/ingest-connection';
import { RawBodyIndexer } from '../../src/main/core/inbound/raw-index';
import { Retention, RETENTION_TIMING } from '../../src/main/core/inbound/retention';
import { inboundCalls } from '../../src/shared/contract/inbound';
import { REJECTED_LOG_MAX_ROWS } from '../../src/shared/limits/inbound';
import { postJson, startInboundCore } from './fixtures/inbound-harness';

// Retention on a real SQLite file: old events and rejected requests go, recent ones stay, and the
// derived indexes (full-text search, lookup keys) forget the pruned events with them.

const DAY_MS = 86_400_000;

async function started() {
  const { core, area } = await startInboundCore();
  return { core, area, url: area.listener()!.url, db: core.context.db };
}

const sms = (n: number, word: string) => ({
  type: 'InboundMessage',
  messageId: `msg-${word}-${n}`,
  conversationId: 'conv-1',
  contactId: `contact-${word}-${n}`,
  locationId: 'loc-1',
  messageType: 'SMS',
  direction: 'inbound',
  body: `${word} message number ${n}`,
});

describe('inbound retention', () => {
  it('defaults to 90 days and 2 GiB; the policy is validated, kept and survives a restart', async () => {
    const { area, core } = await started();
    const state = await area.handlers['inbound:retention']();
    expect(state).toMatchObject({ maxAgeDays: 90, maxSizeMb: 2048, rejectedMax: REJECTED_LOG_MAX_ROWS, lastPrune: null });
    expect(state.usedBytes).toBeGreaterThan(0);
    expect(inboundCalls['inbound:setRetention'].input.safeParse({ maxAgeDays: 30, maxSizeMb: 5 }).error?.issues[0]?.message).toMatch(
      /at least 100 MiB/,
    );
    expect(inboundCalls['inbound:setRetention'].input.safeParse({ maxAgeDays: -1, maxSizeMb: 0 }).success).toBe(false);
    await area.handlers['inbound:setRetention']({ maxAgeDays: 30, maxSizeMb: 0 });
    const again = new Retention({
      db: core.context.db,
      executor: { execute: () => Promise.resolve([]) },
      settings: core.context.settings,
      log: core.context.log,
      busy: () => false,
    });
    expect(again.state()).toMatchObject({ maxAgeDays: 30, maxSizeMb: 0 });
  });

  it('deletes events and rejected requests past the age limit; search and lookups no longer find them', async () => {
    const { area, url, db } = await started();
    for (let n = 0; n < 30; n++) expect((await postJson(`${url}/webhooks`, sms(n, 'ancient'))).status).toBe(200);
    for (let n = 0; n < 5; n++) expect((await postJson(`${url}/webhooks`, sms(n, 'recent'))).status).toBe(200);
    expect((await postJson(`${url}/nowhere`, {})).status).toBe(404);
    expect((await postJson(`${url}/nowhere-recent`, {})).status).toBe(404);
    // Searching indexes everything stored so far (the derived pass catches up first).
    expect((await area.handlers['inbound:query']({ filters: { search: 'ancient' }, limit: 100 })).total).toBe(30);
    const old = Date.now() - 100 * DAY_MS;
    db.prepare("UPDATE inbound_events SET received_at = ? WHERE text LIKE 'ancient%'").run(old);
    db.prepare("UPDATE inbound_rejected SET received_at = ? WHERE path = '/nowhere'").run(old);

    // The raw-value index holds every body before the prune, so the prune must take entries out of it.
    new RawBodyIndexer(db).catchUp();
    const rawIndexHits = (word: string) => db.prepare('SELECT rowid FROM inbound_raw_fts WHERE inbound_raw_fts MATCH ?').pluck().all(word);
    expect(rawIndexHits('ancient')).toHaveLength(30);

    const result = await area.retention.prune();
    expect(result).toEqual({ events: 30, rejected: 1 });
    const all = await area.handlers['inbound:query']({ filters: {}, limit: 100 });
    expect(all.total).toBe(5);
    expect(all.events.every((e) => e.text?.startsWith('recent'))).toBe(true);
    expect((await area.handlers['inbound:query']({ filters: { search: 'ancient' }, limit: 100 })).total).toBe(0);
    expect((await area.handlers['inbound:query']({ filters: { search: 'recent' }, limit: 100 })).total).toBe(5);
    expect((await area.handlers['inbound:query']({ filters: { address: 'contact-ancient-3' }, limit: 100 })).total).toBe(0);
    expect((await area.handlers['inbound:query']({ filters: { address: 'contact-recent-3' }, limit: 100 })).total).toBe(1);
    // No index entry is left pointing at a deleted event.
    expect(db.prepare('SELECT COUNT(*) FROM inbound_event_keys WHERE seq NOT IN (SELECT seq FROM inbound_events)').pluck().get()).toBe(0);
    expect(rawIndexHits('ancient')).toEqual([]);
    expect(rawIndexHits('recent')).toHaveLength(5);
    expect(() => db.prepare("INSERT INTO inbound_raw_fts (inbound_raw_fts) VALUES ('integrity-check')").run()).not.toThrow();
    const rejected = await area.handlers['inbound:rejected']({ limit: 10 });
    expect(rejected.rejected.map((r) => r.path)).toEqual(['/nowhere-recent']);
    expect((await area.handlers['inbound:retention']()).lastPrune).toMatchObject({ events: 30, rejected: 1 });
    // Ingest goes on as before.
    expect((await postJson(`${url}/webhooks`, sms(99, 'later'))).status).toBe(200);
  });

  it('a step waits while ingest has batches queued or in flight: webhook answers go first', async () => {
    const { core, db, url } = await started();
    await postJson(`${url}/webhooks`, sms(1, 'old'));
    db.prepare('UPDATE inbound_events SET received_at = 1').run();
    let busy = true;
    const executed: string[] = [];
    const retention = new Retention(
      {
        db,
        executor: { execute: (ops) => (executed.push(ops[0]!.sql), Promise.resolve([])) },
        settings: core.context.settings,
        log: core.context.log,
        busy: () => busy,
      },
      { ...RETENTION_TIMING, stepGapMs: 5 },
    );
    let done = false;
    const pass = retention.prune().then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(executed).toEqual([]);
    expect(done).toBe(false);
    busy = false;
    // The picked row is not really deleted by this stand-in: stop after the first step.
    await vi.waitFor(() => expect(executed.length).toBeGreaterThan(0), { timeout: 20_000 });
    expect(executed[0]).toMatch(/^DELETE FROM inbound_events/);
    await retention.stop();
    await pass;
  });

  it('with age 0 nothing is deleted for its age', async () => {
    const { area, url, db } = await started();
    await area.handlers['inbound:setRetention']({ maxAgeDays: 0, maxSizeMb: 0 });
    await postJson(`${url}/webhooks`, sms(1, 'kept'));
    db.prepare('UPDATE inbound_events SET received_at = 1').run();
    expect(await area.retention.prune()).toEqual({ events: 0, rejected: 0 });
  });

  it('keeps only the newest entries of the rejected log', async () => {
    const { area, db } = await started();
    const insert = db.prepare(
      `INSERT INTO inbound_rejected (id, received_at, via, method, path, http_status, reason, content_type, body_bytes, body_preview, body_truncated, headers)
       VALUES (?, ?, 'webhook', 'POST', ?, 404, 'no endpoint', NULL, 2, '{}', 0, '{}')`,
    );
    const extra = 250;
    db.transaction(() => {
      for (let n = 0; n < REJECTED_LOG_MAX_ROWS + extra; n++) insert.run(`r-${n}`, Date.now(), `/p/${n}`);
    })();
    expect(await area.retention.prune()).toEqual({ events: 0, rejected: extra });
    const page = await area.handlers['inbound:rejected']({ limit: 1 });
    expect(page.total).toBe(REJECTED_LOG_MAX_ROWS);
    expect(page.rejected[0]!.path).toBe(`/p/${REJECTED_LOG_MAX_ROWS + extra - 1}`);
    expect(
      db
        .prepare('SELECT MIN(path) FROM inbound_rejected WHERE path = ?')
        .pluck()
        .get(`/p/${extra - 1}`),
    ).toBeNull();
    expect(db.prepare('SELECT COUNT(*) FROM inbound_rejected WHERE path = ?').pluck().get(`/p/${extra}`)).toBe(1);
  }, 60_000);

  it('deletes the oldest events while the database is over the size limit, and no more', async () => {
    const { area, url, db, core } = await started();
    const filler = 'x'.repeat(4000);
    for (let n = 0; n < 300; n++) expect((await postJson(`${url}/webhooks`, { ...sms(n, 'bulky'), note: filler })).status).toBe(200);
    await area.handlers['inbound:query']({ filters: { search: 'bulky' }, limit: 1 });
    const used = (await area.handlers['inbound:retention']()).usedBytes;
    // A limit of 100 "MiB" scaled so the database is ~400 KB over it.
    const bytesPerMb = Math.floor((used - 400_000) / 100);
    const executor = new IngestConnection(db, DerivedIndexer.passOps);
    const retention = new Retention(
      { db, executor, settings: core.context.settings, log: core.context.log, busy: () => false },
      { ...RETENTION_TIMING, bytesPerMb, eventStepRows: 20 },
    );
    retention.set({ maxAgeDays: 0, maxSizeMb: 100 });
    const result = await retention.prune();
    await executor.close();
    expect(result.events).toBeGreaterThan(0);
    expect(result.events).toBeLessThan(300);
    expect(retention.state().usedBytes).toBeLessThanOrEqual(100 * bytesPerMb);
    const left = await area.handlers['inbound:query']({ filters: {}, limit: 500 });
    expect(left.total).toBe(300 - result.events);
    // The oldest went: what is left is the newest, in one unbroken run.
    const numbers = left.events.map((e) => Number(/number (\d+)/.exec(e.text ?? '')![1])).sort((a, b) => a - b);
    expect(numbers[0]).toBe(result.events);
    expect(numbers.at(-1)).toBe(299);
    expect((await area.handlers['inbound:query']({ filters: { search: 'bulky' }, limit: 1 })).total).toBe(left.total);
  }, 120_000);
});

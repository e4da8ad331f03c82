import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME, openDatabase } from '../../src/main/core/db/database';
import { migrations } from '../../src/main/core/db/migrations';
import type { Core } from '../../src/main/core';
import type { JobProgress, SendReceipt } from '../../src/shared/contract/outbound';
import { RecipientRepo } from '../../src/main/core/outbound/recipient-repo';
import { startSandbox, type Sandbox } from '../../src/main/core/sandbox/server';
import { testCore } from './helpers/core';
import { tempDir } from './helpers/temp-dir';

// Per-recipient rows: what each destination got and the id the vendor gave it, through the real
// dispatch, worker, SQLite and sandbox.

const sandboxes: Sandbox[] = [];
afterEach(async () => {
  while (sandboxes.length) await sandboxes.pop()!.close();
});

async function coreWithSandbox(): Promise<Core> {
  const sandbox = await startSandbox({ port: 0, receiptDelayMs: 60_000 });
  sandboxes.push(sandbox);
  const core = await testCore();
  core.context.status.setService('sandbox', { running: true, url: sandbox.url, error: null });
  return core;
}

async function call<T>(core: Core, name: string, input?: unknown): Promise<T> {
  const result = await core.dispatch(name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.output as T;
}

async function sendAndWait(core: Core, body: unknown): Promise<SendReceipt> {
  const done = new Promise<void>((resolve) =>
    core.events.subscribe((name, payload) => {
      if (name === 'outbound:progress' && (payload as JobProgress).state === 'done') resolve();
    }),
  );
  const receipt = await call<SendReceipt>(core, 'outbound:send', { profileId: 'sandbox', body });
  await done;
  return receipt;
}

interface Row {
  position: number;
  address: string;
  text: string | null;
  vendor_id: string | null;
  transids: string;
  message_ids: string;
}

function rowsOf(core: Core, jobId: string): Row[] {
  return core.context.db
    .prepare(
      `SELECT rc.position, rc.address, rc.text, rc.vendor_id, r.transids, r.message_ids FROM outbound_recipients rc
       JOIN outbound_requests r ON r.id = rc.request_id WHERE rc.job_id = ? ORDER BY r.seq, rc.position`,
    )
    .all(jobId) as Row[];
}

describe('what each recipient got', () => {
  it('stores v2 texts with personal and global values filled in, and the messageId the API gave', async () => {
    const core = await coreWithSandbox();
    const receipt = await sendAndWait(core, {
      channel: 'sms',
      from: 'ACME',
      content: { type: 'text', text: 'Hi $(name), code $(code)' },
      substitutions: { code: '4411' },
      to: [
        { msisdn: ['447700900001', '447700900002'], substitutions: { name: 'Ann' } },
        { msisdn: ['447700900003'], substitutions: { name: 'Bob', code: '9' } },
      ],
    });
    const rows = rowsOf(core, receipt.jobId);
    expect(rows.map((r) => [r.address, r.text])).toEqual([
      ['447700900001', 'Hi Ann, code 4411'],
      ['447700900002', 'Hi Ann, code 4411'],
      ['447700900003', 'Hi Bob, code 9'],
    ]);
    // The request keeps the messageId once; every recipient reads it (History, CSV, linking).
    const messageId = (JSON.parse(rows[0]!.message_ids) as string[])[0];
    expect(messageId).toBeTruthy();
    expect(new RecipientRepo(core.context.db).forJob(receipt.jobId).map((r) => r.vendor_id)).toEqual([messageId, messageId, messageId]);
  }, 30_000);

  it('gives each v1 destination the transid at its position in the answer', async () => {
    const core = await coreWithSandbox();
    const receipt = await sendAndWait(core, {
      deliverychannel: 'sms',
      channels: { sms: { text: 'Hello', type: '1' } },
      destination: [{ msisdn: ['447700900001', '447700900002'] }, { msisdn: ['447700900003'] }],
    });
    const rows = rowsOf(core, receipt.jobId);
    expect(rows.map((r) => r.text)).toEqual(['Hello', 'Hello', 'Hello']);
    expect(rows.map((r) => r.vendor_id)).toEqual(JSON.parse(rows[0]!.transids) as string[]);
    expect(new Set(rows.map((r) => r.vendor_id)).size).toBe(3);
  }, 30_000);

  it('keeps only the indexes its lookups read: by address (replies) and by correlation id (receipt linking)', () => {
    const db = openDatabase({ dataDir: tempDir() });
    try {
      const indexes = db
        .prepare(
          "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'outbound_recipients' AND sql IS NOT NULL ORDER BY name",
        )
        .pluck()
        .all();
      // Every recipient a send queues writes each of these, so one nobody reads is pure cost.
      expect(indexes).toEqual(['outbound_recipients_address', 'outbound_recipients_correlation']);
      const plan = (sql: string) =>
        (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all('x') as { detail: string }[]).map((r) => r.detail).join('; ');
      expect(plan('SELECT MAX(created_at) FROM outbound_recipients WHERE address = ?')).toContain('outbound_recipients_address');
      expect(plan('SELECT COUNT(DISTINCT job_id) FROM outbound_recipients WHERE correlation_id = ?')).toContain(
        'outbound_recipients_correlation',
      );
    } finally {
      db.close();
    }
  });

  it('gives sends queued before migration 009 their recipient rows, with vendor ids where they are certain', () => {
    const dataDir = tempDir();
    const raw = new Database(join(dataDir, DATABASE_FILE_NAME));
    const before = migrations.findIndex((m) => m.name === 'outbound-recipients');
    migrations.slice(0, before).forEach((m) => m.up(raw));
    raw.pragma(`user_version = ${before}`);
    raw
      .prepare(
        `INSERT INTO outbound_jobs (id, profile_id, api, request_count, destinations, state, created_at) VALUES ('j1', 'sandbox', 'v1', 2, 3, 'done', 5)`,
      )
      .run();
    const request = raw.prepare(
      `INSERT INTO outbound_requests (id, job_id, seq, profile_id, api, destinations, state, created_at, updated_at, correlation_ids, transids, message_ids, addresses, body)
       VALUES (?, 'j1', ?, 'sandbox', ?, ?, 'accepted', 5, 5, ?, ?, ?, ?, '{}')`,
    );
    request.run('r1', 1, 'v1', 2, '["c-1"]', '["t-1","t-2"]', '[]', '["447700900001","447700900002"]');
    request.run('r2', 2, 'v2', 1, '[]', '[]', '["m-9"]', '["447700900003"]');
    raw.close();
    const db = openDatabase({ dataDir });
    try {
      expect(
        db
          .prepare(
            'SELECT request_id, position, job_id, address, correlation_id, vendor_id, text FROM outbound_recipients ORDER BY request_id, position',
          )
          .all(),
      ).toEqual([
        { request_id: 'r1', position: 1, job_id: 'j1', address: '447700900001', correlation_id: 'c-1', vendor_id: 't-1', text: null },
        { request_id: 'r1', position: 2, job_id: 'j1', address: '447700900002', correlation_id: 'c-1', vendor_id: 't-2', text: null },
        { request_id: 'r2', position: 1, job_id: 'j1', address: '447700900003', correlation_id: null, vendor_id: 'm-9', text: null },
      ]);
    } finally {
      db.close();
    }
  });
});

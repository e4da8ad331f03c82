import { databaseAtSchema } from './helpers/old-database';
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/main/core/db/database';
import { migrations } from '../../src/main/core/db/migrations';
import { DerivedIndexer } from '../../src/main/core/inbound/derived-index';
import { InboundEventRepo } from '../../src/main/core/inbound/event-repo';
import { tempDir } from './helpers/temp-dir';

// Addresses and correlation ids are looked up through inbound_event_keys, which is filled after
// the acknowledged commit (migration 007). These check that no lookup misses a stored row: rows
// from before the upgrade, and rows written but not yet indexed.

const INSERT = `INSERT INTO inbound_events (source, kind, channel, direction, from_addr, to_addr, text, attachments,
  details, external_id, transid, message_id, correlation_id, callback_data, received_at, via, raw, headers)
  VALUES (?, 'mo', 'sms', ?, ?, ?, ?, '[]', '{}', ?, ?, ?, ?, ?, ?, 'webhook', ?, '{}')`;

function insertEvent(
  db: Database.Database,
  n: number,
  from: string,
  to: string,
  ids: { transid?: string; correlationId?: string; callbackData?: string } = {},
): void {
  db.prepare(INSERT).run(
    'imiconnect',
    'inbound',
    from,
    to,
    `message ${n}`,
    `ext-${n}`,
    ids.transid ?? null,
    null,
    ids.correlationId ?? null,
    ids.callbackData ?? null,
    1_700_000_000_000 + n,
    JSON.stringify({ text: `message ${n}` }),
  );
}

describe('inbound lookup keys', () => {
  it('an upgraded database finds its old rows by address and correlation id, indexed or not', () => {
    const dataDir = tempDir();
    // A database as the previous release left it: schema 6, two rows indexed, one written after.
    const old = databaseAtSchema(dataDir, 6);
    insertEvent(old, 1, '447700900001', '1234', { transid: 'tx-1' });
    insertEvent(old, 2, '1234', '447700900001', { correlationId: 'corr-2' });
    old.exec(`INSERT INTO inbound_events_fts (rowid, text, from_addr, from_name, subject)
      SELECT seq, text, from_addr, from_name, subject FROM inbound_events; UPDATE inbound_fts_state SET upto = 2`);
    insertEvent(old, 3, '447700900001', '1234', { callbackData: 'cb-3' });
    old.close();

    const db = openDatabase({ dataDir });
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    const backfilled = db.prepare('SELECT key, seq FROM inbound_event_keys ORDER BY seq, key').all();
    expect(backfilled).toEqual([
      { key: 'a:1234', seq: 1 },
      { key: 'a:447700900001', seq: 1 },
      { key: 't:tx-1', seq: 1 },
      { key: 'a:1234', seq: 2 },
      { key: 'a:447700900001', seq: 2 },
      { key: 'c:corr-2', seq: 2 },
    ]);
    const repo = new InboundEventRepo(db, new DerivedIndexer(db));
    // Row 3 is not indexed yet: the lookup catches up first.
    expect(repo.conversation('447700900001', 10).map((e) => e.text)).toEqual(['message 1', 'message 2', 'message 3']);
    expect(repo.findRelated({ callbackData: ['cb-3'] }).map((e) => e.id)).toEqual(['3']);
    expect(repo.findRelated({ transids: ['tx-1'], correlationIds: ['corr-2'] }).map((e) => e.id)).toEqual(['1', '2']);
    expect(repo.query({ address: '1234' }, null, 10).total).toBe(3);
    expect(repo.query({ search: 'message' }, null, 10).total).toBe(3);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('a conversation returns the latest events of that address only, oldest first', () => {
    const db = openDatabase({ dataDir: tempDir() });
    for (let n = 1; n <= 30; n++) insertEvent(db, n, n % 3 === 0 ? '447700900003' : '447700900009', '1234');
    const repo = new InboundEventRepo(db, new DerivedIndexer(db));
    const latest = repo.conversation('447700900003', 4);
    expect(latest.map((e) => e.text)).toEqual(['message 21', 'message 24', 'message 27', 'message 30']);
    expect(repo.conversation('447700900004', 4)).toEqual([]);
    db.close();
  });

  it('deleting an event removes its lookup keys and full-text entry', () => {
    const db = openDatabase({ dataDir: tempDir() });
    insertEvent(db, 1, '447700900001', '1234', { transid: 'tx-1' });
    const repo = new InboundEventRepo(db, new DerivedIndexer(db));
    expect(repo.findRelated({ transids: ['tx-1'] })).toHaveLength(1);
    db.prepare('DELETE FROM inbound_events WHERE seq = 1').run();
    expect(db.prepare('SELECT COUNT(*) AS n FROM inbound_event_keys').get()).toEqual({ n: 0 });
    expect(repo.query({ search: 'message' }, null, 10).total).toBe(0);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});

import { databaseAtSchema } from './helpers/old-database';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/main/core/db/database';
import { migrations } from '../../src/main/core/db/migrations';
import { DerivedIndexer } from '../../src/main/core/inbound/derived-index';
import { InboundEventRepo } from '../../src/main/core/inbound/event-repo';
import { RawBodyIndexer } from '../../src/main/core/inbound/raw-index';
import type { InboundFilters } from '../../src/shared/contract/inbound';
import { normalizePayload } from '../../src/shared/inbound/normalize';
import { receiptStateOf } from '../../src/shared/inbound/receipt-state';
import { tempDir } from './helpers/temp-dir';

// Migration 012: the unread inbound_events_fts goes, and Status-filter keys written under the
// rules before receipt-state.ts was unified are recomputed, on a database left at schema 11.

const SCHEMA_BEFORE = 11;

function receipt(n: number, status: string): Record<string, unknown> {
  return { deliveryInfoNotification: { transid: `old-tx-${n}`, deliveryInfo: { destination: `4477009000${n}`, deliveryStatus: status } } };
}

/** Status words and the key the old rules (substring "read", DeliveredToNetwork delivered) gave them. */
const STORED = [
  { status: 'DeliveredToNetwork', oldKey: 's:delivered' },
  { status: 'Ready', oldKey: 's:read' },
  { status: 'NotVerified', oldKey: 's:unknown' },
  { status: 'Delivered', oldKey: 's:delivered' },
];

function databaseAtSchema11(dataDir: string): void {
  const old = databaseAtSchema(dataDir, SCHEMA_BEFORE);
  const insert = old.prepare(`INSERT INTO inbound_events (source, kind, channel, direction, to_addr, attachments, details,
      external_id, transid, delivery_status, received_at, via, raw, headers)
    VALUES ('imiconnect', 'receipt', 'sms', 'outbound', ?, '[]', '{}', ?, ?, ?, ?, 'webhook', ?, '{}')`);
  STORED.forEach(({ status }, i) => {
    const n = 10 + i;
    insert.run(`4477009000${n}`, `old-${n}`, `old-tx-${n}`, status, n, JSON.stringify(receipt(n, status)));
  });
  // That schema's derived pass: the old full-text index, the address and id keys, and state keys by the old rules.
  old.exec(`INSERT INTO inbound_events_fts (rowid, text, from_addr, from_name, subject)
      SELECT seq, text, from_addr, from_name, subject FROM inbound_events;
    INSERT INTO inbound_event_keys (key, seq) SELECT 'a:' || to_addr, seq FROM inbound_events;
    INSERT INTO inbound_event_keys (key, seq) SELECT 't:' || transid, seq FROM inbound_events;
    UPDATE inbound_derived_state SET upto = ${STORED.length};`);
  const key = old.prepare('INSERT INTO inbound_event_keys (key, seq) VALUES (?, ?)');
  STORED.forEach(({ oldKey }, i) => key.run(oldKey, i + 1));
  old.close();
}

describe('migration 012 (inbound-drop-old-fts)', () => {
  it('drops the unread full-text index, and search still finds the events stored before it', () => {
    const dataDir = tempDir();
    databaseAtSchema11(dataDir);
    const db = openDatabase({ dataDir });
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE name LIKE 'inbound_events_fts%'`).all()).toEqual([]);
    const repo = new InboundEventRepo(db, new DerivedIndexer(db));
    const found = (filters: InboundFilters) => repo.query(filters, null, 10).events.map((e) => e.id);
    const check = () => {
      expect(found({ search: '447700900011' })).toEqual(['2']);
      expect(found({ search: 'old-tx-12' })).toEqual(['3']);
      expect(found({ search: 'DeliveredToNetwork' })).toEqual(['1']);
    };
    check();
    expect(new RawBodyIndexer(db).step(10)).toBe(STORED.length);
    check();
    // Deleting a row (retention) leaves no index entry behind, the state key included.
    db.prepare('DELETE FROM inbound_events WHERE seq = 1').run();
    expect(found({ search: 'DeliveredToNetwork' })).toEqual([]);
    expect(db.prepare('SELECT COUNT(*) AS n FROM inbound_event_keys WHERE seq = 1').get()).toEqual({ n: 0 });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('files each stored receipt under the Status filter a fresh ingest of its payload gets', () => {
    const dataDir = tempDir();
    databaseAtSchema11(dataDir);
    const db = openDatabase({ dataDir });
    const repo = new InboundEventRepo(db, new DerivedIndexer(db));
    STORED.forEach(({ status }, i) => {
      const fresh = receiptStateOf(normalizePayload(receipt(10 + i, status)));
      expect(fresh, status).not.toBeNull();
      expect(
        repo.query({ status: [fresh!] }, null, 10).events.map((e) => e.id),
        status,
      ).toContain(String(i + 1));
    });
    // The cases the old rules got wrong, by name.
    const ids = (state: 'accepted' | 'delivered' | 'read' | 'failed' | 'unknown') =>
      repo.query({ status: [state] }, null, 10).events.map((e) => e.id);
    expect(ids('accepted')).toEqual(['1']);
    expect(ids('delivered')).toEqual(['4']);
    expect(ids('read')).toEqual([]);
    expect(ids('failed')).toEqual(['3']);
    expect(ids('unknown')).toEqual(['2']);
    db.close();
  });
});

import { databaseAtSchema } from './helpers/old-database';
import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../src/main/core/db/database';
import { migrations } from '../../src/main/core/db/migrations';
import { DerivedIndexer } from '../../src/main/core/inbound/derived-index';
import { InboundEventRepo } from '../../src/main/core/inbound/event-repo';
import { RawBodyIndexer } from '../../src/main/core/inbound/raw-index';
import { ftsQuery, searchTerms } from '../../src/main/core/inbound/search-text';
import type { InboundFilters } from '../../src/shared/contract/inbound';
import { receiptStateOf, receiptStateSql, RECEIPT_STATE_RULES, stateOfStatusWord } from '../../src/shared/inbound/receipt-state';
import { postJson, startInbound } from './fixtures/inbound-harness';
import { tempDir } from './helpers/temp-dir';

// Feed search over what a user looks for in receipts (destination, status word, vendor ids, raw
// body words) and the status filter, against real SQLite through the real listener.

const MESSAGE_ID = 'a7c3e1f0-5b2d-4e8a-9c61-0f3b2d4e5a13';

/** A v1 receipt as the sandbox posts it (deliveries.ts), with a messageId as for a v2 send. */
function receipt(destination: string, status: string, n: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    deliveryInfoNotification: {
      correlationid: `corr-${n}`,
      transid: `tx-${n}-0b1c`,
      callbackData: `cb-${n}`,
      messageId: n === 13 ? MESSAGE_ID : `msg-${n}`,
      deliveryInfo: {
        destination,
        deliveryStatus: status,
        deliveryChannel: 'SMS',
        code: status === 'Failed' ? '7503' : '7500',
        Description:
          status === 'Failed' ? 'Message failed (sandbox: destinations ending in 13 fail)' : 'Delivered to the handset (sandbox)',
        ...extra,
      },
    },
  };
}

/** An SMS reply in the seed-000 shape; `keyword` is read by no normalizer. */
const MO = {
  userId: '9009',
  channel: 'SMS',
  oa: '447700900013',
  da: '2105',
  message: 'Got it',
  keyword: 'THANKS',
  tid: 'mo-tid-1',
  ts: '2026-12-03T08:00:00.000Z',
};

async function loadMix(url: string): Promise<void> {
  const bodies = [
    receipt('+447700900012', 'Delivered', 12),
    receipt('+447700900013', 'Failed', 13, { operator: 'Zephyrtel' }),
    receipt('+447700900014', 'DeliveredToTerminal', 14),
    receipt('+447700900015', 'DeliveryImpossible', 15),
    receipt('+447700900016', 'Read', 16),
    MO,
  ];
  for (const body of bodies) {
    const res = await postJson(`${url}/webhooks`, body);
    if (res.status !== 200) throw new Error(res.body);
  }
}

describe('feed search and the status filter', () => {
  it('finds a failed receipt by its messageId, transid, correlationId, callbackData, destination, status word and raw-body words', async () => {
    const h = await startInbound();
    await loadMix(h.url);
    const destinations = async (filters: InboundFilters) =>
      (await h.handlers['inbound:query']({ filters, limit: 100 })).events.map((e) => (e.kind === 'receipt' ? e.to : e.from)).sort();
    const failed = ['+447700900013'];

    expect(await destinations({ search: MESSAGE_ID })).toEqual(failed);
    expect(await destinations({ search: MESSAGE_ID.slice(0, 12) })).toEqual(failed); // a pasted start of an id
    expect(await destinations({ search: 'tx-13-0b1c' })).toEqual(failed);
    expect(await destinations({ search: 'corr-13' })).toEqual(failed);
    expect(await destinations({ search: 'cb-13' })).toEqual(failed);
    expect(await destinations({ search: '+447700900013' })).toEqual(['+447700900013', '447700900013']); // the receipt and the MO
    expect(await destinations({ search: '447700900013' })).toEqual(['+447700900013', '447700900013']);
    expect(await destinations({ search: 'Failed' })).toEqual(failed);
    expect(await destinations({ search: 'failed 447700900013' })).toEqual(failed);
    expect(await destinations({ search: 'DeliveredToTerminal' })).toEqual(['+447700900014']);
    expect(await destinations({ search: 'handset' })).toEqual(['+447700900012', '+447700900014', '+447700900015', '+447700900016']);
    // Only in the raw body: a field no normalizer reads, and the MO's keyword.
    expect(await destinations({ search: 'zephyr' })).toEqual(failed);
    expect(await destinations({ search: 'thanks' })).toEqual(['447700900013']);
    expect(await destinations({ search: 'zephyrtel delivered' })).toEqual([]);
  });

  it('a search finds the same rows before and after raw bodies are indexed', () => {
    const db = openDatabase({ dataDir: tempDir() });
    const insert = db.prepare(`INSERT INTO inbound_events (source, kind, channel, direction, from_addr, text, attachments,
        details, received_at, via, raw, headers) VALUES ('imiconnect', ?, 'sms', 'inbound', ?, ?, '[]', '{}', 1, 'webhook', ?, '{}')`);
    insert.run('message', '447700900013', 'Got it', JSON.stringify(MO));
    insert.run('receipt', null, null, JSON.stringify(receipt('+447700900013', 'Failed', 13, { operator: 'Zephyrtel' })));
    insert.run('unknown', null, null, '{"Événement":"Ärger im Büro","n":42}');
    // As senders that escape every non-ASCII letter (Python's json.dumps) post it: all ASCII.
    insert.run('unknown', null, null, String.raw`{"note":"Caf\u00e9 cr\u00e8me"}`);
    const repo = new InboundEventRepo(db, new DerivedIndexer(db));
    const ids = (search: string) => repo.query({ search }, null, 100).events.map((e) => e.id);
    // A body's values are searched, not its keys ("operator", "deliveryInfo").
    const searches = [
      'zephyr',
      'operator',
      'sandbox destinations',
      'THANKS',
      'sms',
      MESSAGE_ID,
      'ÄRGER buro',
      'büro',
      '42',
      'nothing-here',
      'deliveryinfo',
      'a7c3e1f0-5b',
      'a7c3-5b2d',
      'café',
      'cafe creme',
    ];
    const before = searches.map(ids);
    expect(new RawBodyIndexer(db).step(1000)).toBe(4);
    expect(searches.map(ids)).toEqual(before);
    // Within "a7c3-5b2d", "a7c3" was typed in full: it must be a whole word, and the id's is "a7c3e1f0".
    expect(before).toEqual([['2'], [], ['2'], ['1'], ['2', '1'], ['2'], ['3'], ['3'], ['3'], [], [], ['2'], [], ['4'], ['4']]);
    db.close();
  });

  it('the status filter keeps receipts of the chosen states, alone or with a search, in queries and exports', async () => {
    const h = await startInbound();
    await loadMix(h.url);
    const statuses = async (filters: InboundFilters) =>
      (await h.handlers['inbound:query']({ filters, limit: 100 })).events.map((e) => e.status?.deliveryStatus).sort();
    expect(await statuses({ status: ['failed'] })).toEqual(['DeliveryImpossible', 'Failed']);
    expect(await statuses({ status: ['delivered'] })).toEqual(['Delivered', 'DeliveredToTerminal']);
    expect(await statuses({ status: ['read', 'failed'] })).toEqual(['DeliveryImpossible', 'Failed', 'Read']);
    expect(await statuses({ status: ['failed'], search: '447700900015' })).toEqual(['DeliveryImpossible']);
    expect(await statuses({ status: ['unknown'] })).toEqual([]);
    expect(await statuses({ status: [] })).toHaveLength(6);
    const exported = await h.handlers['inbound:export']({ filters: { status: ['failed'] } });
    expect(exported.count).toBe(2);
  });

  it('a search asks for whole words where the user typed past them, and prefixes where they may still be typing', () => {
    expect(searchTerms('bench-12345  Simp ÄRG')).toEqual([
      { word: 'bench', prefix: false },
      { word: '12345', prefix: true },
      { word: 'simp', prefix: true },
      { word: 'arg', prefix: true },
    ]);
    expect(ftsQuery('tel:+9199 gif-check')).toBe('"tel" AND "9199"* AND "gif" AND "check"*');
    expect(ftsQuery(' --- ')).toBeNull();
  });

  it('the SQL of the status filter reads every status word as the renderer does', () => {
    const db = new Database(':memory:');
    const words = [
      'Delivered',
      'DELIVERED',
      'DeliveredToTerminal',
      'DeliveredToNetwork',
      'delivered_to_handset',
      'Read',
      'read',
      'Seen',
      'Failed',
      'failed',
      'DeliveryImpossible',
      'Undelivered',
      'UNDELIVERABLE',
      'not delivered',
      'Not-Delivered',
      'Rejected',
      'Expired',
      'Bounced',
      'Submitted',
      'submitted',
      'Sent',
      'Accepted',
      'MessageWaiting',
      'DeliveryUncertain',
      'Unknown',
      'DeliveryNotificationNotSupported',
      'en route',
      'Enroute',
      'Completed',
      'voicemail',
      '',
      'Zugestellt',
      'ÉCHEC',
      'Ärger',
      'Ready',
      'Unread',
      'READ_BY_USER',
      'message-read',
      'Cancelled',
      'clicked',
      'not verified',
      'complaint',
    ];
    db.exec('CREATE TABLE t (kind TEXT, delivery_status TEXT)');
    const sql = db.prepare(`SELECT ${receiptStateSql()} AS state FROM t WHERE rowid = last_insert_rowid()`);
    const stateOf = (kind: string, word: string | null) => {
      db.prepare('INSERT INTO t VALUES (?, ?)').run(kind, word);
      return (sql.get() as { state: string | null }).state;
    };
    for (const word of words) {
      const event = { kind: 'receipt' as const, status: { deliveryStatus: word, code: null, description: null } };
      expect([word, stateOf('receipt', word)]).toEqual([word, receiptStateOf(event)]);
    }
    expect(stateOf('receipt', null)).toBe('unknown');
    expect(stateOf('message', null)).toBeNull();
    expect(receiptStateOf({ kind: 'message', status: null })).toBeNull();
    expect(['Failed', 'DeliveryImpossible', 'Undelivered', 'not delivered'].map(stateOfStatusWord)).toEqual([
      'failed',
      'failed',
      'failed',
      'failed',
    ]);
    expect(['Delivered', 'DeliveredToTerminal', 'Read', 'Submitted', 'DeliveryUncertain'].map(stateOfStatusWord)).toEqual([
      'delivered',
      'delivered',
      'read',
      'accepted',
      'unknown',
    ]);
    // Fragments go into SQL as literals: plain lower-case ASCII only.
    for (const { fragments, words = [] } of RECEIPT_STATE_RULES) for (const f of [...fragments, ...words]) expect(f).toMatch(/^[a-z]+$/);
    db.close();
  });

  it('an upgraded database finds its stored events by destination, status word, raw-body word and id, and filters them by state', () => {
    const dataDir = tempDir();
    // A database as the previous release left it: schema 9, its events indexed by that release.
    const old = databaseAtSchema(dataDir, 9);
    const insert = old.prepare(`INSERT INTO inbound_events (source, kind, channel, direction, to_addr, attachments, details,
        external_id, transid, delivery_status, status_description, received_at, via, raw, headers)
      VALUES ('imiconnect', 'receipt', 'sms', 'outbound', ?, '[]', '{}', ?, ?, ?, ?, ?, 'webhook', ?, '{}')`);
    insert.run(
      '+447700900013',
      'old-1',
      'old-tx-1',
      'Failed',
      'Message failed',
      1,
      JSON.stringify(receipt('+447700900013', 'Failed', 1, { operator: 'Oldtel' })),
    );
    insert.run('+447700900012', 'old-2', 'old-tx-2', 'Delivered', 'Delivered', 2, JSON.stringify(receipt('+447700900012', 'Delivered', 2)));
    // That release's derived pass: text, sender and subject only, keys without states.
    old.exec(`INSERT INTO inbound_events_fts (rowid, text, from_addr, from_name, subject)
        SELECT seq, text, from_addr, from_name, subject FROM inbound_events;
      INSERT INTO inbound_event_keys (key, seq) SELECT 'a:' || to_addr, seq FROM inbound_events;
      INSERT INTO inbound_event_keys (key, seq) SELECT 't:' || transid, seq FROM inbound_events;
      UPDATE inbound_derived_state SET upto = 2;`);
    old.close();

    const db = openDatabase({ dataDir });
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    const repo = new InboundEventRepo(db, new DerivedIndexer(db));
    const found = (filters: InboundFilters) => repo.query(filters, null, 10).events.map((e) => e.id);
    expect(found({ search: '447700900013' })).toEqual(['1']);
    expect(found({ search: 'failed' })).toEqual(['1']);
    expect(found({ search: 'oldtel' })).toEqual(['1']);
    expect(found({ search: 'old-tx-2' })).toEqual(['2']);
    expect(found({ status: ['failed'] })).toEqual(['1']);
    expect(found({ status: ['delivered'] })).toEqual(['2']);
    expect(db.prepare(`SELECT COUNT(*) AS n FROM inbound_event_keys WHERE key = 't:old-tx-1'`).get()).toEqual({ n: 1 });

    // The same answers once raw bodies are indexed; deleting a row leaves no index entry behind.
    expect(new RawBodyIndexer(db).step(10)).toBe(2);
    expect(found({ search: 'oldtel' })).toEqual(['1']);
    expect(found({ search: '447700900013' })).toEqual(['1']);
    db.prepare('DELETE FROM inbound_events WHERE seq = 1').run();
    expect(found({ search: 'oldtel' })).toEqual([]);
    expect(db.prepare(`SELECT COUNT(*) AS n FROM inbound_event_keys WHERE seq = 1`).get()).toEqual({ n: 0 });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('indexes raw bodies only once no row has arrived for a while', () => {
    vi.useFakeTimers();
    try {
      const db = openDatabase({ dataDir: tempDir() });
      const insert = db.prepare(`INSERT INTO inbound_events (source, kind, channel, direction, attachments, details,
          received_at, via, raw, headers) VALUES ('unknown', 'unknown', 'other', 'inbound', '[]', '{}', 1, 'webhook', ?, '{}')`);
      const rawUpto = () => (db.prepare('SELECT raw_upto AS n FROM inbound_derived_state').get() as { n: number }).n;
      const indexer = new RawBodyIndexer(db);
      insert.run('{"a":"first"}');
      indexer.start(50);
      // A row arrives before every look: nothing is indexed meanwhile.
      for (let i = 0; i < 8; i++) {
        vi.advanceTimersByTime(50);
        insert.run(`{"n":${i}}`);
      }
      expect(rawUpto()).toBe(0);
      vi.advanceTimersByTime(50); // sees the last row arrived
      expect(rawUpto()).toBe(0);
      vi.advanceTimersByTime(50); // nothing new since: idle
      expect(rawUpto()).toBe(9);
      indexer.stop();
      db.close();
    } finally {
      vi.useRealTimers();
    }
  });
});

import { receiptStateSql } from '../../../../shared/inbound/receipt-state';
import type { Migration } from '../migration';

// Feed search finds what users look for in receipts and payloads: any word of an event's raw body
// (its JSON values: destination, status word, vendor ids, fields no normalizer reads) through
// `inbound_raw_fts`, filled only while ingest is idle (see raw-index.ts), and the start of an
// address or vendor id through inbound_event_keys, which also gains `s:<delivery state>` keys
// for the status filter. Rows already covered by the derived pass get their state keys now.
export const inboundSearch: Migration = {
  name: 'inbound-search',
  up(db) {
    db.exec(`
      -- Contentless: the indexed text (the body's values) exists only here, and a row is deleted by rowid.
      CREATE VIRTUAL TABLE inbound_raw_fts USING fts5(
        body, content = '', contentless_delete = 1, tokenize = 'unicode61', detail = 'none'
      );
      -- The last seq in inbound_raw_fts; later rows are searched by a scan of their raw body.
      ALTER TABLE inbound_derived_state ADD COLUMN raw_upto INTEGER NOT NULL DEFAULT 0;

      INSERT OR IGNORE INTO inbound_event_keys (key, seq)
        SELECT 's:' || ${receiptStateSql()}, seq FROM inbound_events
        WHERE (delivery_status IS NOT NULL OR kind = 'receipt') AND seq <= (SELECT upto FROM inbound_derived_state WHERE id = 1);

      DROP TRIGGER inbound_events_derived_delete;
      CREATE TRIGGER inbound_events_derived_delete AFTER DELETE ON inbound_events BEGIN
        INSERT INTO inbound_events_fts (inbound_events_fts, rowid, text, from_addr, from_name, subject)
          SELECT 'delete', old.seq, old.text, old.from_addr, old.from_name, old.subject
          WHERE old.seq <= (SELECT upto FROM inbound_derived_state WHERE id = 1);
        DELETE FROM inbound_raw_fts WHERE rowid = old.seq;
        DELETE FROM inbound_event_keys WHERE seq = old.seq AND key IN ('a:' || old.from_addr,
          'a:' || old.to_addr, 't:' || old.transid, 'm:' || old.message_id,
          'c:' || old.correlation_id, 'b:' || old.callback_data,
          's:accepted', 's:delivered', 's:read', 's:failed', 's:unknown');
      END;
    `);
  },
};

import type { Migration } from '../migration';

// Feed search finds what users look for in receipts: the destination, the status word and its
// description (new columns of the full-text index), and any word of the raw body (a second
// full-text index, `inbound_raw_fts`, filled only while ingest is idle: see derived-index.ts).
// Vendor ids are found through inbound_event_keys, which also gains `s:<delivery state>` keys for
// the status filter. The marker goes back to 0, so the next derived pass (start-up runs one)
// indexes every stored event again: old events become searchable by the new fields, and get
// their status keys (the other keys are inserted OR IGNORE). Rows stay as they are.
export const inboundSearch: Migration = {
  name: 'inbound-search',
  up(db) {
    db.exec(`
      DROP TRIGGER inbound_events_derived_delete;
      DROP TABLE inbound_events_fts;
      CREATE VIRTUAL TABLE inbound_events_fts USING fts5(
        text, from_addr, from_name, subject, to_addr, delivery_status, status_description,
        content = 'inbound_events', content_rowid = 'seq', tokenize = 'unicode61', detail = 'none'
      );
      CREATE VIRTUAL TABLE inbound_raw_fts USING fts5(
        raw, content = 'inbound_events', content_rowid = 'seq', tokenize = 'unicode61', detail = 'none'
      );
      UPDATE inbound_derived_state SET upto = 0;
      -- The last seq in inbound_raw_fts; later rows are searched by a scan of their raw body.
      ALTER TABLE inbound_derived_state ADD COLUMN raw_upto INTEGER NOT NULL DEFAULT 0;

      -- An FTS5 entry may be deleted only if it was added; keys are deleted whether or not.
      CREATE TRIGGER inbound_events_derived_delete AFTER DELETE ON inbound_events BEGIN
        INSERT INTO inbound_events_fts (inbound_events_fts, rowid, text, from_addr, from_name, subject, to_addr,
            delivery_status, status_description)
          SELECT 'delete', old.seq, old.text, old.from_addr, old.from_name, old.subject, old.to_addr,
            old.delivery_status, old.status_description
          WHERE old.seq <= (SELECT upto FROM inbound_derived_state WHERE id = 1);
        INSERT INTO inbound_raw_fts (inbound_raw_fts, rowid, raw)
          SELECT 'delete', old.seq, old.raw WHERE old.seq <= (SELECT raw_upto FROM inbound_derived_state WHERE id = 1);
        DELETE FROM inbound_event_keys WHERE seq = old.seq AND key IN ('a:' || old.from_addr,
          'a:' || old.to_addr, 't:' || old.transid, 'm:' || old.message_id,
          'c:' || old.correlation_id, 'b:' || old.callback_data,
          's:accepted', 's:delivered', 's:read', 's:failed', 's:unknown');
      END;
    `);
  },
};

import type { Migration } from '../migration';

// Moves the inbound lookup indexes (addresses and correlation ids) out of the acknowledged write.
// Six secondary indexes on inbound_events dirtied ~40 extra pages per grouped commit (from_addr
// alone touches one leaf per distinct sender), which the webhook sender waited for. Their lookups
// are now rows of inbound_event_keys, filled in bulk with the full-text index a moment after each
// commit (see derived-index.ts), so a commit writes only the row, the dedupe index and the time
// index. `inbound_fts_state` becomes `inbound_derived_state`: one marker for both derived indexes.
export const inboundLookupKeys: Migration = {
  name: 'inbound-lookup-keys',
  up(db) {
    db.exec(`
      DROP TRIGGER inbound_events_fts_delete;
      DROP INDEX inbound_events_from;
      DROP INDEX inbound_events_to;
      DROP INDEX inbound_events_transid;
      DROP INDEX inbound_events_message_id;
      DROP INDEX inbound_events_correlation;
      DROP INDEX inbound_events_callback;
      ALTER TABLE inbound_fts_state RENAME TO inbound_derived_state;

      -- key = '<kind>:<value>': a: an address (from or to), t: transid, m: message id,
      -- c: correlation id, b: callback data. One b-tree answers every lookup.
      CREATE TABLE inbound_event_keys (
        key TEXT NOT NULL,
        seq INTEGER NOT NULL,
        PRIMARY KEY (key, seq)
      ) WITHOUT ROWID;

      -- Rows already covered by the full-text index get their keys now; later rows get them in
      -- the next derived pass, like their full-text entries.
      INSERT OR IGNORE INTO inbound_event_keys (key, seq)
        SELECT k.key, k.seq FROM (
          SELECT 'a:' || from_addr AS key, seq FROM inbound_events WHERE from_addr IS NOT NULL
          UNION ALL SELECT 'a:' || to_addr, seq FROM inbound_events WHERE to_addr IS NOT NULL
          UNION ALL SELECT 't:' || transid, seq FROM inbound_events WHERE transid IS NOT NULL
          UNION ALL SELECT 'm:' || message_id, seq FROM inbound_events WHERE message_id IS NOT NULL
          UNION ALL SELECT 'c:' || correlation_id, seq FROM inbound_events WHERE correlation_id IS NOT NULL
          UNION ALL SELECT 'b:' || callback_data, seq FROM inbound_events WHERE callback_data IS NOT NULL
        ) AS k
        WHERE k.seq <= (SELECT upto FROM inbound_derived_state WHERE id = 1);

      CREATE TRIGGER inbound_events_derived_delete AFTER DELETE ON inbound_events
        WHEN old.seq <= (SELECT upto FROM inbound_derived_state WHERE id = 1) BEGIN
        INSERT INTO inbound_events_fts (inbound_events_fts, rowid, text, from_addr, from_name, subject)
        VALUES ('delete', old.seq, old.text, old.from_addr, old.from_name, old.subject);
        DELETE FROM inbound_event_keys WHERE seq = old.seq AND key IN ('a:' || old.from_addr,
          'a:' || old.to_addr, 't:' || old.transid, 'm:' || old.message_id,
          'c:' || old.correlation_id, 'b:' || old.callback_data);
      END;
    `);
  },
};

import { ReceiptState, receiptStateSql } from '../../../../shared/inbound/receipt-state';
import type { Migration } from '../migration';

const STATE_KEYS = ReceiptState.options.map((state) => `'s:${state}'`).join(', ');

// Since migration 010 feed search reads inbound_raw_fts and the lookup keys; nothing read
// inbound_events_fts any more, yet every derived pass still filled it. It goes, with its part of
// the delete trigger.
// The `s:<state>` keys of the Status filter were written by whatever rules the code had when a row
// was indexed (migration 010 or a later pass); the rules were unified after (receipt-state.ts:
// DeliveredToNetwork is accepted, not delivered; "read" is a whole word, so "ready" is not read;
// notverified failed; opened and clicked read). They are recomputed from the shared rules, so a stored
// event shows under the same filter as a fresh ingest of its payload.
export const inboundDropOldFts: Migration = {
  name: 'inbound-drop-old-fts',
  up(db) {
    db.exec(`
      DROP TRIGGER inbound_events_derived_delete;
      DROP TABLE inbound_events_fts;
      CREATE TRIGGER inbound_events_derived_delete AFTER DELETE ON inbound_events BEGIN
        DELETE FROM inbound_raw_fts WHERE rowid = old.seq;
        DELETE FROM inbound_event_keys WHERE seq = old.seq AND key IN ('a:' || old.from_addr,
          'a:' || old.to_addr, 't:' || old.transid, 'm:' || old.message_id,
          'c:' || old.correlation_id, 'b:' || old.callback_data, ${STATE_KEYS});
      END;

      DELETE FROM inbound_event_keys WHERE key IN (${STATE_KEYS});
      INSERT OR IGNORE INTO inbound_event_keys (key, seq)
        SELECT 's:' || ${receiptStateSql()}, seq FROM inbound_events
        WHERE (delivery_status IS NOT NULL OR kind = 'receipt') AND seq <= (SELECT upto FROM inbound_derived_state WHERE id = 1);
    `);
  },
};

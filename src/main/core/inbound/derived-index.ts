import { receiptStateSql, type ReceiptState } from '../../../shared/inbound/receipt-state';
import type { Db } from '../db/database';
import type { DerivedStep } from './ingest-connection';

/** Rows indexed per catch-up transaction; a bigger backlog is worked off in several. */
const CATCH_UP_BATCH = 20_000;

const UPTO = '(SELECT upto FROM inbound_derived_state WHERE id = 1)';

// How many rows the step indexes: the rows KEYS_SQL and MARK_SQL read, in the same transaction.
const COUNT_SQL = `SELECT count(*) AS n FROM (SELECT seq FROM inbound_events WHERE seq > ${UPTO} ORDER BY seq LIMIT ?)`;

// Inserted in key order so the b-tree fills leaf by leaf.
const KEYS_SQL = `WITH pending AS MATERIALIZED (
    SELECT seq, kind, from_addr, to_addr, transid, message_id, correlation_id, callback_data, delivery_status FROM inbound_events
    WHERE seq > ${UPTO} ORDER BY seq LIMIT ?)
  INSERT OR IGNORE INTO inbound_event_keys (key, seq)
  SELECT key, seq FROM (
    SELECT 'a:' || from_addr AS key, seq FROM pending WHERE from_addr IS NOT NULL
    UNION ALL SELECT 'a:' || to_addr, seq FROM pending WHERE to_addr IS NOT NULL
    UNION ALL SELECT 't:' || transid, seq FROM pending WHERE transid IS NOT NULL
    UNION ALL SELECT 'm:' || message_id, seq FROM pending WHERE message_id IS NOT NULL
    UNION ALL SELECT 'c:' || correlation_id, seq FROM pending WHERE correlation_id IS NOT NULL
    UNION ALL SELECT 'b:' || callback_data, seq FROM pending WHERE callback_data IS NOT NULL
    UNION ALL SELECT 's:' || ${receiptStateSql()}, seq FROM pending WHERE delivery_status IS NOT NULL OR kind = 'receipt'
  ) ORDER BY key, seq`;

// Runs last in the same transaction, so its subquery sees the same rows the others indexed.
const MARK_SQL = `UPDATE inbound_derived_state SET upto = COALESCE(
    (SELECT MAX(seq) FROM (SELECT seq FROM inbound_events WHERE seq > upto ORDER BY seq LIMIT ?)), upto)
  WHERE id = 1`;

/** Lookup keys of inbound_event_keys (see migration 007). */
export const lookupKey = {
  address: (value: string): string => `a:${value}`,
  transid: (value: string): string => `t:${value}`,
  messageId: (value: string): string => `m:${value}`,
  correlationId: (value: string): string => `c:${value}`,
  callbackData: (value: string): string => `b:${value}`,
  state: (value: ReceiptState): string => `s:${value}`,
};

/** The kinds of key a search word may be the start of: addresses and vendor ids. */
export const SEARCHABLE_KEY_PREFIXES = ['a:', 't:', 'm:', 'c:', 'b:'] as const;

/**
 * The derived index of inbound_events, the lookup keys (addresses, vendor ids, delivery states), is filled in bulk right after committed batches, in their own
 * transaction, rather than by triggers or secondary indexes inside the write that acknowledges a
 * webhook: the sender then waits only for the row itself. They are derived data: that pass runs
 * with synchronous=NORMAL, and inbound_derived_state.upto records how far it got, so a crash
 * between the two only delays indexing until `catchUp()` (at start and before every search or
 * lookup) redoes it.
 */
export class DerivedIndexer {
  private readonly count;
  private readonly keys;
  private readonly mark;

  constructor(private readonly db: Db) {
    this.count = db.prepare<[number], { n: number }>(COUNT_SQL);
    this.keys = db.prepare(KEYS_SQL);
    this.mark = db.prepare(MARK_SQL);
  }

  /** One indexing step over at most `limit` rows, for the ingest connection to run after its commits. */
  static passOps(limit: number): DerivedStep {
    return { count: { sql: COUNT_SQL, params: [limit] }, ops: [KEYS_SQL, MARK_SQL].map((sql) => ({ sql, params: [limit] })) };
  }

  /** Indexes everything not yet indexed, on this connection. */
  catchUp(): void {
    for (;;) {
      let indexed = 0;
      this.db.pragma('synchronous = NORMAL');
      try {
        this.db.transaction(() => {
          indexed = this.count.get(CATCH_UP_BATCH)?.n ?? 0;
          if (indexed > 0) {
            this.keys.run(CATCH_UP_BATCH);
            this.mark.run(CATCH_UP_BATCH);
          }
        })();
      } finally {
        this.db.pragma('synchronous = FULL');
      }
      if (indexed < CATCH_UP_BATCH) return;
    }
  }
}

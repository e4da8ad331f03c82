import type { Db } from '../db/database';
import type { WriteOp } from './durable-writer';

/** Rows indexed per pass; a backlog (e.g. after a crash) is worked off in several passes. */
const BATCH = 20_000;

const INDEX_SQL = `INSERT INTO inbound_events_fts (rowid, text, from_addr, from_name, subject)
  SELECT seq, text, from_addr, from_name, subject FROM inbound_events
  WHERE seq > (SELECT upto FROM inbound_fts_state WHERE id = 1) ORDER BY seq LIMIT ${BATCH}`;
// Runs after INDEX_SQL in the same transaction, so the subquery sees the same rows it indexed.
const MARK_SQL = `UPDATE inbound_fts_state SET upto = COALESCE(
    (SELECT MAX(seq) FROM (SELECT seq FROM inbound_events WHERE seq > upto ORDER BY seq LIMIT ${BATCH})), upto)
  WHERE id = 1`;

/**
 * The FTS5 index of inbound_events is filled in bulk right after each committed batch, in its own
 * transaction, rather than by a trigger inside the write that acknowledges a webhook. It is
 * derived data: that pass runs with synchronous=NORMAL, and inbound_fts_state.upto records how far
 * it got, so a crash between the two only delays indexing until `catchUp()` (at start and before
 * every search) redoes it.
 */
export class FtsIndexer {
  private readonly indexStmt;
  private readonly markStmt;

  constructor(private readonly db: Db) {
    this.indexStmt = db.prepare(INDEX_SQL);
    this.markStmt = db.prepare(MARK_SQL);
  }

  /** The ops of one indexing pass, for the writer to run after its commit. */
  static passOps(): WriteOp[] {
    return [
      { sql: INDEX_SQL, params: [] },
      { sql: MARK_SQL, params: [] },
    ];
  }

  /** Indexes everything not yet indexed, on this connection. */
  catchUp(): void {
    for (;;) {
      let indexed = 0;
      this.db.pragma('synchronous = NORMAL');
      try {
        this.db.transaction(() => {
          indexed = this.indexStmt.run().changes;
          if (indexed > 0) this.markStmt.run();
        })();
      } finally {
        this.db.pragma('synchronous = FULL');
      }
      if (indexed < BATCH) return;
    }
  }
}

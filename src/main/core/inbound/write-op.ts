/**
 * One statement of an ingest batch (IngestConnection runs a batch's ops in one transaction). The
 * repos build them (an event's INSERT, a refusal's, the derived-index steps, retention's deletes).
 */
export interface WriteOp {
  sql: string;
  params: unknown[];
  /**
   * Run when the insert changed nothing (ON CONFLICT DO NOTHING): finds the key of the row that
   * won, given these of the insert's params (by position: they are not sent twice).
   */
  onConflict?: { sql: string; paramIndexes: readonly number[] };
}

/**
 * What an INSERT op stored: the new row's rowid, or (`duplicate`) the key of the row that won its
 * conflict. In the shape the ingest answers with, so a request costs no second object. An op that
 * changed nothing and found no winner has none (null).
 */
export interface WriteOutcome {
  id: string;
  duplicate: boolean;
}

import type { Statement } from 'better-sqlite3';
import type { Db } from '../db/database';
import type { RecipientText } from '../../../shared/outbound/personalise';

export interface RecipientRow {
  request_id: string;
  /** From 1, in the order of the request's destination groups. */
  position: number;
  job_id: string;
  created_at: number;
  address: string;
  correlation_id: string | null;
  /** The id the vendor gave this destination: v1 transid, v2 messageId (per request). */
  vendor_id: string | null;
  /** What this recipient got: the text with their $(variables) filled in. */
  text: string | null;
}

/** The columns of a recipient row that finding a receipt's recipient reads. */
export type LinkRecipient = Pick<RecipientRow, 'request_id' | 'position' | 'address' | 'vendor_id'>;

/**
 * Rows per INSERT statement (7 parameters each: 3,500, far below SQLite's 32,766). A 100,000-
 * recipient send is 200 statements; at 100 rows each the per-statement cost showed in profiles.
 */
const ROWS_PER_INSERT = 500;

// v2 gives one messageId to every destination of a request: it stays on the request
// (outbound_requests.message_ids) and is filled in on read, instead of rewriting a request's
// 1000 rows (and the vendor index) when its answer arrives. v1 transids differ per destination.
const ROW_COLUMNS = `rc.request_id, rc.position, rc.job_id, rc.created_at, rc.address, rc.correlation_id, rc.text,
  COALESCE(rc.vendor_id, (SELECT json_extract(r2.message_ids, '$[0]') FROM outbound_requests r2 WHERE r2.id = rc.request_id AND r2.api = 'v2')) AS vendor_id`;

/** Per-destination rows of each request (migration 009): what each recipient got and its vendor id. */
export class RecipientRepo {
  /** One prepared INSERT per row count (1..ROWS_PER_INSERT), made when first needed. */
  private readonly inserts = new Map<number, Statement>();
  private readonly byPositionStmt;

  constructor(private readonly db: Db) {
    // v1 answers one entry per destination, in order: the i-th transid is the i-th destination's.
    this.byPositionStmt = db.prepare(
      `UPDATE outbound_recipients SET vendor_id = json_extract(?, '$[' || (position - 1) || ']') WHERE request_id = ?`,
    );
  }

  private insertOf(rows: number): Statement {
    let statement = this.inserts.get(rows);
    if (!statement) {
      const values = Array.from({ length: rows }, () => '(?, ?, ?, ?, ?, ?, ?)').join(', ');
      statement = this.db.prepare(
        `INSERT INTO outbound_recipients (request_id, position, job_id, created_at, address, correlation_id, text) VALUES ${values}`,
      );
      this.inserts.set(rows, statement);
    }
    return statement;
  }

  /**
   * Writes a request's recipients (positions from 1, in order), many rows per statement: a send
   * may have 100,000 of them and each statement's trip from JavaScript into SQLite costs more
   * than the row it writes. Parameters go straight from `personalise` into one flat array (no
   * row object per recipient: at this volume the garbage showed in profiles).
   */
  insertMany(request: { requestId: string; jobId: string; createdAt: number }, recipients: readonly RecipientText[]): void {
    for (let at = 0; at < recipients.length; at += ROWS_PER_INSERT) {
      const count = Math.min(ROWS_PER_INSERT, recipients.length - at);
      const params: unknown[] = new Array(count * 7);
      let k = 0;
      for (let i = at; i < at + count; i++) {
        const recipient = recipients[i]!;
        params[k++] = request.requestId;
        params[k++] = i + 1;
        params[k++] = request.jobId;
        params[k++] = request.createdAt;
        params[k++] = recipient.address;
        params[k++] = recipient.correlationId;
        params[k++] = recipient.text;
      }
      this.insertOf(count).run(...params);
    }
  }

  /**
   * Records the ids of an answer: v1's transids belong to destinations by position when there is
   * one per destination (else none is guessed). v2's messageId, every destination's, is read from
   * the request (ROW_COLUMNS).
   */
  setVendorIds(requestId: string, api: 'v1' | 'v2', ids: { transids: string[] }, destinations: number): void {
    if (api === 'v1' && ids.transids.length === destinations && destinations > 0) {
      this.byPositionStmt.run(JSON.stringify(ids.transids), requestId);
    }
  }

  /** A send's recipients in order: by request, then position. */
  forJob(jobId: string): RecipientRow[] {
    return this.db
      .prepare<[string], RecipientRow>(
        `SELECT ${ROW_COLUMNS} FROM outbound_requests r JOIN outbound_recipients rc ON rc.request_id = r.id WHERE r.job_id = ? ORDER BY r.seq, rc.position`,
      )
      .all(jobId);
  }

  /** One page of forJob: `limit` rows from `offset`, in the same order. */
  pageForJob(jobId: string, offset: number, limit: number): RecipientRow[] {
    return this.db
      .prepare<[string, number, number], RecipientRow>(
        `SELECT ${ROW_COLUMNS} FROM outbound_requests r JOIN outbound_recipients rc ON rc.request_id = r.id WHERE r.job_id = ?
         ORDER BY r.seq, rc.position LIMIT ? OFFSET ?`,
      )
      .all(jobId, limit, offset);
  }

  forRequest(requestId: string): RecipientRow[] {
    return this.db
      .prepare<[string], RecipientRow>(`SELECT ${ROW_COLUMNS} FROM outbound_recipients rc WHERE rc.request_id = ? ORDER BY rc.position`)
      .all(requestId);
  }

  /**
   * What linking reads of a request's rows (LinkRecipient), in position order: a send's counts
   * index every row of every request a receipt names, and reading them whole (text, and the v2
   * messageId looked up per row) was a tenth of a 100,000-recipient send's summary.
   */
  linkRecipientsOf(requestId: string): LinkRecipient[] {
    // ROW_COLUMNS' COALESCE, with the request's v2 messageId read once instead of once a row.
    const v2 = this.db
      .prepare<[string], { id: string | null }>(
        `SELECT json_extract(message_ids, '$[0]') AS id FROM outbound_requests WHERE id = ? AND api = 'v2'`,
      )
      .get(requestId)?.id;
    // Raw rows made into literal objects, as receiptLinks reads its rows (fewer, cheaper allocations at 100,000 rows).
    const rows = this.db
      .prepare<[string], [number, string, string | null]>(
        'SELECT position, address, vendor_id FROM outbound_recipients WHERE request_id = ? ORDER BY position',
      )
      .raw(true)
      .all(requestId);
    const fallback = v2 ?? null;
    return rows.map(([position, address, vendorId]) => ({ request_id: requestId, position, address, vendor_id: vendorId ?? fallback }));
  }

  /** The positions of a request's rows, in order. */
  positionsOf(requestId: string): number[] {
    return this.db
      .prepare<[string], number>('SELECT position FROM outbound_recipients WHERE request_id = ? ORDER BY position')
      .pluck()
      .all(requestId);
  }

  /** A request's rows at these positions, in position order. */
  atPositions(requestId: string, positions: readonly number[]): RecipientRow[] {
    if (positions.length === 0) return [];
    return this.db
      .prepare(
        `SELECT ${ROW_COLUMNS} FROM outbound_recipients rc WHERE rc.request_id = ? AND rc.position IN (${positions.map(() => '?').join(', ')})
         ORDER BY rc.position`,
      )
      .all(requestId, ...positions) as RecipientRow[];
  }

  /** How many recipients each request of a send has, by request id (the primary key's prefix, no row read). */
  countsByRequest(jobId: string): Map<string, number> {
    const rows = this.db
      .prepare<[string], { id: string; n: number }>(
        'SELECT r.id, (SELECT COUNT(*) FROM outbound_recipients rc WHERE rc.request_id = r.id) AS n FROM outbound_requests r WHERE r.job_id = ?',
      )
      .all(jobId);
    return new Map(rows.map((row) => [row.id, row.n]));
  }

  /** Every recipient row sent to one address (any spelling of it), newest first. */
  forAddresses(addresses: readonly string[]): RecipientRow[] {
    if (addresses.length === 0) return [];
    return this.db
      .prepare(
        `SELECT ${ROW_COLUMNS} FROM outbound_recipients rc WHERE rc.address IN (${addresses.map(() => '?').join(', ')}) ORDER BY rc.created_at DESC, rc.request_id, rc.position`,
      )
      .all(...addresses) as RecipientRow[];
  }

  /** When we last sent to each of these addresses (exact spelling). */
  latestSendAt(addresses: readonly string[]): Map<string, number> {
    const out = new Map<string, number>();
    const stmt = this.db.prepare<[string], { at: number | null }>(
      'SELECT MAX(created_at) AS at FROM outbound_recipients WHERE address = ?',
    );
    for (const address of new Set(addresses)) {
      const at = stmt.get(address)?.at;
      if (at !== null && at !== undefined) out.set(address, at);
    }
    return out;
  }

  /** How many of our sends (jobs) used this correlation id. */
  jobsUsingCorrelationId(correlationId: string): number {
    return (
      this.db
        .prepare<[string], { n: number }>('SELECT COUNT(DISTINCT job_id) AS n FROM outbound_recipients WHERE correlation_id = ?')
        .get(correlationId)?.n ?? 0
    );
  }
}

import type { Db } from '../db/database';

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

/** Per-destination rows of each request (migration 009): what each recipient got and its vendor id. */
export class RecipientRepo {
  private readonly insertStmt;
  private readonly sameIdStmt;
  private readonly byPositionStmt;

  constructor(private readonly db: Db) {
    this.insertStmt = db.prepare(
      `INSERT INTO outbound_recipients (request_id, position, job_id, created_at, address, correlation_id, text)
       VALUES (@request_id, @position, @job_id, @created_at, @address, @correlation_id, @text)`,
    );
    this.sameIdStmt = db.prepare('UPDATE outbound_recipients SET vendor_id = ? WHERE request_id = ?');
    // v1 answers one entry per destination, in order: the i-th transid is the i-th destination's.
    this.byPositionStmt = db.prepare(`UPDATE outbound_recipients SET vendor_id = json_extract(?, '$[' || (position - 1) || ']') WHERE request_id = ?`);
  }

  insert(row: Omit<RecipientRow, 'vendor_id'>): void {
    this.insertStmt.run(row);
  }

  /**
   * Records the ids of an answer: v2's messageId is every destination's; v1's transids belong to
   * destinations by position when there is one per destination (else none is guessed).
   */
  setVendorIds(requestId: string, api: 'v1' | 'v2', ids: { transids: string[]; messageIds: string[] }, destinations: number): void {
    if (api === 'v2') {
      if (ids.messageIds[0] !== undefined) this.sameIdStmt.run(ids.messageIds[0], requestId);
    } else if (ids.transids.length === destinations && destinations > 0) {
      this.byPositionStmt.run(JSON.stringify(ids.transids), requestId);
    }
  }

  /** A send's recipients in order: by request, then position. */
  forJob(jobId: string): RecipientRow[] {
    return this.db
      .prepare<[string], RecipientRow>(
        `SELECT rc.* FROM outbound_recipients rc JOIN outbound_requests r ON r.id = rc.request_id WHERE rc.job_id = ? ORDER BY r.seq, rc.position`,
      )
      .all(jobId);
  }

  forRequest(requestId: string): RecipientRow[] {
    return this.db.prepare<[string], RecipientRow>('SELECT * FROM outbound_recipients WHERE request_id = ? ORDER BY position').all(requestId);
  }

  /** Every recipient row sent to one address (any spelling of it), newest first. */
  forAddresses(addresses: readonly string[]): RecipientRow[] {
    if (addresses.length === 0) return [];
    return this.db
      .prepare(`SELECT * FROM outbound_recipients WHERE address IN (${addresses.map(() => '?').join(', ')}) ORDER BY created_at DESC, request_id, position`)
      .all(...addresses) as RecipientRow[];
  }

  /** When we last sent to each of these addresses (exact spelling). */
  latestSendAt(addresses: readonly string[]): Map<string, number> {
    const out = new Map<string, number>();
    const stmt = this.db.prepare<[string], { at: number | null }>('SELECT MAX(created_at) AS at FROM outbound_recipients WHERE address = ?');
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

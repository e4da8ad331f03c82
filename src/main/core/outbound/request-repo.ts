import type { RequestState } from '../../../shared/contract/outbound';
import type { Db } from '../db/database';

export interface RequestRow {
  id: string;
  job_id: string;
  seq: number;
  profile_id: string;
  api: 'v1' | 'v2';
  channel: string | null;
  body: string;
  destinations: number;
  first_address: string | null;
  addresses: string;
  correlation_ids: string;
  callback_data: string | null;
  state: RequestState;
  attempts: number;
  next_attempt_at: number | null;
  claimed_by: string | null;
  response_code: string | null;
  response_description: string | null;
  transids: string;
  message_ids: string;
  created_at: number;
  updated_at: number;
}

/** What the worker needs to pick and pace a request; the body is read only when it is sent. */
export type DueRow = Pick<RequestRow, 'id' | 'job_id' | 'seq' | 'profile_id' | 'api' | 'destinations' | 'state' | 'attempts'>;

export type NewRequest = Omit<
  RequestRow,
  'attempts' | 'claimed_by' | 'response_code' | 'response_description' | 'transids' | 'message_ids'
>;

export interface StateCount {
  state: RequestState;
  requests: number;
  destinations: number;
}

export interface ListFilter {
  state?: RequestState;
  jobId?: string;
  profileId?: string;
  search?: string;
  offset: number;
  limit: number;
}

const LINK_COLUMNS = `id, job_id, seq, api, state, destinations, created_at, addresses, correlation_ids, callback_data, transids, message_ids,
  response_code, response_description`;

export type LinkRow = Pick<
  RequestRow,
  | 'id'
  | 'job_id'
  | 'seq'
  | 'api'
  | 'state'
  | 'destinations'
  | 'created_at'
  | 'addresses'
  | 'correlation_ids'
  | 'callback_data'
  | 'transids'
  | 'message_ids'
  | 'response_code'
  | 'response_description'
>;

/** Columns for the list: everything but the (possibly large) body and address list. */
const SUMMARY_COLUMNS = `r.id, r.job_id, r.seq, r.profile_id, r.api, r.channel, r.destinations, r.first_address, r.state,
  r.attempts, r.next_attempt_at, r.response_code, r.response_description, r.created_at, r.updated_at, j.request_count AS job_size`;

export type SummaryRow = Pick<
  RequestRow,
  | 'id'
  | 'job_id'
  | 'seq'
  | 'profile_id'
  | 'api'
  | 'channel'
  | 'destinations'
  | 'first_address'
  | 'state'
  | 'attempts'
  | 'next_attempt_at'
  | 'response_code'
  | 'response_description'
  | 'created_at'
  | 'updated_at'
> & { job_size: number };

/** The outbox and send log (one row per API request). Owns every SQL statement on it. */
export class RequestRepo {
  private readonly insertStmt;
  private readonly claimStmt;
  private readonly dueStmt;

  constructor(private readonly db: Db) {
    this.insertStmt = db.prepare(
      `INSERT INTO outbound_requests (id, job_id, seq, profile_id, api, channel, body, destinations, first_address, addresses,
         correlation_ids, callback_data, state, next_attempt_at, created_at, updated_at)
       VALUES (@id, @job_id, @seq, @profile_id, @api, @channel, @body, @destinations, @first_address, @addresses,
         @correlation_ids, @callback_data, @state, @next_attempt_at, @created_at, @updated_at)`,
    );
    // The claim is the exactly-once gate: only one worker can move a row from queued to sending.
    this.claimStmt = db.prepare(
      `UPDATE outbound_requests SET state = 'sending', claimed_by = ?, attempts = attempts + 1, updated_at = ?
       WHERE id = ? AND state = 'queued'`,
    );
    this.dueStmt = db.prepare<[string, number, number], DueRow>(
      `SELECT r.id, r.job_id, r.seq, r.profile_id, r.api, r.destinations, r.state, r.attempts FROM outbound_requests r JOIN outbound_jobs j ON j.id = r.job_id
       WHERE r.state = 'queued' AND j.owner = ? AND j.state = 'running' AND r.next_attempt_at <= ?
       ORDER BY r.next_attempt_at, r.created_at, r.seq LIMIT ?`,
    );
  }

  insert(row: NewRequest): void {
    this.insertStmt.run(row);
  }

  get(id: string): RequestRow | undefined {
    return this.db.prepare<[string], RequestRow>('SELECT * FROM outbound_requests WHERE id = ?').get(id);
  }

  summary(id: string): SummaryRow | undefined {
    return this.db
      .prepare<[string], SummaryRow>(
        `SELECT ${SUMMARY_COLUMNS} FROM outbound_requests r JOIN outbound_jobs j ON j.id = r.job_id WHERE r.id = ?`,
      )
      .get(id);
  }

  /** True when this worker now owns the row (it was queued); bumps the attempt count. */
  claim(id: string, owner: string, now: number): boolean {
    return this.claimStmt.run(owner, now, id).changes === 1;
  }

  body(id: string): string | undefined {
    return this.db.prepare<[string], { body: string }>('SELECT body FROM outbound_requests WHERE id = ?').get(id)?.body;
  }

  due(owner: string, now: number, limit: number): DueRow[] {
    return this.dueStmt.all(owner, now, limit);
  }

  /** When the next queued request of this owner's jobs becomes due, if any. */
  nextDueAt(owner: string): number | undefined {
    const row = this.db
      .prepare<[string], { at: number | null }>(
        `SELECT MIN(r.next_attempt_at) AS at FROM outbound_requests r JOIN outbound_jobs j ON j.id = r.job_id
         WHERE r.state = 'queued' AND j.owner = ? AND j.state = 'running'`,
      )
      .get(owner);
    return row?.at ?? undefined;
  }

  /** Back to the queue after a try that did not arrive or must be repeated. */
  requeue(id: string, nextAttemptAt: number, code: string | null, description: string | null, now: number): void {
    this.db
      .prepare(
        `UPDATE outbound_requests SET state = 'queued', next_attempt_at = ?, claimed_by = NULL, response_code = ?,
           response_description = ?, updated_at = ? WHERE id = ? AND state = 'sending'`,
      )
      .run(nextAttemptAt, code, description, now, id);
  }

  /** A try that did not count (never reached the network): undo its attempt number too. */
  release(id: string, nextAttemptAt: number, now: number): void {
    this.db
      .prepare(
        `UPDATE outbound_requests SET state = 'queued', next_attempt_at = ?, claimed_by = NULL, attempts = attempts - 1,
           updated_at = ? WHERE id = ? AND state = 'sending'`,
      )
      .run(nextAttemptAt, now, id);
  }

  settle(
    id: string,
    state: 'accepted' | 'failed' | 'unknown',
    fields: { code: string | null; description: string | null; transids?: string[]; messageIds?: string[] },
    now: number,
  ): void {
    this.db
      .prepare(
        `UPDATE outbound_requests SET state = ?, next_attempt_at = NULL, claimed_by = NULL, response_code = ?,
           response_description = ?, transids = ?, message_ids = ?, updated_at = ? WHERE id = ?`,
      )
      .run(state, fields.code, fields.description, JSON.stringify(fields.transids ?? []), JSON.stringify(fields.messageIds ?? []), now, id);
  }

  /** What receipt linking and outcomes need of these requests (no body). */
  linkRows(ids: readonly string[]): LinkRow[] {
    const out: LinkRow[] = [];
    for (let at = 0; at < ids.length; at += 500) {
      const chunk = ids.slice(at, at + 500);
      out.push(
        ...(this.db
          .prepare(`SELECT ${LINK_COLUMNS} FROM outbound_requests WHERE id IN (${chunk.map(() => '?').join(', ')})`)
          .all(...chunk) as LinkRow[]),
      );
    }
    return out;
  }

  /** How many of our sends (jobs) used this callbackData. */
  jobsUsingCallbackData(callbackData: string): number {
    return (
      this.db
        .prepare<[string], { n: number }>('SELECT COUNT(DISTINCT job_id) AS n FROM outbound_requests WHERE callback_data = ?')
        .get(callbackData)?.n ?? 0
    );
  }

  /** Requests of a job that were on the wire (state sending). */
  inFlight(jobId: string): Pick<RequestRow, 'id' | 'job_id' | 'state'>[] {
    return this.db
      .prepare<[string], Pick<RequestRow, 'id' | 'job_id' | 'state'>>(
        `SELECT id, job_id, state FROM outbound_requests WHERE job_id = ? AND state = 'sending'`,
      )
      .all(jobId);
  }

  cancelQueued(jobId: string, now: number): number {
    return this.db
      .prepare(
        `UPDATE outbound_requests SET state = 'cancelled', next_attempt_at = NULL, updated_at = ? WHERE job_id = ? AND state = 'queued'`,
      )
      .run(now, jobId).changes;
  }

  countsForJob(jobId: string): StateCount[] {
    return this.db
      .prepare<[string], StateCount>(
        `SELECT state, COUNT(*) AS requests, SUM(destinations) AS destinations FROM outbound_requests WHERE job_id = ? GROUP BY state`,
      )
      .all(jobId);
  }

  private where(filter: Omit<ListFilter, 'offset' | 'limit'>): { sql: string; params: unknown[] } {
    const clauses: string[] = [];
    const params: unknown[] = [];
    if (filter.state) {
      clauses.push('r.state = ?');
      params.push(filter.state);
    }
    if (filter.jobId) {
      clauses.push('r.job_id = ?');
      params.push(filter.jobId);
    }
    if (filter.profileId) {
      clauses.push('r.profile_id = ?');
      params.push(filter.profileId);
    }
    if (filter.search) {
      const like = `%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      clauses.push(
        `(r.addresses LIKE ? ESCAPE '\\' OR r.correlation_ids LIKE ? ESCAPE '\\' OR r.transids LIKE ? ESCAPE '\\'
          OR r.message_ids LIKE ? ESCAPE '\\' OR r.channel LIKE ? ESCAPE '\\' OR r.id = ? OR r.job_id = ?)`,
      );
      params.push(like, like, like, like, like, filter.search, filter.search);
    }
    return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
  }

  list(filter: ListFilter): { rows: SummaryRow[]; total: number } {
    const { sql, params } = this.where(filter);
    // One snapshot for both: another process (the CLI) may commit between two statements.
    return this.db.transaction(() => ({
      rows: this.db
        .prepare(
          `SELECT ${SUMMARY_COLUMNS} FROM outbound_requests r JOIN outbound_jobs j ON j.id = r.job_id ${sql}
           ORDER BY r.created_at DESC, r.seq DESC LIMIT ? OFFSET ?`,
        )
        .all(...params, filter.limit, filter.offset) as SummaryRow[],
      total: (this.db.prepare(`SELECT COUNT(*) AS n FROM outbound_requests r ${sql}`).get(...params) as { n: number }).n,
    }))();
  }

  /** Requests per state over the same filter except the state itself (for the filter chips). */
  countsByState(filter: Omit<ListFilter, 'offset' | 'limit' | 'state'>): { state: RequestState; n: number }[] {
    const { sql, params } = this.where(filter);
    return this.db.prepare(`SELECT r.state AS state, COUNT(*) AS n FROM outbound_requests r ${sql} GROUP BY r.state`).all(...params) as {
      state: RequestState;
      n: number;
    }[];
  }
}

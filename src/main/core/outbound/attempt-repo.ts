import type { Db } from '../db/database';

export interface AttemptRow {
  request_id: string;
  attempt: number;
  started_at: number;
  finished_at: number | null;
  http_status: number | null;
  /** sending (on the wire) | accepted | retry | failed | network | unknown */
  outcome: string;
  code: string | null;
  description: string | null;
  response: string | null;
}

/** One row per try of a request: when, what came back, what we made of it. */
export class AttemptRepo {
  constructor(private readonly db: Db) {}

  start(requestId: string, attempt: number, now: number): void {
    this.db
      .prepare(`INSERT INTO outbound_attempts (request_id, attempt, started_at, outcome) VALUES (?, ?, ?, 'sending')`)
      .run(requestId, attempt, now);
  }

  finish(row: Omit<AttemptRow, 'started_at'>): void {
    this.db
      .prepare(
        `UPDATE outbound_attempts SET finished_at = @finished_at, http_status = @http_status, outcome = @outcome,
           code = @code, description = @description, response = @response
         WHERE request_id = @request_id AND attempt = @attempt`,
      )
      .run(row);
  }

  /** Tries that were on the wire when their process died. */
  markUnknown(requestId: string, now: number): void {
    this.db
      .prepare(
        `UPDATE outbound_attempts SET outcome = 'unknown', finished_at = ?,
           description = 'Relaydesk stopped while this was on the wire: it may or may not have arrived.'
         WHERE request_id = ? AND outcome = 'sending'`,
      )
      .run(now, requestId);
  }

  forRequest(requestId: string): AttemptRow[] {
    return this.db.prepare<[string], AttemptRow>('SELECT * FROM outbound_attempts WHERE request_id = ? ORDER BY attempt').all(requestId);
  }
}

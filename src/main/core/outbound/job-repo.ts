import type { Db } from '../db/database';

export interface JobRow {
  id: string;
  profile_id: string;
  api: string;
  request_count: number;
  destinations: number;
  state: 'running' | 'done' | 'cancelled';
  owner: string | null;
  created_at: number;
  finished_at: number | null;
  /** Made by the client once per user action; a second send with it returns this job. */
  send_id: string | null;
}

/** Send jobs: one user action (a send, a re-send) and the requests it became. */
export class JobRepo {
  constructor(private readonly db: Db) {}

  insert(job: Omit<JobRow, 'finished_at'>): void {
    this.db
      .prepare(
        `INSERT INTO outbound_jobs (id, profile_id, api, request_count, destinations, state, owner, created_at, send_id)
         VALUES (@id, @profile_id, @api, @request_count, @destinations, @state, @owner, @created_at, @send_id)`,
      )
      .run(job);
  }

  bySendId(sendId: string): JobRow | undefined {
    return this.db.prepare<[string], JobRow>('SELECT * FROM outbound_jobs WHERE send_id = ?').get(sendId);
  }

  get(id: string): JobRow | undefined {
    return this.db.prepare<[string], JobRow>('SELECT * FROM outbound_jobs WHERE id = ?').get(id);
  }

  running(): JobRow[] {
    return this.db.prepare<[], JobRow>(`SELECT * FROM outbound_jobs WHERE state = 'running' ORDER BY created_at`).all();
  }

  setOwner(id: string, owner: string): void {
    this.db.prepare('UPDATE outbound_jobs SET owner = ? WHERE id = ?').run(owner, id);
  }

  finish(id: string, state: 'done' | 'cancelled', now: number): void {
    this.db.prepare(`UPDATE outbound_jobs SET state = ?, finished_at = ? WHERE id = ? AND state = 'running'`).run(state, now, id);
  }

  /** Sends newest first, optionally only those whose requests or recipients match `search`. */
  page(search: string | undefined, offset: number, limit: number): { rows: SendRow[]; total: number } {
    const where = searchWhere(search);
    return this.db.transaction(() => ({
      rows: this.db
        .prepare(`SELECT ${SEND_COLUMNS} FROM outbound_jobs j ${where.sql} ORDER BY j.created_at DESC, j.rowid DESC LIMIT ? OFFSET ?`)
        .all(...where.params, limit, offset) as SendRow[],
      total: (this.db.prepare(`SELECT COUNT(*) AS n FROM outbound_jobs j ${where.sql}`).get(...where.params) as { n: number }).n,
    }))();
  }
}

/** A job with what the sends list shows of its first request and recipient. */
export type SendRow = JobRow & { channel: string | null; first_address: string | null; first_text: string | null };

const SEND_COLUMNS = `j.*,
  (SELECT channel FROM outbound_requests WHERE job_id = j.id ORDER BY seq LIMIT 1) AS channel,
  (SELECT first_address FROM outbound_requests WHERE job_id = j.id ORDER BY seq LIMIT 1) AS first_address,
  (SELECT rc.text FROM outbound_requests r JOIN outbound_recipients rc ON rc.request_id = r.id
    WHERE r.job_id = j.id ORDER BY r.seq, rc.position LIMIT 1) AS first_text`;

/** Matches an address, a correlation id, a transaction/message id, the channel, the text or the send's id. */
function searchWhere(search: string | undefined): { sql: string; params: unknown[] } {
  if (!search) return { sql: '', params: [] };
  const like = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return {
    sql: `WHERE j.id = ? OR j.id IN (SELECT r.job_id FROM outbound_requests r WHERE r.id = ? OR r.addresses LIKE ? ESCAPE '\\'
      OR r.correlation_ids LIKE ? ESCAPE '\\' OR r.transids LIKE ? ESCAPE '\\' OR r.message_ids LIKE ? ESCAPE '\\' OR r.channel LIKE ? ESCAPE '\\')
      OR j.id IN (SELECT rc.job_id FROM outbound_recipients rc WHERE rc.text LIKE ? ESCAPE '\\')`,
    params: [search, search, like, like, like, like, like, like],
  };
}

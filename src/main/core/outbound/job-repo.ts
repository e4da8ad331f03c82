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
}

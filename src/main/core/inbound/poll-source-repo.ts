import type { Db } from '../db/database';

export interface PollSourceRecord {
  id: string;
  name: string;
  url: string;
  interval_seconds: number;
  enabled: number;
  auth_header_name: string | null;
  auth_set: number;
  cursor_param: string | null;
  cursor: string | null;
  etag: string | null;
  last_poll_at: number | null;
  last_success_at: number | null;
  last_error: string | null;
  failures: number;
  events_stored: number;
  created_at: number;
}

export type PollStateUpdate = Partial<
  Pick<PollSourceRecord, 'cursor' | 'etag' | 'last_poll_at' | 'last_success_at' | 'last_error' | 'failures'>
>;

const UPDATABLE = ['cursor', 'etag', 'last_poll_at', 'last_success_at', 'last_error', 'failures'] as const;

/** Poll sources and their cursors. The auth header VALUE is not here: it is in the keychain. */
export class PollSourceRepo {
  constructor(private readonly db: Db) {}

  list(): PollSourceRecord[] {
    return this.db.prepare('SELECT * FROM inbound_poll_sources ORDER BY created_at, id').all() as PollSourceRecord[];
  }

  get(id: string): PollSourceRecord | undefined {
    return this.db.prepare('SELECT * FROM inbound_poll_sources WHERE id = ?').get(id) as PollSourceRecord | undefined;
  }

  insert(r: Pick<PollSourceRecord, 'id' | 'name' | 'url' | 'interval_seconds' | 'auth_header_name' | 'auth_set' | 'cursor_param'>): void {
    this.db
      .prepare(
        `INSERT INTO inbound_poll_sources (id, name, url, interval_seconds, enabled, auth_header_name, auth_set, cursor_param, created_at)
         VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?)`,
      )
      .run(r.id, r.name, r.url, r.interval_seconds, r.auth_header_name, r.auth_set, r.cursor_param, Date.now());
  }

  delete(id: string): boolean {
    return this.db.prepare('DELETE FROM inbound_poll_sources WHERE id = ?').run(id).changes > 0;
  }

  setEnabled(id: string, enabled: boolean): void {
    this.db.prepare('UPDATE inbound_poll_sources SET enabled = ?, failures = 0 WHERE id = ?').run(enabled ? 1 : 0, id);
  }

  update(id: string, state: PollStateUpdate, storedDelta = 0): void {
    const sets: string[] = ['events_stored = events_stored + ?'];
    const params: unknown[] = [storedDelta];
    for (const key of UPDATABLE) {
      if (key in state) {
        sets.push(`${key} = ?`);
        params.push(state[key] ?? null);
      }
    }
    this.db.prepare(`UPDATE inbound_poll_sources SET ${sets.join(', ')} WHERE id = ?`).run(...params, id);
  }
}

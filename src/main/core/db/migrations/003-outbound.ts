import type { Migration } from '../migration';

// The outbox and the send log are one table: a request row is written (queued) before it is sent
// and keeps its state, attempts and answer afterwards, so History is the outbox's own record.
// Never a key, JWT or header here: only the body the user wrote.
export const outbound: Migration = {
  name: 'outbound',
  up(db) {
    db.exec(`
      CREATE TABLE outbound_jobs (
        id TEXT PRIMARY KEY,
        profile_id TEXT NOT NULL,
        api TEXT NOT NULL,
        request_count INTEGER NOT NULL,
        destinations INTEGER NOT NULL,
        state TEXT NOT NULL,
        -- the worker (process) sending it; another process adopts it only once this one is gone
        owner TEXT,
        created_at INTEGER NOT NULL,
        finished_at INTEGER
      );
      -- Small, hot columns first; the large ones (addresses, body) last, so the worker's and the
      -- list's queries never walk a 100 KB body's overflow pages to reach a state or a time.
      CREATE TABLE outbound_requests (
        id TEXT PRIMARY KEY,
        job_id TEXT NOT NULL REFERENCES outbound_jobs(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        profile_id TEXT NOT NULL,
        api TEXT NOT NULL,
        channel TEXT,
        destinations INTEGER NOT NULL,
        first_address TEXT,
        state TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER,
        claimed_by TEXT,
        response_code TEXT,
        response_description TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        callback_data TEXT,
        correlation_ids TEXT NOT NULL,
        transids TEXT NOT NULL DEFAULT '[]',
        message_ids TEXT NOT NULL DEFAULT '[]',
        addresses TEXT NOT NULL,
        body TEXT NOT NULL
      );
      CREATE INDEX outbound_requests_due ON outbound_requests (state, next_attempt_at);
      CREATE INDEX outbound_requests_job ON outbound_requests (job_id, seq);
      CREATE INDEX outbound_requests_job_state ON outbound_requests (job_id, state, destinations);
      CREATE INDEX outbound_requests_created ON outbound_requests (created_at);
      CREATE TABLE outbound_attempts (
        request_id TEXT NOT NULL REFERENCES outbound_requests(id) ON DELETE CASCADE,
        attempt INTEGER NOT NULL,
        started_at INTEGER NOT NULL,
        finished_at INTEGER,
        http_status INTEGER,
        outcome TEXT NOT NULL,
        code TEXT,
        description TEXT,
        response TEXT,
        PRIMARY KEY (request_id, attempt)
      );
    `);
  },
};

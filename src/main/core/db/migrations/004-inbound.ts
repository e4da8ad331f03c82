import type { Migration } from '../migration';

// The inbound area's tables: events (normalized columns + the raw body and headers verbatim),
// their full-text index, the rejected-request log, poll sources and their cursors.
// While unreleased this step may be edited in place.
export const inbound: Migration = {
  name: 'inbound',
  up(db) {
    db.exec(`
      CREATE TABLE inbound_events (
        -- seq is also the event's public id: sequential keys append to the b-tree instead of
        -- dirtying random pages, which keeps each durable commit small.
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        source TEXT NOT NULL,
        kind TEXT NOT NULL,
        channel TEXT NOT NULL,
        direction TEXT NOT NULL,
        from_addr TEXT,
        to_addr TEXT,
        from_name TEXT,
        subject TEXT,
        text TEXT,
        attachments TEXT NOT NULL,
        details TEXT NOT NULL,
        external_id TEXT,
        transid TEXT,
        message_id TEXT,
        correlation_id TEXT,
        callback_data TEXT,
        delivery_status TEXT,
        status_code TEXT,
        status_description TEXT,
        event_time INTEGER,
        received_at INTEGER NOT NULL,
        via TEXT NOT NULL,
        poll_source_id TEXT,
        raw TEXT NOT NULL,
        headers TEXT NOT NULL
      );
      -- Dedupe: a vendor retry (same source + external id) is acknowledged but stored once.
      CREATE UNIQUE INDEX inbound_events_external ON inbound_events (source, external_id)
        WHERE external_id IS NOT NULL;
      CREATE INDEX inbound_events_received ON inbound_events (received_at, seq);
      CREATE INDEX inbound_events_from ON inbound_events (from_addr, received_at) WHERE from_addr IS NOT NULL;
      CREATE INDEX inbound_events_to ON inbound_events (to_addr, received_at) WHERE to_addr IS NOT NULL;
      CREATE INDEX inbound_events_transid ON inbound_events (transid) WHERE transid IS NOT NULL;
      CREATE INDEX inbound_events_message_id ON inbound_events (message_id) WHERE message_id IS NOT NULL;
      CREATE INDEX inbound_events_correlation ON inbound_events (correlation_id) WHERE correlation_id IS NOT NULL;
      CREATE INDEX inbound_events_callback ON inbound_events (callback_data) WHERE callback_data IS NOT NULL;

      -- Full-text search over text and sender. Indexed in bulk shortly after each commit rather than
      -- by an insert trigger: the index is derived data, and keeping it out of the write that
      -- acknowledges a webhook keeps ingest fast. inbound_fts_state.upto is the last seq indexed;
      -- anything after it is indexed on the next pass (and before any search), also after a crash.
      CREATE VIRTUAL TABLE inbound_events_fts USING fts5(
        text, from_addr, from_name, subject,
        content = 'inbound_events', content_rowid = 'seq', tokenize = 'unicode61', detail = 'none'
      );
      CREATE TABLE inbound_fts_state (id INTEGER PRIMARY KEY CHECK (id = 1), upto INTEGER NOT NULL);
      INSERT INTO inbound_fts_state (id, upto) VALUES (1, 0);
      CREATE TRIGGER inbound_events_fts_delete AFTER DELETE ON inbound_events
        WHEN old.seq <= (SELECT upto FROM inbound_fts_state WHERE id = 1) BEGIN
        INSERT INTO inbound_events_fts (inbound_events_fts, rowid, text, from_addr, from_name, subject)
        VALUES ('delete', old.seq, old.text, old.from_addr, old.from_name, old.subject);
      END;

      CREATE TABLE inbound_rejected (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        received_at INTEGER NOT NULL,
        via TEXT NOT NULL,
        method TEXT NOT NULL,
        path TEXT NOT NULL,
        http_status INTEGER NOT NULL,
        reason TEXT NOT NULL,
        content_type TEXT,
        body_bytes INTEGER NOT NULL,
        body_preview TEXT NOT NULL,
        body_truncated INTEGER NOT NULL,
        headers TEXT NOT NULL
      );

      -- The auth header's value is a secret: it lives in the OS keychain, never here.
      CREATE TABLE inbound_poll_sources (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        url TEXT NOT NULL,
        interval_seconds INTEGER NOT NULL,
        enabled INTEGER NOT NULL,
        auth_header_name TEXT,
        auth_set INTEGER NOT NULL DEFAULT 0,
        cursor_param TEXT,
        cursor TEXT,
        etag TEXT,
        last_poll_at INTEGER,
        last_success_at INTEGER,
        last_error TEXT,
        failures INTEGER NOT NULL DEFAULT 0,
        events_stored INTEGER NOT NULL DEFAULT 0,
        created_at INTEGER NOT NULL
      );
    `);
  },
};

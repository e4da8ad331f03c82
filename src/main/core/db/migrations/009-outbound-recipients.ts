import type { Migration } from '../migration';

// Sends a user can trust (issue 15). `send_id` is made by the client once per user action, so a
// double-click or a repeated Ctrl+Enter finds the job it already queued instead of queueing
// another (unique; NULL for sends made without one). `outbound_recipients` keeps, per destination
// of each request, what that recipient got (the text with their $(variables) filled in) and the
// id the vendor gave it (v1 transid, v2 messageId), which is what ties receipts to it.
// Requests queued before this migration get their rows from their address lists (no text).
export const outboundRecipients: Migration = {
  name: 'outbound-recipients',
  up(db) {
    db.exec(`
      ALTER TABLE outbound_jobs ADD COLUMN send_id TEXT;
      CREATE UNIQUE INDEX outbound_jobs_send_id ON outbound_jobs (send_id) WHERE send_id IS NOT NULL;
      CREATE INDEX outbound_jobs_created ON outbound_jobs (created_at);
      CREATE INDEX outbound_requests_callback ON outbound_requests (callback_data) WHERE callback_data IS NOT NULL;
      CREATE TABLE outbound_recipients (
        request_id TEXT NOT NULL REFERENCES outbound_requests(id) ON DELETE CASCADE,
        -- from 1, in the order of the request's destination groups (the order v1 answers in)
        position INTEGER NOT NULL,
        job_id TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        address TEXT NOT NULL,
        correlation_id TEXT,
        vendor_id TEXT,
        text TEXT,
        PRIMARY KEY (request_id, position)
      ) WITHOUT ROWID;
      CREATE INDEX outbound_recipients_address ON outbound_recipients (address, created_at);
      CREATE INDEX outbound_recipients_vendor ON outbound_recipients (vendor_id) WHERE vendor_id IS NOT NULL;
      -- "is this correlation id unique among our sends?" (receipt linking). The id alone: the few
      -- rows that share one read job_id from the table, and a narrower key is cheaper to keep up
      -- on every recipient a 100,000-recipient send queues.
      CREATE INDEX outbound_recipients_correlation ON outbound_recipients (correlation_id) WHERE correlation_id IS NOT NULL;
      INSERT INTO outbound_recipients (request_id, position, job_id, created_at, address, correlation_id, vendor_id)
        SELECT r.id, a.key + 1, r.job_id, r.created_at, a.value,
          CASE WHEN json_array_length(r.correlation_ids) = 1 THEN json_extract(r.correlation_ids, '$[0]') END,
          CASE WHEN r.api = 'v2' THEN json_extract(r.message_ids, '$[0]')
               WHEN json_array_length(r.transids) = json_array_length(r.addresses) THEN json_extract(r.transids, '$[' || a.key || ']')
          END
        FROM outbound_requests r, json_each(r.addresses) a WHERE a.type = 'text';
    `);
  },
};

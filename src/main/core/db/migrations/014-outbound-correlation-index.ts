import type { Migration } from '../migration';

// Migration 009 was changed after some databases had run it: its correlation index first keyed on
// (correlation_id, job_id), then on correlation_id alone (cheaper to write, and every query asks by
// the id alone). A database that ran the first version still has the wider index; it is rebuilt so
// every database has the same schema. One that already has the narrow index is left alone.
const CURRENT = 'CREATE INDEX outbound_recipients_correlation ON outbound_recipients (correlation_id) WHERE correlation_id IS NOT NULL';

export const outboundCorrelationIndex: Migration = {
  name: 'outbound-correlation-index',
  up(db) {
    const found = db.prepare(`SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'outbound_recipients_correlation'`).get() as
      { sql: string } | undefined;
    if (found?.sql === CURRENT) return;
    db.exec(`DROP INDEX IF EXISTS outbound_recipients_correlation; ${CURRENT};`);
  },
};

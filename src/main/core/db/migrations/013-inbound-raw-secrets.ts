import type Database from 'better-sqlite3';
import { SECRET_FIELD_WORDS, withoutSecretFields } from '../../inbound/raw-secrets';
import { rawSearchText } from '../../inbound/search-text';
import type { Migration } from '../migration';

// Raw bodies stored before credential fields were scrubbed at ingest (raw-secrets.ts) may hold a
// vendor copy's serviceKey, in the body, in the raw-body search index and in the rejected log's
// previews. Only rows whose text names such a field are read (LIKE is ASCII case-insensitive);
// a changed row is indexed again from its scrubbed body if it was indexed before.

/** The field names raw-secrets.ts replaces, as LIKE patterns match them (any case, `_` or not). */
const FIELD_NAMES = SECRET_FIELD_WORDS.flatMap(([first, second]) => [`${first}_${second}`, `${first}${second}`]);

/** Scrubs `column` of `table` in the rows that name a credential field; calls `changed` for each row it rewrote. */
function scrub(db: Database.Database, table: string, key: string, column: string, changed: (key: unknown, text: string) => void): void {
  const named = FIELD_NAMES.map((name) => `${column} LIKE '%${name}%'`).join(' OR ');
  const update = db.prepare(`UPDATE ${table} SET ${column} = ? WHERE ${key} = ?`);
  const rows = db.prepare(`SELECT ${key} AS key, ${column} AS text FROM ${table} WHERE ${named}`).all() as { key: unknown; text: string }[];
  for (const row of rows) {
    const scrubbed = withoutSecretFields(row.text);
    if (scrubbed === row.text) continue;
    update.run(scrubbed, row.key);
    changed(row.key, scrubbed);
  }
}

export const inboundRawSecrets: Migration = {
  name: 'inbound-raw-secrets',
  up(db) {
    const upto = db.prepare('SELECT raw_upto AS upto FROM inbound_derived_state WHERE id = 1').get() as { upto: number } | undefined;
    const unindex = db.prepare('DELETE FROM inbound_raw_fts WHERE rowid = ?');
    const index = db.prepare('INSERT INTO inbound_raw_fts (rowid, body) VALUES (?, ?)');
    scrub(db, 'inbound_events', 'seq', 'raw', (seq, raw) => {
      if ((seq as number) > (upto?.upto ?? 0)) return;
      unindex.run(seq);
      index.run(seq, rawSearchText(raw));
    });
    scrub(db, 'inbound_rejected', 'id', 'body_preview', () => {});
  },
};

import { databaseAtSchema } from './helpers/old-database';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/main/core/db/database';
import { migrations } from '../../src/main/core/db/migrations';
import { DerivedIndexer } from '../../src/main/core/inbound/derived-index';
import { InboundEventRepo } from '../../src/main/core/inbound/event-repo';
import { RawBodyIndexer } from '../../src/main/core/inbound/raw-index';
import { rawSearchText } from '../../src/main/core/inbound/search-text';
import { tempDir } from './helpers/temp-dir';

// Migration 013: a serviceKey stored before ingest scrubbed credential fields leaves the raw body,
// the raw-body search index and the rejected log's previews, on a database left at schema 12.

const SCHEMA_BEFORE = 12;
const KEY = 'svc-9a8b7c6d-5e4f-4a3b-8c2d-1e0f11223344';
const copy = (n: number) => JSON.stringify({ transid: `copy-${n}`, body: `Parcel ${n} shipped`, to: ['pat@example.com'], serviceKey: KEY });

function databaseAtSchema12(dataDir: string): void {
  const old = databaseAtSchema(dataDir, SCHEMA_BEFORE);
  const insert = old.prepare(`INSERT INTO inbound_events (source, kind, channel, direction, attachments, details, external_id,
      received_at, via, raw, headers) VALUES ('imiconnect', 'message', 'email', 'outbound', '[]', '{}', ?, ?, 'webhook', ?, '{}')`);
  // Row 1 was indexed for search (raw_upto), row 2 not yet; row 3 names no credential.
  insert.run('copy-1', 1, copy(1));
  insert.run('copy-2', 2, copy(2));
  insert.run('plain-3', 3, JSON.stringify({ text: 'serviceKey is only a word here' }));
  old.prepare('INSERT INTO inbound_raw_fts (rowid, body) VALUES (?, ?)').run(1, rawSearchText(copy(1)));
  old.exec('UPDATE inbound_derived_state SET raw_upto = 1 WHERE id = 1');
  old
    .prepare(
      `INSERT INTO inbound_rejected (id, received_at, via, method, path, http_status, reason, content_type, body_bytes,
      body_preview, body_truncated, headers) VALUES ('r1', 1, 'webhook', 'POST', '/webhooks', 400, 'bad JSON', NULL, 99, ?, 0, '{}')`,
    )
    .run(copy(4).slice(0, -3));
  old.close();
}

describe('migration 013 (inbound-raw-secrets)', () => {
  it('replaces stored serviceKeys in raw bodies, the search index and rejected previews, keeping the rest', () => {
    const dataDir = tempDir();
    databaseAtSchema12(dataDir);
    const db = openDatabase({ dataDir });
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    const raws = db.prepare('SELECT seq, raw FROM inbound_events ORDER BY seq').all() as { seq: number; raw: string }[];
    expect(raws.map((r) => JSON.parse(r.raw).serviceKey)).toEqual(['[redacted]', '[redacted]', undefined]);
    expect(JSON.parse(raws[2]!.raw)).toEqual({ text: 'serviceKey is only a word here' });
    const preview = (db.prepare('SELECT body_preview FROM inbound_rejected').get() as { body_preview: string }).body_preview;
    expect(preview).toContain('"serviceKey":"[redacted]"');
    expect(preview).not.toContain(KEY);

    const repo = new InboundEventRepo(db, new DerivedIndexer(db));
    const found = (search: string) => repo.query({ search }, null, 10).events.map((e) => e.id);
    const check = () => {
      expect(found('9a8b7c6d')).toEqual([]);
      expect(found('shipped')).toEqual(['2', '1']);
    };
    check();
    new RawBodyIndexer(db).catchUp();
    check();
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});

import type { Migration } from '../migration';

// The compose area's tables: the local template library and autosaved drafts. Bodies are kept as
// JSON text exactly as written; tags as a JSON array.
export const templates: Migration = {
  name: 'templates',
  up(db) {
    db.exec(`
      CREATE TABLE templates (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        channel TEXT NOT NULL,
        api TEXT NOT NULL CHECK (api IN ('v1', 'v2')),
        tags TEXT NOT NULL DEFAULT '[]',
        body TEXT NOT NULL,
        vendor_template_id TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );
      CREATE INDEX templates_updated ON templates (updated_at DESC);

      CREATE TABLE drafts (
        id TEXT PRIMARY KEY,
        api TEXT NOT NULL CHECK (api IN ('v1', 'v2')),
        channel TEXT NOT NULL,
        profile_id TEXT,
        body TEXT NOT NULL,
        json_text TEXT,
        template_id TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );
      CREATE INDEX drafts_updated ON drafts (updated_at DESC);
    `);
  },
};

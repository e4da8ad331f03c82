import type { Migration } from '../migration';

// The rcs area's tables: designs saved in the RCS designer. Content and options are kept as the
// JSON the designer produced; tags as a JSON array.
export const rcs: Migration = {
  name: 'rcs',
  up(db) {
    db.exec(`
      CREATE TABLE rcs_designs (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        tags TEXT NOT NULL DEFAULT '[]',
        content TEXT NOT NULL,
        options TEXT NOT NULL DEFAULT '{}',
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      );
      CREATE INDEX rcs_designs_updated ON rcs_designs (updated_at DESC);
    `);
  },
};

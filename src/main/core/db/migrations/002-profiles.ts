import type { Migration } from '../migration';

// Profiles hold settings only. Secrets live in the OS keychain; the *_set_at columns record only
// when one was saved, so the UI can say "Secret set on <date>" without asking the keychain.
export const profiles: Migration = {
  name: 'profiles',
  up(db) {
    db.exec(`
      CREATE TABLE profiles (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL COLLATE NOCASE UNIQUE,
        region TEXT NOT NULL,
        base_url TEXT,
        service_id TEXT NOT NULL,
        auth_mode TEXT NOT NULL CHECK (auth_mode IN ('key', 'jwt', 'both')),
        tps INTEGER NOT NULL CHECK (tps > 0),
        senders TEXT NOT NULL DEFAULT '{}',
        key_set_at TEXT,
        jwt_set_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
    `);
  },
};

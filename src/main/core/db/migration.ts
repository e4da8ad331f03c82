import type Database from 'better-sqlite3';

/** One schema step. Never edit a shipped migration: add the next one. */
export interface Migration {
  name: string;
  up(db: Database.Database): void;
}

import type Database from "better-sqlite3";

/** Creates the tables on first start; later versions add migrations here, keyed by user_version. */
export function applySqliteSchema(db: Database.Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS meetings (
      id TEXT PRIMARY KEY,
      created_at TEXT NOT NULL,
      starts_at TEXT NOT NULL,
      data TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS meetings_by_start ON meetings (starts_at DESC, created_at DESC);
    CREATE TABLE IF NOT EXISTS documents (
      meeting_id TEXT PRIMARY KEY REFERENCES meetings (id),
      snapshot BLOB NOT NULL,
      snapshot_seq INTEGER NOT NULL
    );
    CREATE TABLE IF NOT EXISTS document_updates (
      meeting_id TEXT NOT NULL REFERENCES documents (meeting_id),
      seq INTEGER NOT NULL,
      data BLOB NOT NULL,
      PRIMARY KEY (meeting_id, seq)
    ) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS templates (id TEXT PRIMARY KEY, data TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS series (key TEXT PRIMARY KEY, data TEXT NOT NULL);
    CREATE VIRTUAL TABLE IF NOT EXISTS meeting_search USING fts5 (
      meeting_id UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2'
    );
  `);
}

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
      snapshot_seq INTEGER NOT NULL,
      last_seq INTEGER NOT NULL DEFAULT 0,
      locked INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE IF NOT EXISTS document_snapshots (
      meeting_id TEXT PRIMARY KEY REFERENCES documents (meeting_id),
      snapshot BLOB NOT NULL
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
  addGateColumns(db);
  moveSnapshotsOut(db);
  addLinkColumns(db);
}

/** What a table has now: each migration below checks for what it adds before adding it. */
function columnsOf(db: Database.Database, table: string): string[] {
  return db.prepare("SELECT name FROM pragma_table_info(?)").pluck().all(table) as string[];
}

/**
 * Databases made before snapshots had a table of their own keep them on the documents row, which
 * every append updates: SQLite rewrites a whole row, so each commit read and compared the whole
 * snapshot (about 15 ms per commit at the 8 MiB cap, for every meeting in the batch).
 */
function moveSnapshotsOut(db: Database.Database): void {
  if (!columnsOf(db, "documents").includes("snapshot")) return;
  db.transaction(() => {
    db.exec(`
      INSERT INTO document_snapshots (meeting_id, snapshot) SELECT meeting_id, snapshot FROM documents;
      ALTER TABLE documents DROP COLUMN snapshot;
    `);
  })();
}

/**
 * Link versions (one per role) and the meeting scheduled next, kept on the meeting's row. Older
 * databases get them at 0, the version their tokens (which carry none) are read as.
 */
function addLinkColumns(db: Database.Database): void {
  if (columnsOf(db, "meetings").includes("chair_link_version")) return;
  db.transaction(() => {
    db.exec(`
      ALTER TABLE meetings ADD COLUMN chair_link_version INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE meetings ADD COLUMN note_taker_link_version INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE meetings ADD COLUMN viewer_link_version INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE meetings ADD COLUMN next_meeting_id TEXT;
    `);
  })();
}

/** Databases made before per-meeting counters and the approval gate get both, filled from what is stored. */
function addGateColumns(db: Database.Database): void {
  if (columnsOf(db, "documents").includes("last_seq")) return;
  db.transaction(() => {
    db.exec(`
      ALTER TABLE documents ADD COLUMN last_seq INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE documents ADD COLUMN locked INTEGER NOT NULL DEFAULT 0;
      UPDATE documents SET last_seq = MAX(snapshot_seq, COALESCE((SELECT MAX(seq) FROM document_updates u WHERE u.meeting_id = documents.meeting_id), 0));
      UPDATE documents SET locked = 1 WHERE meeting_id IN (SELECT id FROM meetings WHERE json_extract(data, '$.status') = 'approved');
    `);
  })();
}

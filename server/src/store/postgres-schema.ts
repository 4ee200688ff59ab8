import type { Pool } from "pg";

/** Creates the tables on first start (idempotent), in the connection's search_path. */
export async function applyPostgresSchema(pool: Pool): Promise<void> {
  await pool.query(`
    CREATE TABLE IF NOT EXISTS meetings (
      id TEXT PRIMARY KEY,
      created_at TEXT NOT NULL,
      starts_at TEXT NOT NULL,
      data JSONB NOT NULL,
      search_text TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX IF NOT EXISTS meetings_by_start ON meetings (starts_at DESC, created_at DESC);
    CREATE TABLE IF NOT EXISTS documents (
      meeting_id TEXT PRIMARY KEY REFERENCES meetings (id),
      snapshot BYTEA NOT NULL,
      snapshot_seq BIGINT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS document_updates (
      seq BIGSERIAL PRIMARY KEY,
      meeting_id TEXT NOT NULL REFERENCES documents (meeting_id),
      data BYTEA NOT NULL
    );
    CREATE INDEX IF NOT EXISTS document_updates_by_meeting ON document_updates (meeting_id, seq);
    CREATE TABLE IF NOT EXISTS templates (id TEXT PRIMARY KEY, data JSONB NOT NULL);
    CREATE TABLE IF NOT EXISTS series (key TEXT PRIMARY KEY, data JSONB NOT NULL);
    CREATE TABLE IF NOT EXISTS versions (
      meeting_id TEXT NOT NULL REFERENCES meetings (id), version INTEGER NOT NULL, name TEXT NOT NULL,
      reason TEXT NOT NULL, created_at TEXT NOT NULL, created_by TEXT NOT NULL, sha256 TEXT NOT NULL,
      snapshot BYTEA NOT NULL, PRIMARY KEY (meeting_id, version)
    );
    CREATE TABLE IF NOT EXISTS approvals (
      meeting_id TEXT NOT NULL, version INTEGER NOT NULL, approved_by TEXT NOT NULL, approved_at TEXT NOT NULL,
      sha256 TEXT NOT NULL, PRIMARY KEY (meeting_id, version),
      FOREIGN KEY (meeting_id, version) REFERENCES versions (meeting_id, version)
    );
    CREATE TABLE IF NOT EXISTS audit (
      id BIGSERIAL PRIMARY KEY, meeting_id TEXT NOT NULL REFERENCES meetings (id), at TEXT NOT NULL,
      actor TEXT NOT NULL, role TEXT NOT NULL, action TEXT NOT NULL, detail TEXT NOT NULL, version INTEGER
    );
  `);
}

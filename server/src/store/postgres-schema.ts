import type { Pool } from "pg";
import { inPostgresTransaction } from "./postgres-transaction.js";
import { publishTablesSql } from "./publish-tables.js";

/**
 * Creates the tables on first start (idempotent), in the connection's search_path. Instances
 * starting together take turns (advisory lock), so none sees a half-made schema.
 */
export async function applyPostgresSchema(pool: Pool): Promise<void> {
  await inPostgresTransaction(pool, async (client) => {
    await client.query("SELECT pg_advisory_xact_lock(hashtextextended(current_schema() || ':schema', 0))");
    await client.query(TABLES);
    await client.query(PER_MEETING_SEQUENCES);
    await client.query(LINK_COLUMNS);
    await client.query(publishTablesSql("BYTEA"));
  });
}

const TABLES = `
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
      snapshot_seq BIGINT NOT NULL,
      last_seq BIGINT NOT NULL DEFAULT 0,
      locked BOOLEAN NOT NULL DEFAULT false
    );
    CREATE TABLE IF NOT EXISTS document_updates (
      meeting_id TEXT NOT NULL REFERENCES documents (meeting_id),
      seq BIGINT NOT NULL,
      data BYTEA NOT NULL,
      PRIMARY KEY (meeting_id, seq)
    );
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
    CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS instances (
      id TEXT PRIMARY KEY, started_at TIMESTAMPTZ NOT NULL, seen_at TIMESTAMPTZ NOT NULL, has_redis BOOLEAN NOT NULL
    );
`;

// Databases made when seq was one global serial get a per-meeting counter and the approval
// gate, filled from what is stored; old numbers stay valid because each meeting's were increasing.
const PER_MEETING_SEQUENCES = `
  DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns
                   WHERE table_schema = current_schema() AND table_name = 'documents' AND column_name = 'last_seq') THEN
      ALTER TABLE documents ADD COLUMN last_seq BIGINT NOT NULL DEFAULT 0, ADD COLUMN locked BOOLEAN NOT NULL DEFAULT false;
      UPDATE documents d SET
        last_seq = GREATEST(d.snapshot_seq, COALESCE((SELECT MAX(seq) FROM document_updates u WHERE u.meeting_id = d.meeting_id), 0)),
        locked = EXISTS (SELECT 1 FROM meetings m WHERE m.id = d.meeting_id AND m.data->>'status' = 'approved');
      ALTER TABLE document_updates DROP CONSTRAINT document_updates_pkey;
      ALTER TABLE document_updates ALTER COLUMN seq DROP DEFAULT;
      ALTER TABLE document_updates ADD PRIMARY KEY (meeting_id, seq);
      DROP INDEX IF EXISTS document_updates_by_meeting;
    END IF;
  END $$;
`;

// Link versions (one per role) and the meeting scheduled next, on the meeting's row; older
// databases get them at 0, the version their tokens (which carry none) are read as.
const LINK_COLUMNS = `
  ALTER TABLE meetings
    ADD COLUMN IF NOT EXISTS chair_link_version INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN IF NOT EXISTS note_taker_link_version INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN IF NOT EXISTS viewer_link_version INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN IF NOT EXISTS next_meeting_id TEXT;
`;

import type { Pool, PoolClient } from "pg";
import {
  DEFAULT_TRANSCRIPT_SETTINGS,
  LIMITS,
  StoredSegmentSchema,
  TranscriptFileSchema,
  TranscriptSettingsSchema,
  type StoredSegment,
  type TranscriptFile,
  type TranscriptSegment,
  type TranscriptSettings,
} from "@rapporteur/shared";
import { TRANSCRIPT_FULL, type StoredTranscript, type TranscriptStore } from "./transcript-store.js";

/** Rows per INSERT: a 50 000-cue upload is a few statements, each well under Postgres's parameter limit. */
const INSERT_CHUNK = 5_000;

export const POSTGRES_TRANSCRIPT_SCHEMA = `
  CREATE TABLE IF NOT EXISTS transcripts (
    meeting_id TEXT PRIMARY KEY REFERENCES meetings (id), file JSONB, settings JSONB NOT NULL, captioner_token_id TEXT
  );
  CREATE TABLE IF NOT EXISTS transcript_segments (
    meeting_id TEXT NOT NULL REFERENCES transcripts (meeting_id), seq INTEGER NOT NULL, start_ms BIGINT NOT NULL,
    end_ms BIGINT NOT NULL, speaker TEXT NOT NULL, text TEXT NOT NULL, source TEXT NOT NULL, PRIMARY KEY (meeting_id, seq)
  );
`;

/** Transcripts in Postgres; the transcript row's lock serialises writers of one meeting across instances. */
export class PostgresTranscriptLog implements TranscriptStore {
  constructor(
    private readonly pool: Pool,
    private readonly inTransaction: <T>(work: (client: PoolClient) => Promise<T>) => Promise<T>,
  ) {}

  async getTranscript(meetingId: string): Promise<StoredTranscript | undefined> {
    const row = await this.pool.query<{ file: unknown; settings: unknown; captioner_token_id: string | null }>(
      "SELECT file, settings, captioner_token_id FROM transcripts WHERE meeting_id = $1",
      [meetingId],
    );
    if (!row.rows[0]) return undefined;
    const segments = await this.pool.query(
      "SELECT seq, start_ms::float8 AS start, end_ms::float8 AS end, speaker, text, source FROM transcript_segments WHERE meeting_id = $1 ORDER BY seq",
      [meetingId],
    );
    const { file, settings, captioner_token_id } = row.rows[0];
    return {
      file: file ? TranscriptFileSchema.parse(file) : null,
      settings: TranscriptSettingsSchema.parse(settings),
      segments: segments.rows.map((segment) => StoredSegmentSchema.parse(segment)),
      captionerTokenId: captioner_token_id,
    };
  }

  replaceTranscript(meetingId: string, file: TranscriptFile, segments: readonly TranscriptSegment[]): Promise<void> {
    return this.inTransaction(async (client) => {
      const { speakers } = await lockSettings(client, meetingId);
      await client.query("DELETE FROM transcript_segments WHERE meeting_id = $1", [meetingId]);
      await client.query("UPDATE transcripts SET file = $2, settings = $3 WHERE meeting_id = $1", [meetingId, file, { ...DEFAULT_TRANSCRIPT_SETTINGS, speakers }]);
      await insertSegments(client, meetingId, segments, 1, "upload");
    });
  }

  appendCaptions(meetingId: string, segments: readonly TranscriptSegment[]): Promise<StoredSegment[] | typeof TRANSCRIPT_FULL> {
    return this.inTransaction(async (client) => {
      await lockSettings(client, meetingId);
      const result = await client.query<{ last: number }>("SELECT COALESCE(MAX(seq), 0) AS last FROM transcript_segments WHERE meeting_id = $1", [meetingId]);
      const last = Number(result.rows[0]!.last);
      if (last + segments.length > LIMITS.maxTranscriptSegments) return TRANSCRIPT_FULL;
      return insertSegments(client, meetingId, segments, last + 1, "captions");
    });
  }

  async getTranscriptSettings(meetingId: string): Promise<TranscriptSettings | undefined> {
    const row = await this.pool.query<{ settings: unknown }>("SELECT settings FROM transcripts WHERE meeting_id = $1", [meetingId]);
    return row.rows[0] ? TranscriptSettingsSchema.parse(row.rows[0].settings) : undefined;
  }

  saveTranscriptSettings(meetingId: string, settings: TranscriptSettings): Promise<void> {
    return this.inTransaction(async (client) => {
      await lockSettings(client, meetingId);
      await client.query("UPDATE transcripts SET settings = $2 WHERE meeting_id = $1", [meetingId, settings]);
    });
  }

  async getCaptionerTokenId(meetingId: string): Promise<string | null> {
    const row = await this.pool.query<{ id: string | null }>("SELECT captioner_token_id AS id FROM transcripts WHERE meeting_id = $1", [meetingId]);
    return row.rows[0]?.id ?? null;
  }

  setCaptionerTokenId(meetingId: string, tokenId: string | null): Promise<void> {
    return this.inTransaction(async (client) => {
      await lockSettings(client, meetingId);
      await client.query("UPDATE transcripts SET captioner_token_id = $2 WHERE meeting_id = $1", [meetingId, tokenId]);
    });
  }

  deleteTranscript(meetingId: string): Promise<void> {
    return this.inTransaction(async (client) => {
      await client.query("DELETE FROM transcript_segments WHERE meeting_id = $1", [meetingId]);
      await client.query("DELETE FROM transcripts WHERE meeting_id = $1", [meetingId]);
    });
  }
}

/** Creates the row if needed (the foreign key refuses an unknown meeting) and locks it. */
async function lockSettings(client: PoolClient, meetingId: string): Promise<TranscriptSettings> {
  await client.query("INSERT INTO transcripts (meeting_id, settings) VALUES ($1, $2) ON CONFLICT (meeting_id) DO NOTHING", [meetingId, DEFAULT_TRANSCRIPT_SETTINGS]);
  const row = await client.query<{ settings: unknown }>("SELECT settings FROM transcripts WHERE meeting_id = $1 FOR UPDATE", [meetingId]);
  return TranscriptSettingsSchema.parse(row.rows[0]!.settings);
}

async function insertSegments(
  client: PoolClient,
  meetingId: string,
  segments: readonly TranscriptSegment[],
  firstSeq: number,
  source: StoredSegment["source"],
): Promise<StoredSegment[]> {
  const stored = segments.map((segment, index): StoredSegment => ({ ...segment, seq: firstSeq + index, source }));
  for (let from = 0; from < stored.length; from += INSERT_CHUNK) {
    const chunk = stored.slice(from, from + INSERT_CHUNK);
    await client.query(
      `INSERT INTO transcript_segments (meeting_id, seq, start_ms, end_ms, speaker, text, source)
       SELECT $1, * FROM unnest($2::int[], $3::bigint[], $4::bigint[], $5::text[], $6::text[], $7::text[])`,
      [meetingId, chunk.map((s) => s.seq), chunk.map((s) => s.start), chunk.map((s) => s.end), chunk.map((s) => s.speaker), chunk.map((s) => s.text), chunk.map((s) => s.source)],
    );
  }
  return stored;
}

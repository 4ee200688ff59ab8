import type Database from "better-sqlite3";
import { LIMITS } from "@rapporteur/shared/limits";
import { DEFAULT_TRANSCRIPT_SETTINGS, TranscriptFileSchema, TranscriptSettingsSchema, type StoredSegment, type TranscriptFile, type TranscriptSegment, type TranscriptSettings } from "@rapporteur/shared/transcript/transcript";
import { TRANSCRIPT_FULL, type StoredTranscript, type TranscriptStore } from "./transcript-store.js";

interface TranscriptRow {
  file: string | null;
  settings: string;
  captioner_token_id: string | null;
}

/** The transcript tables of the SQLite store; shares the store's connection and transactions. */
export class SqliteTranscriptLog implements TranscriptStore {
  private readonly statements;

  constructor(private readonly db: Database.Database) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS transcripts (
        meeting_id TEXT PRIMARY KEY REFERENCES meetings (id), file TEXT, settings TEXT NOT NULL, captioner_token_id TEXT
      );
      CREATE TABLE IF NOT EXISTS transcript_segments (
        meeting_id TEXT NOT NULL REFERENCES transcripts (meeting_id), seq INTEGER NOT NULL, start_ms INTEGER NOT NULL,
        end_ms INTEGER NOT NULL, speaker TEXT NOT NULL, text TEXT NOT NULL, source TEXT NOT NULL, PRIMARY KEY (meeting_id, seq)
      ) WITHOUT ROWID;
    `);
    this.statements = {
      selectTranscript: db.prepare("SELECT file, settings, captioner_token_id FROM transcripts WHERE meeting_id = ?"),
      selectSegments: db.prepare(
        "SELECT seq, start_ms AS start, end_ms AS end, speaker, text, source FROM transcript_segments WHERE meeting_id = ? ORDER BY seq",
      ),
      ensureTranscript: db.prepare("INSERT INTO transcripts (meeting_id, settings) VALUES (?, ?) ON CONFLICT (meeting_id) DO NOTHING"),
      replaceFile: db.prepare("UPDATE transcripts SET file = ?, settings = ? WHERE meeting_id = ?"),
      updateSettings: db.prepare("UPDATE transcripts SET settings = ? WHERE meeting_id = ?"),
      updateCaptioner: db.prepare("UPDATE transcripts SET captioner_token_id = ? WHERE meeting_id = ?"),
      lastSeq: db.prepare("SELECT COALESCE(MAX(seq), 0) FROM transcript_segments WHERE meeting_id = ?").pluck(),
      insertSegment: db.prepare(
        "INSERT INTO transcript_segments (meeting_id, seq, start_ms, end_ms, speaker, text, source) VALUES (?, ?, ?, ?, ?, ?, ?)",
      ),
      deleteSegments: db.prepare("DELETE FROM transcript_segments WHERE meeting_id = ?"),
      deleteTranscript: db.prepare("DELETE FROM transcripts WHERE meeting_id = ?"),
    };
  }

  getTranscript(meetingId: string): StoredTranscript | undefined {
    const row = this.statements.selectTranscript.get(meetingId) as TranscriptRow | undefined;
    if (!row) return undefined;
    return {
      file: row.file ? TranscriptFileSchema.parse(JSON.parse(row.file)) : null,
      settings: TranscriptSettingsSchema.parse(JSON.parse(row.settings)),
      segments: this.statements.selectSegments.all(meetingId) as StoredSegment[],
      captionerTokenId: row.captioner_token_id,
    };
  }

  replaceTranscript(meetingId: string, file: TranscriptFile, segments: readonly TranscriptSegment[]): void {
    this.db.transaction(() => {
      const settings = { ...DEFAULT_TRANSCRIPT_SETTINGS, speakers: this.currentSettings(meetingId).speakers };
      this.statements.deleteSegments.run(meetingId);
      this.statements.replaceFile.run(JSON.stringify(file), JSON.stringify(settings), meetingId);
      this.insertSegments(meetingId, segments, 1, "upload");
    })();
  }

  appendCaptions(meetingId: string, segments: readonly TranscriptSegment[]): StoredSegment[] | typeof TRANSCRIPT_FULL {
    return this.db.transaction(() => {
      this.currentSettings(meetingId);
      // Segments are numbered 1..n without gaps, so the last number is the count.
      const last = this.statements.lastSeq.get(meetingId) as number;
      if (last + segments.length > LIMITS.maxTranscriptSegments) return TRANSCRIPT_FULL;
      return this.insertSegments(meetingId, segments, last + 1, "captions");
    })();
  }

  getTranscriptSettings(meetingId: string): TranscriptSettings | undefined {
    const row = this.statements.selectTranscript.get(meetingId) as TranscriptRow | undefined;
    return row && TranscriptSettingsSchema.parse(JSON.parse(row.settings));
  }

  saveTranscriptSettings(meetingId: string, settings: TranscriptSettings): void {
    this.db.transaction(() => {
      this.currentSettings(meetingId);
      this.statements.updateSettings.run(JSON.stringify(settings), meetingId);
    })();
  }

  getCaptionerTokenId(meetingId: string): string | null {
    return (this.statements.selectTranscript.get(meetingId) as TranscriptRow | undefined)?.captioner_token_id ?? null;
  }

  setCaptionerTokenId(meetingId: string, tokenId: string | null): void {
    this.db.transaction(() => {
      this.currentSettings(meetingId);
      this.statements.updateCaptioner.run(tokenId, meetingId);
    })();
  }

  deleteTranscript(meetingId: string): void {
    this.db.transaction(() => {
      this.statements.deleteSegments.run(meetingId);
      this.statements.deleteTranscript.run(meetingId);
    })();
  }

  /** The row's settings, creating the row first (the meetings foreign key refuses an unknown meeting). */
  private currentSettings(meetingId: string): TranscriptSettings {
    this.statements.ensureTranscript.run(meetingId, JSON.stringify(DEFAULT_TRANSCRIPT_SETTINGS));
    const row = this.statements.selectTranscript.get(meetingId) as TranscriptRow;
    return TranscriptSettingsSchema.parse(JSON.parse(row.settings));
  }

  private insertSegments(meetingId: string, segments: readonly TranscriptSegment[], firstSeq: number, source: StoredSegment["source"]): StoredSegment[] {
    return segments.map((segment, index) => {
      const seq = firstSeq + index;
      this.statements.insertSegment.run(meetingId, seq, segment.start, segment.end, segment.speaker, segment.text, source);
      return { ...segment, seq, source };
    });
  }
}

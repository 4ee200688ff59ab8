import type Database from "better-sqlite3";
import { MeetingSchema, type Meeting } from "@rapporteur/shared/meeting/meeting";
import { SeriesSchema, seriesKey, type Series } from "@rapporteur/shared/meeting/series";
import { ReportTemplateSchema, type ReportTemplate } from "@rapporteur/shared/template/report-template";
import type { LinkState, MeetingQuery, StoredDocument, StoredTail } from "./document-store.js";
import { toFtsQuery } from "./fts-query.js";
import { LINK_STATE_COLUMNS, readLinkState, type LinkStateRow } from "./meeting-link-columns.js";

interface DocumentRow {
  snapshot: Buffer;
  snapshot_seq: number;
  last_seq: number;
  locked: number;
}

/** What a compaction folds: the stored snapshot and the log after it, up to `upto`. */
export interface CompactionInput {
  snapshot: Uint8Array;
  snapshotSeq: number;
  upto: number;
  updates: Uint8Array[];
}

/**
 * The SQLite store's reads, on whichever connection serves them: the event loop's, or
 * (SQLITE_WRITER=thread) the store thread's, so that a hung disk never holds the event loop (a
 * WAL reader writes to the shared-memory index, which blocks on a frozen file system too).
 */
export class SqliteDocumentReads {
  private readonly statements;

  constructor(private readonly db: Database.Database) {
    this.statements = {
      selectMeeting: db.prepare("SELECT data FROM meetings WHERE id = ?").pluck(),
      selectLinkState: db.prepare(`SELECT ${LINK_STATE_COLUMNS} FROM meetings WHERE id = ?`),
      listMeetings: db.prepare("SELECT data FROM meetings ORDER BY starts_at DESC, created_at DESC LIMIT ?").pluck(),
      searchMeetings: db.prepare(
        `SELECT m.data FROM meeting_search s JOIN meetings m ON m.id = s.meeting_id
         WHERE meeting_search MATCH ? ORDER BY m.starts_at DESC LIMIT ?`,
      ).pluck(),
      selectDocument: db.prepare("SELECT s.snapshot, d.snapshot_seq, d.last_seq, d.locked FROM documents d JOIN document_snapshots s USING (meeting_id) WHERE d.meeting_id = ?"),
      selectUpdates: db.prepare("SELECT seq, data FROM document_updates WHERE meeting_id = ? AND seq > ? AND seq <= ? ORDER BY seq").raw(),
      selectTemplate: db.prepare("SELECT data FROM templates WHERE id = ?").pluck(),
      listTemplates: db.prepare("SELECT data FROM templates ORDER BY id").pluck(),
      selectSeries: db.prepare("SELECT data FROM series WHERE key = ?").pluck(),
      listSeries: db.prepare("SELECT data FROM series ORDER BY key").pluck(),
    };
  }

  getMeeting(id: string): Meeting | undefined {
    const data = this.statements.selectMeeting.get(id) as string | undefined;
    return data === undefined ? undefined : MeetingSchema.parse(JSON.parse(data));
  }

  getLinkState(meetingId: string): LinkState | undefined {
    const row = this.statements.selectLinkState.get(meetingId) as LinkStateRow | undefined;
    return row && readLinkState(row);
  }

  listMeetings(query: MeetingQuery = {}): Meeting[] {
    const limit = query.limit ?? 500;
    const ftsQuery = query.text ? toFtsQuery(query.text) : "";
    const rows = (ftsQuery
      ? this.statements.searchMeetings.all(ftsQuery, limit)
      : this.statements.listMeetings.all(limit)) as string[];
    return rows.map((data) => MeetingSchema.parse(JSON.parse(data)));
  }

  loadDocument(meetingId: string): StoredDocument | undefined {
    return this.db.transaction(() => {
      const row = this.statements.selectDocument.get(meetingId) as DocumentRow | undefined;
      if (!row) return undefined;
      const updates = this.readLog(meetingId, row.snapshot_seq, row.last_seq);
      return { snapshot: row.snapshot, updates, lastSeq: row.last_seq, locked: row.locked === 1 };
    })();
  }

  readUpdatesSince(meetingId: string, afterSeq: number): StoredTail | undefined {
    return this.db.transaction(() => {
      const row = this.statements.selectDocument.get(meetingId) as DocumentRow | undefined;
      if (!row) return undefined;
      const folded = afterSeq < row.snapshot_seq;
      const updates = this.readLog(meetingId, Math.max(afterSeq, row.snapshot_seq), row.last_seq);
      return { snapshot: folded ? row.snapshot : undefined, updates, lastSeq: row.last_seq };
    })();
  }

  /** The snapshot and the log up to `uptoSeq`, read in one short transaction. */
  readForCompaction(meetingId: string, uptoSeq: number): CompactionInput {
    return this.db.transaction(() => {
      const row = this.statements.selectDocument.get(meetingId) as DocumentRow | undefined;
      if (!row) throw new Error(`no document ${meetingId}`);
      const upto = Math.min(uptoSeq, row.last_seq);
      return { snapshot: row.snapshot, snapshotSeq: row.snapshot_seq, upto, updates: this.readLog(meetingId, row.snapshot_seq, upto) };
    })();
  }

  getTemplate(id: string): ReportTemplate | undefined {
    const data = this.statements.selectTemplate.get(id) as string | undefined;
    return data === undefined ? undefined : ReportTemplateSchema.parse(JSON.parse(data));
  }

  listTemplates(): ReportTemplate[] {
    return (this.statements.listTemplates.all() as string[]).map((data) => ReportTemplateSchema.parse(JSON.parse(data)));
  }

  getSeries(name: string): Series | undefined {
    const data = this.statements.selectSeries.get(seriesKey(name)) as string | undefined;
    return data === undefined ? undefined : SeriesSchema.parse(JSON.parse(data));
  }

  listSeries(): Series[] {
    return (this.statements.listSeries.all() as string[]).map((data) => SeriesSchema.parse(JSON.parse(data)));
  }

  private readLog(meetingId: string, afterSeq: number, uptoSeq: number): Buffer[] {
    return (this.statements.selectUpdates.all(meetingId, afterSeq, uptoSeq) as Array<[number, Buffer]>).map(([, data]) => data);
  }
}

import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { LIMITS, MeetingSchema, ReportTemplateSchema, SeriesSchema, seriesKey, type LinkVersions, type Meeting, type ReportTemplate, type Role, type Series } from "@rapporteur/shared";
import { type LinkState, type MeetingQuery, type StoredDocument, type StoredTail } from "./document-store.js";
import { bumpFlags, bumpLinkVersionsSql, LINK_STATE_COLUMNS, readLinkState, readLinkVersions, type LinkStateRow } from "./meeting-link-columns.js";
import type { Store } from "./store.js";
import { mergeUpdatesOffThread } from "./merge-updates-off-thread.js";
import { SqliteAppendBatcher } from "./sqlite-append-batcher.js";
import { SqliteReviewLog } from "./sqlite-review-log.js";
import { SqliteTranscriptLog } from "./sqlite-transcript-log.js";
import { SqlitePublishLog } from "./sqlite-publish-log.js";
import { applySqliteSchema } from "./sqlite-schema.js";
import { toFtsQuery } from "./fts-query.js";
import type { TemplateDeletion } from "./library-store.js";

interface DocumentRow {
  snapshot: Buffer;
  snapshot_seq: number;
  last_seq: number;
  locked: number;
}

/**
 * The embedded default. WAL with synchronous=FULL makes each committed update survive a crash;
 * appends are group-committed (SqliteAppendBatcher), one transaction per event-loop turn, and
 * resolve only once committed, so "stored before broadcast" holds batch by batch.
 */
export class SqliteDocumentStore implements Store {
  private readonly db: Database.Database;
  private readonly statements;
  private readonly appends: SqliteAppendBatcher;
  readonly review: SqliteReviewLog;
  readonly transcripts: SqliteTranscriptLog;
  readonly publish: SqlitePublishLog;

  constructor(dataDir: string) {
    fs.mkdirSync(dataDir, { recursive: true });
    this.db = new Database(path.join(dataDir, "rapporteur.sqlite"));
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("synchronous = FULL");
    this.db.pragma(`busy_timeout = ${LIMITS.sqliteBusyTimeoutMs}`);
    this.db.pragma("foreign_keys = ON");
    applySqliteSchema(this.db);
    this.statements = this.prepareStatements();
    this.appends = new SqliteAppendBatcher(this.db);
    this.review = new SqliteReviewLog(this.db);
    this.transcripts = new SqliteTranscriptLog(this.db);
    this.publish = new SqlitePublishLog(this.db);
  }

  private prepareStatements() {
    const db = this.db;
    return {
      insertMeeting: db.prepare("INSERT INTO meetings (id, created_at, starts_at, data) VALUES (?, ?, ?, ?)"),
      // The review status is the review log's to change: a details correction keeps the stored one.
      updateMeeting: db.prepare("UPDATE meetings SET starts_at = ?, data = json_set(?, '$.status', json_extract(data, '$.status')) WHERE id = ?"),
      insertDocument: db.prepare("INSERT INTO documents (meeting_id, snapshot, snapshot_seq, locked) VALUES (?, ?, 0, ?)"),
      selectMeeting: db.prepare("SELECT data FROM meetings WHERE id = ?").pluck(),
      selectLinkState: db.prepare(`SELECT ${LINK_STATE_COLUMNS} FROM meetings WHERE id = ?`),
      bumpLinks: db.prepare(`UPDATE meetings SET ${bumpLinkVersionsSql(["?", "?", "?"])} WHERE id = ? RETURNING ${LINK_STATE_COLUMNS}`),
      updateNextMeeting: db.prepare("UPDATE meetings SET next_meeting_id = ? WHERE id = ?"),
      listMeetings: db.prepare("SELECT data FROM meetings ORDER BY starts_at DESC, created_at DESC LIMIT ?").pluck(),
      searchMeetings: db.prepare(
        `SELECT m.data FROM meeting_search s JOIN meetings m ON m.id = s.meeting_id
         WHERE meeting_search MATCH ? ORDER BY m.starts_at DESC LIMIT ?`,
      ).pluck(),
      selectDocument: db.prepare("SELECT snapshot, snapshot_seq, last_seq, locked FROM documents WHERE meeting_id = ?"),
      selectUpdates: db.prepare("SELECT seq, data FROM document_updates WHERE meeting_id = ? AND seq > ? AND seq <= ? ORDER BY seq").raw(),
      // Takes the meeting's next number only while the approval gate is open; no row means locked or missing.
      replaceSnapshot: db.prepare("UPDATE documents SET snapshot = ?, snapshot_seq = ? WHERE meeting_id = ?"),
      deleteUpdates: db.prepare("DELETE FROM document_updates WHERE meeting_id = ? AND seq > ? AND seq <= ?"),
      deleteSearch: db.prepare("DELETE FROM meeting_search WHERE meeting_id = ?"),
      insertSearch: db.prepare("INSERT INTO meeting_search (meeting_id, title, body) VALUES (?, ?, ?)"),
      upsertTemplate: db.prepare("INSERT INTO templates (id, data) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET data = excluded.data"),
      selectTemplate: db.prepare("SELECT data FROM templates WHERE id = ?").pluck(),
      listTemplates: db.prepare("SELECT data FROM templates ORDER BY id").pluck(),
      deleteTemplate: db.prepare("DELETE FROM templates WHERE id = ?"),
      countTemplateUses: db.prepare(
        `SELECT (SELECT COUNT(*) FROM meetings WHERE json_extract(data, '$.templateId') = @id) AS meetings,
                (SELECT COUNT(*) FROM series WHERE json_extract(data, '$.defaultTemplateId') = @id) AS series`,
      ),
      upsertSeries: db.prepare("INSERT INTO series (key, data) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET data = excluded.data"),
      selectSeries: db.prepare("SELECT data FROM series WHERE key = ?").pluck(),
      listSeries: db.prepare("SELECT data FROM series ORDER BY key").pluck(),
    };
  }

  createMeeting(meeting: Meeting, initialState: Uint8Array): void {
    this.db.transaction(() => {
      this.statements.insertMeeting.run(meeting.id, meeting.createdAt, meeting.startsAt, JSON.stringify(meeting));
      this.statements.insertDocument.run(meeting.id, initialState, meeting.status === "approved" ? 1 : 0);
      this.statements.insertSearch.run(meeting.id, `${meeting.series} ${meeting.title}`, "");
    })();
  }

  updateMeeting(meeting: Meeting): void {
    this.statements.updateMeeting.run(meeting.startsAt, JSON.stringify(meeting), meeting.id);
  }

  getMeeting(id: string): Meeting | undefined {
    const data = this.statements.selectMeeting.get(id) as string | undefined;
    return data === undefined ? undefined : MeetingSchema.parse(JSON.parse(data));
  }

  getLinkState(meetingId: string): LinkState | undefined {
    const row = this.statements.selectLinkState.get(meetingId) as LinkStateRow | undefined;
    return row && readLinkState(row);
  }

  replaceLinks(meetingId: string, roles: readonly Role[]): LinkVersions | undefined {
    const row = this.statements.bumpLinks.get(...bumpFlags(roles), meetingId) as LinkStateRow | undefined;
    return row && readLinkVersions(row);
  }

  setNextMeeting(meetingId: string, nextMeetingId: string): void {
    this.statements.updateNextMeeting.run(nextMeetingId, meetingId);
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

  private readLog(meetingId: string, afterSeq: number, uptoSeq: number): Buffer[] {
    return (this.statements.selectUpdates.all(meetingId, afterSeq, uptoSeq) as Array<[number, Buffer]>).map(([, data]) => data);
  }

  /** Durable when it resolves: appends of one event-loop turn share one transaction (group commit). */
  appendUpdate(meetingId: string, update: Uint8Array): Promise<number> {
    return this.appends.append(meetingId, update);
  }

  /**
   * Folds the log up to `uptoSeq` into the snapshot. Reading and writing are short transactions
   * on this thread; the merge, which decodes the whole document, runs in a worker thread. A
   * compaction that another one overtook meanwhile writes nothing (returns 0): appends only add
   * to the log, so the snapshot it read is still current unless a compaction replaced it.
   */
  async compactDocument(meetingId: string, uptoSeq: number): Promise<number> {
    const read = this.db.transaction(() => {
      const row = this.statements.selectDocument.get(meetingId) as DocumentRow | undefined;
      if (!row) throw new Error(`no document ${meetingId}`);
      const upto = Math.min(uptoSeq, row.last_seq);
      return { row, upto, updates: this.readLog(meetingId, row.snapshot_seq, upto) };
    })();
    const { row, upto, updates } = read;
    if (updates.length === 0) return 0;
    const merged = await mergeUpdatesOffThread([row.snapshot, ...updates]);
    if (!this.db.open) return 0;
    return this.db.transaction(() => {
      const now = this.statements.selectDocument.get(meetingId) as DocumentRow | undefined;
      if (!now || now.snapshot_seq !== row.snapshot_seq) return 0;
      this.statements.replaceSnapshot.run(Buffer.from(merged.buffer, merged.byteOffset, merged.byteLength), upto, meetingId);
      this.statements.deleteUpdates.run(meetingId, row.snapshot_seq, upto);
      return updates.length;
    }).immediate();
  }

  indexSummaryText(meetingId: string, text: string): void {
    const meeting = this.getMeeting(meetingId);
    if (!meeting) return;
    this.db.transaction(() => {
      this.statements.deleteSearch.run(meetingId);
      this.statements.insertSearch.run(meetingId, `${meeting.series} ${meeting.title}`, text);
    })();
  }

  saveTemplate(template: ReportTemplate): void {
    this.statements.upsertTemplate.run(template.id, JSON.stringify(template));
  }

  getTemplate(id: string): ReportTemplate | undefined {
    const data = this.statements.selectTemplate.get(id) as string | undefined;
    return data === undefined ? undefined : ReportTemplateSchema.parse(JSON.parse(data));
  }

  listTemplates(): ReportTemplate[] {
    return (this.statements.listTemplates.all() as string[]).map((data) => ReportTemplateSchema.parse(JSON.parse(data)));
  }

  deleteUnusedTemplate(id: string): TemplateDeletion {
    return this.db.transaction((): TemplateDeletion => {
      // Missing before in use, as the other stores answer for an id that meetings name but no template has.
      if (this.statements.selectTemplate.get(id) === undefined) return { outcome: "missing" };
      const uses = this.statements.countTemplateUses.get({ id }) as { meetings: number; series: number };
      if (uses.meetings > 0 || uses.series > 0) return { outcome: "in_use", ...uses };
      this.statements.deleteTemplate.run(id);
      return { outcome: "deleted" };
    })();
  }

  saveSeries(series: Series): void {
    this.statements.upsertSeries.run(seriesKey(series.name), JSON.stringify(series));
  }

  getSeries(name: string): Series | undefined {
    const data = this.statements.selectSeries.get(seriesKey(name)) as string | undefined;
    return data === undefined ? undefined : SeriesSchema.parse(JSON.parse(data));
  }

  listSeries(): Series[] {
    return (this.statements.listSeries.all() as string[]).map((data) => SeriesSchema.parse(JSON.parse(data)));
  }

  close(): void {
    this.appends.flushNow();
    this.db.close();
  }
}

import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { LIMITS, MeetingSchema, ReportTemplateSchema, SeriesSchema, seriesKey, type LinkVersions, type Meeting, type ReportTemplate, type Role, type Series } from "@rapporteur/shared";
import { type LinkState, type MaybePromise, type MeetingQuery, type StoredDocument, type StoredTail } from "./document-store.js";
import { LINK_STATE_COLUMNS, readLinkState, type LinkStateRow } from "./meeting-link-columns.js";
import type { PublishStore } from "./publish-store.js";
import type { ReviewStore } from "./review-store.js";
import type { Store } from "./store.js";
import type { TranscriptStore } from "./transcript-store.js";
import { mergeUpdatesOffThread } from "./merge-updates-off-thread.js";
import { SqliteAppendBatcher } from "./sqlite-append-batcher.js";
import { SqliteLogWrites } from "./sqlite-log-writes.js";
import { SqliteMeetingWrites } from "./sqlite-meeting-writes.js";
import { remoteWrites, SqliteWorkerWriter, type Promisable } from "./sqlite-worker-writer.js";
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

type MeetingWrites = Promisable<SqliteMeetingWrites>;

/** Where the document log is written: a worker thread owning the write connection, or the event loop. */
export type SqliteWriter = "thread" | "event-loop";

/**
 * The embedded default. WAL with synchronous=FULL makes each committed update survive a crash;
 * appends are group-committed and resolve only once committed, so "stored before broadcast"
 * holds batch by batch. With the "event-loop" writer (the default, SqliteAppendBatcher) a batch
 * is one event-loop turn's appends, committed here. With "thread" (SqliteWorkerWriter) appends,
 * compaction results, search text and every rarer write (meetings, reviews, transcripts,
 * publications) are written by a worker thread, one batch committing while the next forms, so a
 * busy or hung disk holds no socket and no request. Reads stay on this thread's connection
 * either way: WAL lets it read while the writer commits, and a load handed to a thread would
 * copy every snapshot and log across threads for nothing.
 */
export class SqliteDocumentStore implements Store {
  private readonly db: Database.Database;
  private readonly statements;
  private readonly appends: SqliteAppendBatcher | SqliteWorkerWriter;
  private readonly logWrites: SqliteLogWrites | SqliteWorkerWriter;
  private readonly writes: MeetingWrites;
  readonly review: ReviewStore;
  readonly transcripts: TranscriptStore;
  readonly publish: PublishStore;

  constructor(dataDir: string, options: { writer?: SqliteWriter; storageTimeoutMs?: number } = {}) {
    fs.mkdirSync(dataDir, { recursive: true });
    const file = path.join(dataDir, "rapporteur.sqlite");
    this.db = new Database(file);
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("synchronous = FULL");
    this.db.pragma(`busy_timeout = ${LIMITS.sqliteBusyTimeoutMs}`);
    this.db.pragma("foreign_keys = ON");
    applySqliteSchema(this.db);
    this.statements = this.prepareStatements();
    // Built before the write thread starts: their constructors create their tables.
    const review = new SqliteReviewLog(this.db);
    const transcripts = new SqliteTranscriptLog(this.db);
    const publish = new SqlitePublishLog(this.db);
    if (options.writer === "thread") {
      this.db.pragma(`busy_timeout = ${LIMITS.sqliteBusyTimeoutBesideWriterMs}`);
      // The write thread may wait for a busy database as long as the room waits for it: it blocks no socket.
      const writer = new SqliteWorkerWriter({ file, busyTimeoutMs: options.storageTimeoutMs ?? LIMITS.storageTimeoutMs });
      this.appends = this.logWrites = writer;
      // Every write goes to that thread, so a hung disk holds no request on the event loop; reads stay here.
      this.writes = remoteWrites(writer, "meetings", new SqliteMeetingWrites(this.db));
      this.review = remoteWrites(writer, "review", review);
      this.transcripts = remoteWrites(writer, "transcripts", transcripts);
      this.publish = remoteWrites(writer, "publish", publish);
    } else {
      this.appends = new SqliteAppendBatcher(this.db);
      this.logWrites = new SqliteLogWrites(this.db);
      this.writes = new SqliteMeetingWrites(this.db);
      this.review = review;
      this.transcripts = transcripts;
      this.publish = publish;
    }
  }

  private prepareStatements() {
    const db = this.db;
    return {
      selectMeeting: db.prepare("SELECT data FROM meetings WHERE id = ?").pluck(),
      selectLinkState: db.prepare(`SELECT ${LINK_STATE_COLUMNS} FROM meetings WHERE id = ?`),
      listMeetings: db.prepare("SELECT data FROM meetings ORDER BY starts_at DESC, created_at DESC LIMIT ?").pluck(),
      searchMeetings: db.prepare(
        `SELECT m.data FROM meeting_search s JOIN meetings m ON m.id = s.meeting_id
         WHERE meeting_search MATCH ? ORDER BY m.starts_at DESC LIMIT ?`,
      ).pluck(),
      selectDocument: db.prepare("SELECT snapshot, snapshot_seq, last_seq, locked FROM documents WHERE meeting_id = ?"),
      selectUpdates: db.prepare("SELECT seq, data FROM document_updates WHERE meeting_id = ? AND seq > ? AND seq <= ? ORDER BY seq").raw(),
      selectTemplate: db.prepare("SELECT data FROM templates WHERE id = ?").pluck(),
      listTemplates: db.prepare("SELECT data FROM templates ORDER BY id").pluck(),
      selectSeries: db.prepare("SELECT data FROM series WHERE key = ?").pluck(),
      listSeries: db.prepare("SELECT data FROM series ORDER BY key").pluck(),
    };
  }

  createMeeting(meeting: Meeting, initialState: Uint8Array): MaybePromise<void> {
    return this.writes.createMeeting(meeting, initialState);
  }

  updateMeeting(meeting: Meeting): MaybePromise<void> {
    return this.writes.updateMeeting(meeting);
  }

  getMeeting(id: string): Meeting | undefined {
    const data = this.statements.selectMeeting.get(id) as string | undefined;
    return data === undefined ? undefined : MeetingSchema.parse(JSON.parse(data));
  }

  getLinkState(meetingId: string): LinkState | undefined {
    const row = this.statements.selectLinkState.get(meetingId) as LinkStateRow | undefined;
    return row && readLinkState(row);
  }

  replaceLinks(meetingId: string, roles: readonly Role[]): MaybePromise<LinkVersions | undefined> {
    return this.writes.replaceLinks(meetingId, roles);
  }

  setNextMeeting(meetingId: string, nextMeetingId: string): MaybePromise<void> {
    return this.writes.setNextMeeting(meetingId, nextMeetingId);
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

  /** Durable when it resolves: appends made while the previous batch committed share one transaction (group commit). */
  appendUpdate(meetingId: string, update: Uint8Array): Promise<number> {
    return this.appends.append(meetingId, update);
  }

  /**
   * Folds the log up to `uptoSeq` into the snapshot. Reading is a short transaction on this
   * thread; the merge, which decodes the whole document, runs in a worker thread; the write goes
   * to the log's writer. A compaction that another one overtook meanwhile writes nothing (returns
   * 0): appends only add to the log, so the snapshot it read is still current unless a compaction replaced it.
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
    return this.logWrites.fold({ meetingId, fromSeq: row.snapshot_seq, uptoSeq: upto, snapshot: merged, count: updates.length });
  }

  indexSummaryText(meetingId: string, text: string): void | Promise<void> {
    return this.logWrites.index(meetingId, text);
  }

  /** A PRAGMA on the connection that writes the document log (max_page_count and the like are per connection). */
  writerPragma(statement: string): unknown {
    return this.logWrites instanceof SqliteWorkerWriter ? this.logWrites.pragma(statement) : this.db.pragma(statement, { simple: true });
  }

  saveTemplate(template: ReportTemplate): MaybePromise<void> {
    return this.writes.saveTemplate(template);
  }

  getTemplate(id: string): ReportTemplate | undefined {
    const data = this.statements.selectTemplate.get(id) as string | undefined;
    return data === undefined ? undefined : ReportTemplateSchema.parse(JSON.parse(data));
  }

  listTemplates(): ReportTemplate[] {
    return (this.statements.listTemplates.all() as string[]).map((data) => ReportTemplateSchema.parse(JSON.parse(data)));
  }

  deleteUnusedTemplate(id: string): MaybePromise<TemplateDeletion> {
    return this.writes.deleteUnusedTemplate(id);
  }

  saveSeries(series: Series): MaybePromise<void> {
    return this.writes.saveSeries(series);
  }

  getSeries(name: string): Series | undefined {
    const data = this.statements.selectSeries.get(seriesKey(name)) as string | undefined;
    return data === undefined ? undefined : SeriesSchema.parse(JSON.parse(data));
  }

  listSeries(): Series[] {
    return (this.statements.listSeries.all() as string[]).map((data) => SeriesSchema.parse(JSON.parse(data)));
  }

  /** The writer finishes what it was given first; the last connection to close checkpoints the log. */
  async close(): Promise<void> {
    await this.appends.close();
    this.db.close();
  }
}

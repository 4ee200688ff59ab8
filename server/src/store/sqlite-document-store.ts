import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { LIMITS, type LinkVersions, type Meeting, type ReportTemplate, type Role, type Series } from "@rapporteur/shared";
import type { LinkState, MaybePromise, MeetingQuery, StoredDocument, StoredTail } from "./document-store.js";
import type { TemplateDeletion } from "./library-store.js";
import { mergeUpdatesOffThread } from "./merge-updates-off-thread.js";
import type { PublishStore } from "./publish-store.js";
import type { ReviewStore } from "./review-store.js";
import { SqliteAppendBatcher } from "./sqlite-append-batcher.js";
import { SqliteDocumentReads } from "./sqlite-document-reads.js";
import { SqliteLogWrites } from "./sqlite-log-writes.js";
import { SqliteMeetingWrites } from "./sqlite-meeting-writes.js";
import { SqlitePublishLog } from "./sqlite-publish-log.js";
import { SqliteReviewLog } from "./sqlite-review-log.js";
import { applySqliteSchema } from "./sqlite-schema.js";
import { SqliteTranscriptLog } from "./sqlite-transcript-log.js";
import { onStoreThread, type Promisable } from "./on-store-thread.js";
import { SqliteWorkerWriter } from "./sqlite-worker-writer.js";
import type { Store } from "./store.js";
import type { TranscriptStore } from "./transcript-store.js";

/** Where the database is used: a worker thread owning the connection, or the event loop. */
export type SqliteWriter = "thread" | "event-loop";

/**
 * The embedded default. WAL with synchronous=FULL makes each committed update survive a crash;
 * appends are group-committed and resolve only once committed, so "stored before broadcast"
 * holds batch by batch. With the "thread" writer (the default, SqliteWorkerWriter) the store's
 * every call runs on a worker thread's connection: appends, compaction results, search text,
 * the rarer writes and the reads. The event loop then never touches the database file, so a
 * busy or hung disk holds no socket and no request: each call is bounded by STORAGE_TIMEOUT_MS
 * (withStorageTimeout) instead. With "event-loop" (SqliteAppendBatcher) a batch is one
 * event-loop turn's appends, committed here, and reads and the rarer writes run here too.
 */
export class SqliteDocumentStore implements Store {
  private readonly db: Database.Database;
  private readonly appends: SqliteAppendBatcher | SqliteWorkerWriter;
  private readonly logWrites: SqliteLogWrites | SqliteWorkerWriter;
  private readonly reads: Promisable<SqliteDocumentReads>;
  private readonly writes: Promisable<SqliteMeetingWrites>;
  readonly review: ReviewStore;
  readonly transcripts: TranscriptStore;
  readonly publish: PublishStore;

  /**
   * `writer` is "event-loop" unless given (in-process tools and tests); the server passes
   * SQLITE_WRITER, "thread" by default. `waitOnLoopMs` replaces LIMITS.storageWaitOnLoopMs (tests).
   */
  constructor(dataDir: string, options: { writer?: SqliteWriter; storageTimeoutMs?: number; waitOnLoopMs?: number } = {}) {
    fs.mkdirSync(dataDir, { recursive: true });
    const file = path.join(dataDir, "rapporteur.sqlite");
    this.db = new Database(file);
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("synchronous = FULL");
    this.db.pragma(`busy_timeout = ${LIMITS.sqliteBusyTimeoutMs}`);
    this.db.pragma("foreign_keys = ON");
    applySqliteSchema(this.db);
    // Made here even for the thread, before it starts: their constructors create their tables.
    const local = {
      reads: new SqliteDocumentReads(this.db),
      meetings: new SqliteMeetingWrites(this.db),
      review: new SqliteReviewLog(this.db),
      transcripts: new SqliteTranscriptLog(this.db),
      publish: new SqlitePublishLog(this.db),
    };
    if (options.writer === "thread") {
      // The thread may wait for a busy database as long as a room waits for it: it blocks no socket.
      const thread = new SqliteWorkerWriter({ file, busyTimeoutMs: options.storageTimeoutMs ?? LIMITS.storageTimeoutMs, waitOnLoopMs: options.waitOnLoopMs });
      this.appends = this.logWrites = thread;
      this.reads = onStoreThread(thread, "reads", local.reads);
      this.writes = onStoreThread(thread, "meetings", local.meetings);
      this.review = onStoreThread(thread, "review", local.review);
      this.transcripts = onStoreThread(thread, "transcripts", local.transcripts);
      this.publish = onStoreThread(thread, "publish", local.publish);
    } else {
      this.appends = new SqliteAppendBatcher(this.db);
      this.logWrites = new SqliteLogWrites(this.db);
      ({ reads: this.reads, meetings: this.writes, review: this.review, transcripts: this.transcripts, publish: this.publish } = local);
    }
  }

  createMeeting(meeting: Meeting, initialState: Uint8Array): MaybePromise<void> {
    return this.writes.createMeeting(meeting, initialState);
  }

  updateMeeting(meeting: Meeting): MaybePromise<void> {
    return this.writes.updateMeeting(meeting);
  }

  getMeeting(id: string): MaybePromise<Meeting | undefined> {
    return this.reads.getMeeting(id);
  }

  getLinkState(meetingId: string): MaybePromise<LinkState | undefined> {
    return this.reads.getLinkState(meetingId);
  }

  replaceLinks(meetingId: string, roles: readonly Role[]): MaybePromise<LinkVersions | undefined> {
    return this.writes.replaceLinks(meetingId, roles);
  }

  setNextMeeting(meetingId: string, nextMeetingId: string): MaybePromise<void> {
    return this.writes.setNextMeeting(meetingId, nextMeetingId);
  }

  listMeetings(query: MeetingQuery = {}): MaybePromise<Meeting[]> {
    return this.reads.listMeetings(query);
  }

  loadDocument(meetingId: string): MaybePromise<StoredDocument | undefined> {
    return this.reads.loadDocument(meetingId);
  }

  readUpdatesSince(meetingId: string, afterSeq: number): MaybePromise<StoredTail | undefined> {
    return this.reads.readUpdatesSince(meetingId, afterSeq);
  }

  /** Durable when it resolves: appends made while the previous batch committed share one transaction (group commit). */
  appendUpdate(meetingId: string, update: Uint8Array): Promise<number> {
    return this.appends.append(meetingId, update);
  }

  /**
   * Folds the log up to `uptoSeq` into the snapshot. Reading is one short transaction; the merge,
   * which decodes the whole document, runs in a worker thread; the write goes to the log's
   * writer. A compaction that another one overtook meanwhile writes nothing (returns 0): appends
   * only add to the log, so the snapshot it read is still current unless a compaction replaced it.
   */
  async compactDocument(meetingId: string, uptoSeq: number): Promise<number> {
    const { snapshot, snapshotSeq, upto, updates } = await this.reads.readForCompaction(meetingId, uptoSeq);
    if (updates.length === 0) return 0;
    const merged = await mergeUpdatesOffThread([snapshot, ...updates]);
    if (!this.db.open) return 0;
    return this.logWrites.fold({ meetingId, fromSeq: snapshotSeq, uptoSeq: upto, snapshot: merged, count: updates.length });
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

  getTemplate(id: string): MaybePromise<ReportTemplate | undefined> {
    return this.reads.getTemplate(id);
  }

  listTemplates(): MaybePromise<ReportTemplate[]> {
    return this.reads.listTemplates();
  }

  deleteUnusedTemplate(id: string): MaybePromise<TemplateDeletion> {
    return this.writes.deleteUnusedTemplate(id);
  }

  saveSeries(series: Series): MaybePromise<void> {
    return this.writes.saveSeries(series);
  }

  getSeries(name: string): MaybePromise<Series | undefined> {
    return this.reads.getSeries(name);
  }

  listSeries(): MaybePromise<Series[]> {
    return this.reads.listSeries();
  }

  /** The writer finishes what it was given first; the last connection to close checkpoints the log. */
  async close(): Promise<void> {
    await this.appends.close();
    this.db.close();
  }
}

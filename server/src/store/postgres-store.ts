import pg, { type Pool, type PoolClient } from "pg";
import { MeetingSchema, ReportTemplateSchema, SeriesSchema, seriesKey, type LinkVersions, type Meeting, type ReportTemplate, type Role, type Series } from "@rapporteur/shared";
import type { LinkState, MeetingQuery, StoredDocument, StoredTail } from "./document-store.js";
import { bumpFlags, bumpLinkVersionsSql, LINK_STATE_COLUMNS, readLinkState, readLinkVersions, type LinkStateRow } from "./meeting-link-columns.js";
import { PostgresAppendBatcher } from "./postgres-append-batcher.js";
import { PostgresDocumentLog } from "./postgres-document-log.js";
import { inPostgresTransaction } from "./postgres-transaction.js";
import { parseSearchTerms } from "./fts-query.js";
import { applyPostgresSchema } from "./postgres-schema.js";
import { PostgresReviewLog } from "./postgres-review-log.js";
import { POSTGRES_TRANSCRIPT_SCHEMA, PostgresTranscriptLog } from "./postgres-transcript-log.js";
import { PostgresPublishLog } from "./postgres-publish-log.js";
import type { Store } from "./store.js";
import type { TemplateDeletion } from "./library-store.js";

export interface PostgresStoreOptions {
  /** Postgres schema for the tables (created when missing); tests use one each. */
  schema?: string | undefined;
  /** An idle pooled connection failed (the server restarted, the network dropped); the pool replaces it. */
  onPoolError?: (error: Error) => void;
}

/**
 * The store for several instances on one database: the same contract as SQLite, asynchronous.
 * Appends are group-committed (synchronous_commit stays on) and numbered per meeting; loads
 * read one consistent snapshot; the approval gate is a flag on the document row.
 */
export class PostgresStore implements Store {
  readonly review: PostgresReviewLog;
  readonly transcripts: PostgresTranscriptLog;
  private readonly appends: PostgresAppendBatcher;
  private readonly documents: PostgresDocumentLog;
  readonly publish: PostgresPublishLog;

  private constructor(
    private readonly pool: Pool,
    /** Connection settings for dedicated sessions (write locks, the instance's liveness lock). */
    readonly clientConfig: pg.ClientConfig,
    private readonly lockPool: Pool,
  ) {
    this.review = new PostgresReviewLog(pool, (work) => this.inTransaction(work));
    this.transcripts = new PostgresTranscriptLog(pool, (work) => this.inTransaction(work));
    this.appends = new PostgresAppendBatcher(pool);
    this.documents = new PostgresDocumentLog(pool);
    this.publish = new PostgresPublishLog(pool, (work) => this.inTransaction(work));
  }

  /** Connects, creates the schema if given, and creates or migrates the tables. */
  static async open(connectionString: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
    const { schema } = options;
    if (schema && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`invalid schema name ${schema}`);
    const clientConfig: pg.ClientConfig = { connectionString, ...(schema ? { options: `-c search_path=${schema}` } : {}) };
    const pool = new pg.Pool({ ...clientConfig, max: 8 });
    // Write locks hold their session for the whole edit, so they get their own pool: an edit
    // waiting for a lock never starves the writes the lock holder needs.
    const lockPool = new pg.Pool({ ...clientConfig, max: 4 });
    // Without a listener an idle connection's error would crash the process.
    for (const each of [pool, lockPool]) each.on("error", (error) => options.onPoolError?.(error));
    try {
      if (schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await applyPostgresSchema(pool);
      await pool.query(POSTGRES_TRANSCRIPT_SCHEMA);
    } catch (error) {
      await Promise.all([pool.end(), lockPool.end()]);
      throw error;
    }
    return new PostgresStore(pool, clientConfig, lockPool);
  }

  private inTransaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    return inPostgresTransaction(this.pool, work);
  }

  createMeeting(meeting: Meeting, initialState: Uint8Array): Promise<void> {
    return this.inTransaction(async (client) => {
      await client.query("INSERT INTO meetings (id, created_at, starts_at, data) VALUES ($1, $2, $3, $4)", [meeting.id, meeting.createdAt, meeting.startsAt, meeting]);
      await client.query("INSERT INTO documents (meeting_id, snapshot, snapshot_seq, locked) VALUES ($1, $2, 0, $3)", [meeting.id, Buffer.from(initialState), meeting.status === "approved"]);
    });
  }

  async updateMeeting(meeting: Meeting): Promise<void> {
    // The review status is the review log's to change: a details correction keeps the stored one.
    await this.pool.query("UPDATE meetings SET starts_at = $2, data = jsonb_set($3::jsonb, '{status}', data->'status') WHERE id = $1", [meeting.id, meeting.startsAt, meeting]);
  }

  async getMeeting(id: string): Promise<Meeting | undefined> {
    const result = await this.pool.query<{ data: unknown }>("SELECT data FROM meetings WHERE id = $1", [id]);
    return result.rows[0] ? MeetingSchema.parse(result.rows[0].data) : undefined;
  }

  async getLinkState(meetingId: string): Promise<LinkState | undefined> {
    const result = await this.pool.query<LinkStateRow>(`SELECT ${LINK_STATE_COLUMNS} FROM meetings WHERE id = $1`, [meetingId]);
    return result.rows[0] && readLinkState(result.rows[0]);
  }

  async replaceLinks(meetingId: string, roles: readonly Role[]): Promise<LinkVersions | undefined> {
    const result = await this.pool.query<LinkStateRow>(
      `UPDATE meetings SET ${bumpLinkVersionsSql(["$2", "$3", "$4"])} WHERE id = $1 RETURNING ${LINK_STATE_COLUMNS}`,
      [meetingId, ...bumpFlags(roles)],
    );
    return result.rows[0] && readLinkVersions(result.rows[0]);
  }

  async setNextMeeting(meetingId: string, nextMeetingId: string): Promise<void> {
    await this.pool.query("UPDATE meetings SET next_meeting_id = $2 WHERE id = $1", [meetingId, nextMeetingId]);
  }

  async listMeetings(query: MeetingQuery = {}): Promise<Meeting[]> {
    const terms = parseSearchTerms(query.text ?? "").map((words) => words.join(" "));
    const match = terms.map((_, index) => `phraseto_tsquery('simple', $${index + 2})`).join(" && ");
    const where = terms.length > 0 ? `WHERE to_tsvector('simple', data->>'series' || ' ' || (data->>'title') || ' ' || search_text) @@ (${match})` : "";
    const result = await this.pool.query<{ data: unknown }>(
      `SELECT data FROM meetings ${where} ORDER BY starts_at DESC, created_at DESC LIMIT $1`,
      [query.limit ?? 500, ...terms],
    );
    return result.rows.map((row) => MeetingSchema.parse(row.data));
  }

  loadDocument(meetingId: string): Promise<StoredDocument | undefined> {
    return this.documents.load(meetingId);
  }

  readUpdatesSince(meetingId: string, afterSeq: number): Promise<StoredTail | undefined> {
    return this.documents.readSince(meetingId, afterSeq);
  }

  appendUpdate(meetingId: string, update: Uint8Array): Promise<number> {
    return this.appends.append(meetingId, update);
  }

  compactDocument(meetingId: string, uptoSeq: number): Promise<number> {
    return this.documents.compact(meetingId, uptoSeq);
  }

  async withMeetingLock<T>(meetingId: string, work: () => Promise<T>): Promise<T> {
    const client = await this.lockPool.connect();
    const key = [`write:${meetingId}`];
    try {
      await client.query("SELECT pg_advisory_lock(hashtextextended(current_schema() || ':' || $1, 0))", key);
      try {
        return await work();
      } finally {
        await client.query("SELECT pg_advisory_unlock(hashtextextended(current_schema() || ':' || $1, 0))", key);
      }
    } finally {
      client.release();
    }
  }

  /** True while the database answers (for /readyz). */
  async ping(): Promise<boolean> {
    return (await this.pool.query("SELECT 1").then(() => true, () => false));
  }

  /** The token secret every instance shares: created once by whichever instance asks first. */
  async sharedSecret(create: () => string): Promise<string> {
    await this.pool.query("INSERT INTO settings (key, value) VALUES ('token_secret', $1) ON CONFLICT (key) DO NOTHING", [create()]);
    return (await this.pool.query<{ value: string }>("SELECT value FROM settings WHERE key = 'token_secret'")).rows[0]!.value;
  }

  async indexSummaryText(meetingId: string, text: string): Promise<void> {
    await this.pool.query("UPDATE meetings SET search_text = $2 WHERE id = $1", [meetingId, text]);
  }

  async saveTemplate(template: ReportTemplate): Promise<void> {
    await this.pool.query("INSERT INTO templates (id, data) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET data = EXCLUDED.data", [template.id, template]);
  }
  async getTemplate(id: string): Promise<ReportTemplate | undefined> {
    const result = await this.pool.query<{ data: unknown }>("SELECT data FROM templates WHERE id = $1", [id]);
    return result.rows[0] ? ReportTemplateSchema.parse(result.rows[0].data) : undefined;
  }
  async listTemplates(): Promise<ReportTemplate[]> {
    return (await this.pool.query<{ data: unknown }>("SELECT data FROM templates ORDER BY id")).rows.map((row) => ReportTemplateSchema.parse(row.data));
  }
  async deleteUnusedTemplate(id: string): Promise<TemplateDeletion> {
    return this.inTransaction(async (client) => {
      const found = await client.query("SELECT 1 FROM templates WHERE id = $1 FOR UPDATE", [id]);
      if (found.rowCount === 0) return { outcome: "missing" };
      const uses = await client.query<{ meetings: string; series: string }>(
        `SELECT (SELECT COUNT(*) FROM meetings WHERE data->>'templateId' = $1) AS meetings,
                (SELECT COUNT(*) FROM series WHERE data->>'defaultTemplateId' = $1) AS series`,
        [id],
      );
      const meetings = Number(uses.rows[0]!.meetings);
      const series = Number(uses.rows[0]!.series);
      if (meetings > 0 || series > 0) return { outcome: "in_use", meetings, series };
      await client.query("DELETE FROM templates WHERE id = $1", [id]);
      return { outcome: "deleted" };
    });
  }
  async saveSeries(series: Series): Promise<void> {
    await this.pool.query("INSERT INTO series (key, data) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET data = EXCLUDED.data", [seriesKey(series.name), series]);
  }
  async getSeries(name: string): Promise<Series | undefined> {
    const result = await this.pool.query<{ data: unknown }>("SELECT data FROM series WHERE key = $1", [seriesKey(name)]);
    return result.rows[0] ? SeriesSchema.parse(result.rows[0].data) : undefined;
  }
  async listSeries(): Promise<Series[]> {
    return (await this.pool.query<{ data: unknown }>("SELECT data FROM series ORDER BY key")).rows.map((row) => SeriesSchema.parse(row.data));
  }

  async close(): Promise<void> {
    await Promise.all([this.pool.end(), this.lockPool.end()]);
  }
}

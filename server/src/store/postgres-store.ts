import pg, { type Pool, type PoolClient } from "pg";
import { MeetingSchema, ReportTemplateSchema, SeriesSchema, seriesKey, type Meeting, type ReportTemplate, type Series } from "@rapporteur/shared";
import type { MeetingQuery, StoredDocument } from "./document-store.js";
import { parseSearchTerms } from "./fts-query.js";
import { applyPostgresSchema } from "./postgres-schema.js";
import { PostgresReviewLog } from "./postgres-review-log.js";
import { snapshotCovers } from "./snapshot-covers.js";
import type { Store } from "./store.js";
import type { TemplateDeletion } from "./library-store.js";

/**
 * The store for more than one machine: the same contract as SQLite, asynchronous. Every
 * append is its own committed INSERT (synchronous_commit stays on), so "stored before
 * broadcast" holds here too; the room chains broadcasts behind the pending writes.
 */
export class PostgresStore implements Store {
  readonly review: PostgresReviewLog;

  private constructor(private readonly pool: Pool) {
    this.review = new PostgresReviewLog(pool, (work) => this.inTransaction(work));
  }

  /** Connects, creates `schema` if given (tests use one each), and creates the tables. */
  static async open(connectionString: string, schema?: string): Promise<PostgresStore> {
    if (schema && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`invalid schema name ${schema}`);
    const pool = new pg.Pool({ connectionString, max: 8, ...(schema ? { options: `-c search_path=${schema}` } : {}) });
    if (schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await applyPostgresSchema(pool);
    return new PostgresStore(pool);
  }

  private async inTransaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      const result = await work(client);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  createMeeting(meeting: Meeting, initialState: Uint8Array): Promise<void> {
    return this.inTransaction(async (client) => {
      await client.query("INSERT INTO meetings (id, created_at, starts_at, data) VALUES ($1, $2, $3, $4)", [meeting.id, meeting.createdAt, meeting.startsAt, meeting]);
      await client.query("INSERT INTO documents (meeting_id, snapshot, snapshot_seq) VALUES ($1, $2, 0)", [meeting.id, Buffer.from(initialState)]);
    });
  }

  async updateMeeting(meeting: Meeting): Promise<void> {
    await this.pool.query("UPDATE meetings SET starts_at = $2, data = $3 WHERE id = $1", [meeting.id, meeting.startsAt, meeting]);
  }

  async getMeeting(id: string): Promise<Meeting | undefined> {
    const result = await this.pool.query<{ data: unknown }>("SELECT data FROM meetings WHERE id = $1", [id]);
    return result.rows[0] ? MeetingSchema.parse(result.rows[0].data) : undefined;
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
    return this.inTransaction(async (client) => {
      const document = await client.query<{ snapshot: Buffer; snapshot_seq: string }>("SELECT snapshot, snapshot_seq FROM documents WHERE meeting_id = $1", [meetingId]);
      const row = document.rows[0];
      if (!row) return undefined;
      const updates = await client.query<{ seq: string; data: Buffer }>("SELECT seq, data FROM document_updates WHERE meeting_id = $1 ORDER BY seq", [meetingId]);
      const last = updates.rows[updates.rows.length - 1];
      return { snapshot: row.snapshot, updates: updates.rows.map((update) => update.data), lastSeq: Number(last ? last.seq : row.snapshot_seq) };
    });
  }

  async appendUpdate(meetingId: string, update: Uint8Array): Promise<number> {
    const result = await this.pool.query<{ seq: string }>("INSERT INTO document_updates (meeting_id, data) VALUES ($1, $2) RETURNING seq", [meetingId, Buffer.from(update)]);
    return Number(result.rows[0]!.seq);
  }

  compactDocument(meetingId: string, snapshot: Uint8Array, uptoSeq: number): Promise<void> {
    return this.inTransaction(async (client) => {
      const current = await client.query<{ snapshot: Buffer }>("SELECT snapshot FROM documents WHERE meeting_id = $1 FOR UPDATE", [meetingId]);
      if (!current.rows[0]) throw new Error(`no document ${meetingId}`);
      if (!snapshotCovers(snapshot, current.rows[0].snapshot)) throw new Error("compaction refused: the new snapshot is smaller");
      await client.query("UPDATE documents SET snapshot = $2, snapshot_seq = GREATEST(snapshot_seq, $3) WHERE meeting_id = $1", [meetingId, Buffer.from(snapshot), uptoSeq]);
      await client.query("DELETE FROM document_updates WHERE meeting_id = $1 AND seq <= $2", [meetingId, uptoSeq]);
    });
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
    await this.pool.end();
  }
}

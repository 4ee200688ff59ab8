import type { Pool, PoolClient } from "pg";
import { ApprovalSchema, AuditEntrySchema, VersionInfoSchema, type Approval, type AuditEntry, type VersionInfo } from "@rapporteur/shared";
import { StaleDocumentError } from "./document-store.js";
import type { ReviewChange, ReviewStore } from "./review-store.js";

/** Versions, approvals and the audit log in Postgres; each review change is one transaction. */
export class PostgresReviewLog implements ReviewStore {
  constructor(
    private readonly pool: Pool,
    private readonly inTransaction: <T>(work: (client: PoolClient) => Promise<T>) => Promise<T>,
  ) {}

  recordReview(change: ReviewChange): Promise<number | undefined> {
    return this.inTransaction(async (client) => {
      const { meetingId, version, audit } = change;
      // The meeting row lock serialises version numbers per meeting across instances.
      await client.query("SELECT id FROM meetings WHERE id = $1 FOR UPDATE", [meetingId]);
      if (change.unlessVersionSince !== undefined) {
        const newer = await client.query("SELECT 1 FROM versions WHERE meeting_id = $1 AND created_at > $2 LIMIT 1", [meetingId, change.unlessVersionSince]);
        if (newer.rowCount) return undefined;
      }
      if (change.expectedSeq !== undefined || change.meeting) await this.gateDocument(client, change);
      let number: number | undefined;
      if (version) {
        const next = await client.query<{ next: number }>("SELECT COALESCE(MAX(version), 0) + 1 AS next FROM versions WHERE meeting_id = $1", [meetingId]);
        number = Number(next.rows[0]!.next);
        await client.query(
          "INSERT INTO versions (meeting_id, version, name, reason, created_at, created_by, sha256, snapshot) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
          [meetingId, number, version.name, version.reason, version.createdAt, version.createdBy, version.sha256, Buffer.from(version.snapshot)],
        );
        if (change.approve) {
          await client.query("INSERT INTO approvals (meeting_id, version, approved_by, approved_at, sha256) VALUES ($1, $2, $3, $4, $5)", [meetingId, number, version.createdBy, version.createdAt, version.sha256]);
        }
      }
      if (audit) {
        await client.query("INSERT INTO audit (meeting_id, at, actor, role, action, detail, version) VALUES ($1, $2, $3, $4, $5, $6, $7)", [meetingId, audit.at, audit.actor, audit.role, audit.action, audit.detail, number ?? null]);
      }
      return number;
    });
  }

  /**
   * Checks the log still ends where the caller saw it and sets the approval gate with the status.
   * The document row stays locked until commit, so no append (any instance) lands in between.
   */
  private async gateDocument(client: PoolClient, change: ReviewChange): Promise<void> {
    const { meetingId, expectedSeq, meeting } = change;
    const row = await client.query<{ last_seq: string }>("SELECT last_seq FROM documents WHERE meeting_id = $1 FOR UPDATE", [meetingId]);
    const lastSeq = Number(row.rows[0]?.last_seq ?? 0);
    if (expectedSeq !== undefined && lastSeq !== expectedSeq) throw new StaleDocumentError(meetingId, expectedSeq, lastSeq);
    if (!meeting) return;
    await client.query("UPDATE meetings SET data = $2 WHERE id = $1", [meetingId, meeting]);
    await client.query("UPDATE documents SET locked = $2 WHERE meeting_id = $1", [meetingId, meeting.status === "approved"]);
  }

  async listVersions(meetingId: string): Promise<VersionInfo[]> {
    const result = await this.pool.query(
      `SELECT version, name, reason, created_at AS "createdAt", created_by AS "createdBy", sha256 FROM versions WHERE meeting_id = $1 ORDER BY version`,
      [meetingId],
    );
    return result.rows.map((row) => VersionInfoSchema.parse(row));
  }

  async getVersionSnapshot(meetingId: string, version: number): Promise<Uint8Array | undefined> {
    const result = await this.pool.query<{ snapshot: Buffer }>("SELECT snapshot FROM versions WHERE meeting_id = $1 AND version = $2", [meetingId, version]);
    return result.rows[0]?.snapshot;
  }

  async listApprovals(meetingId: string): Promise<Approval[]> {
    const result = await this.pool.query(
      `SELECT version, approved_by AS "approvedBy", approved_at AS "approvedAt", sha256 FROM approvals WHERE meeting_id = $1 ORDER BY version`,
      [meetingId],
    );
    return result.rows.map((row) => ApprovalSchema.parse(row));
  }

  async listAudit(meetingId: string): Promise<AuditEntry[]> {
    const result = await this.pool.query("SELECT at, actor, role, action, detail, version FROM audit WHERE meeting_id = $1 ORDER BY id", [meetingId]);
    return result.rows.map((row) => AuditEntrySchema.parse({ ...row, version: row.version ?? undefined }));
  }
}

import type Database from "better-sqlite3";
import { ApprovalSchema, AuditEntrySchema, VersionInfoSchema, type Approval, type AuditEntry, type VersionInfo } from "@rapporteur/shared/review/review-status";
import { StaleDocumentError } from "./document-store.js";
import type { ReviewChange, ReviewStore } from "./review-store.js";

/** The review tables of the SQLite store; shares the store's connection and transactions. */
export class SqliteReviewLog implements ReviewStore {
  private readonly statements;

  constructor(private readonly db: Database.Database) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS versions (
        meeting_id TEXT NOT NULL REFERENCES meetings (id), version INTEGER NOT NULL, name TEXT NOT NULL,
        reason TEXT NOT NULL, created_at TEXT NOT NULL, created_by TEXT NOT NULL, sha256 TEXT NOT NULL,
        snapshot BLOB NOT NULL, PRIMARY KEY (meeting_id, version)
      );
      CREATE TABLE IF NOT EXISTS approvals (
        meeting_id TEXT NOT NULL, version INTEGER NOT NULL, approved_by TEXT NOT NULL, approved_at TEXT NOT NULL,
        sha256 TEXT NOT NULL, PRIMARY KEY (meeting_id, version),
        FOREIGN KEY (meeting_id, version) REFERENCES versions (meeting_id, version)
      );
      CREATE TABLE IF NOT EXISTS audit (
        id INTEGER PRIMARY KEY AUTOINCREMENT, meeting_id TEXT NOT NULL REFERENCES meetings (id), at TEXT NOT NULL,
        actor TEXT NOT NULL, role TEXT NOT NULL, action TEXT NOT NULL, detail TEXT NOT NULL, version INTEGER
      );
      CREATE INDEX IF NOT EXISTS audit_by_meeting ON audit (meeting_id, id);
    `);
    this.statements = {
      versionSince: db.prepare("SELECT 1 FROM versions WHERE meeting_id = ? AND created_at > ? LIMIT 1").pluck(),
      nextVersion: db.prepare("SELECT COALESCE(MAX(version), 0) + 1 FROM versions WHERE meeting_id = ?").pluck(),
      insertVersion: db.prepare(
        "INSERT INTO versions (meeting_id, version, name, reason, created_at, created_by, sha256, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
      ),
      insertApproval: db.prepare("INSERT INTO approvals (meeting_id, version, approved_by, approved_at, sha256) VALUES (?, ?, ?, ?, ?)"),
      insertAudit: db.prepare("INSERT INTO audit (meeting_id, at, actor, role, action, detail, version) VALUES (?, ?, ?, ?, ?, ?, ?)"),
      updateMeeting: db.prepare("UPDATE meetings SET data = ? WHERE id = ?"),
      selectLastSeq: db.prepare("SELECT last_seq FROM documents WHERE meeting_id = ?").pluck(),
      setLocked: db.prepare("UPDATE documents SET locked = ? WHERE meeting_id = ?"),
      listVersions: db.prepare(
        "SELECT version, name, reason, created_at AS createdAt, created_by AS createdBy, sha256 FROM versions WHERE meeting_id = ? ORDER BY version",
      ),
      selectSnapshot: db.prepare("SELECT snapshot FROM versions WHERE meeting_id = ? AND version = ?").pluck(),
      listApprovals: db.prepare(
        "SELECT version, approved_by AS approvedBy, approved_at AS approvedAt, sha256 FROM approvals WHERE meeting_id = ? ORDER BY version",
      ),
      listAudit: db.prepare("SELECT at, actor, role, action, detail, version FROM audit WHERE meeting_id = ? ORDER BY id"),
    };
  }

  recordReview(change: ReviewChange): number | undefined {
    // Immediate: the expected-seq check and the gate are taken under the write lock, so no append slips between.
    return this.db.transaction(() => {
      const { meetingId, version, audit } = change;
      if (change.unlessVersionSince !== undefined && this.statements.versionSince.get(meetingId, change.unlessVersionSince)) return undefined;
      if (change.expectedSeq !== undefined) {
        const lastSeq = this.statements.selectLastSeq.get(meetingId) as number;
        if (lastSeq !== change.expectedSeq) throw new StaleDocumentError(meetingId, change.expectedSeq, lastSeq);
      }
      if (change.meeting) {
        this.statements.updateMeeting.run(JSON.stringify(change.meeting), meetingId);
        this.statements.setLocked.run(change.meeting.status === "approved" ? 1 : 0, meetingId);
      }
      let number: number | undefined;
      if (version) {
        number = this.statements.nextVersion.get(meetingId) as number;
        this.statements.insertVersion.run(meetingId, number, version.name, version.reason, version.createdAt, version.createdBy, version.sha256, version.snapshot);
        if (change.approve) this.statements.insertApproval.run(meetingId, number, version.createdBy, version.createdAt, version.sha256);
      }
      if (audit) this.statements.insertAudit.run(meetingId, audit.at, audit.actor, audit.role, audit.action, audit.detail, number ?? null);
      return number;
    }).immediate();
  }

  listVersions(meetingId: string): VersionInfo[] {
    return this.statements.listVersions.all(meetingId).map((row) => VersionInfoSchema.parse(row));
  }

  getVersionSnapshot(meetingId: string, version: number): Uint8Array | undefined {
    return this.statements.selectSnapshot.get(meetingId, version) as Buffer | undefined;
  }

  listApprovals(meetingId: string): Approval[] {
    return this.statements.listApprovals.all(meetingId).map((row) => ApprovalSchema.parse(row));
  }

  listAudit(meetingId: string): AuditEntry[] {
    return this.statements.listAudit.all(meetingId).map((row) => {
      const entry = row as Record<string, unknown>;
      return AuditEntrySchema.parse({ ...entry, version: entry.version ?? undefined });
    });
  }
}

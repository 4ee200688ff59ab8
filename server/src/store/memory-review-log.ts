import type { Approval, AuditEntry, VersionInfo } from "@rapporteur/shared";
import type { ReviewChange, ReviewStore } from "./review-store.js";

/** The in-memory review log; `applyToDocument` is the owning store's check and meeting write. */
export class MemoryReviewLog implements ReviewStore {
  private readonly versions = new Map<string, Array<VersionInfo & { snapshot: Uint8Array }>>();
  private readonly approvals = new Map<string, Approval[]>();
  private readonly audit = new Map<string, AuditEntry[]>();

  constructor(private readonly applyToDocument: (change: ReviewChange) => void) {}

  recordReview(change: ReviewChange): number | undefined {
    const { meetingId, version, audit } = change;
    const versions = this.versions.get(meetingId) ?? [];
    if (change.unlessVersionSince !== undefined && versions.some((entry) => entry.createdAt > change.unlessVersionSince!)) return undefined;
    const number = version ? versions.length + 1 : undefined;
    this.applyToDocument(change);
    if (version && number !== undefined) {
      const { snapshot, ...info } = version;
      versions.push({ ...info, version: number, snapshot: snapshot.slice() });
      this.versions.set(meetingId, versions);
      if (change.approve) {
        const approval = { version: number, approvedBy: version.createdBy, approvedAt: version.createdAt, sha256: version.sha256 };
        this.approvals.set(meetingId, [...(this.approvals.get(meetingId) ?? []), approval]);
      }
    }
    if (audit) this.audit.set(meetingId, [...(this.audit.get(meetingId) ?? []), { ...audit, ...(number ? { version: number } : {}) }]);
    return number;
  }

  listVersions(meetingId: string): VersionInfo[] {
    return (this.versions.get(meetingId) ?? []).map(({ snapshot: _snapshot, ...info }) => info);
  }

  getVersionSnapshot(meetingId: string, version: number): Uint8Array | undefined {
    return this.versions.get(meetingId)?.find((entry) => entry.version === version)?.snapshot;
  }

  listApprovals(meetingId: string): Approval[] {
    return [...(this.approvals.get(meetingId) ?? [])];
  }

  listAudit(meetingId: string): AuditEntry[] {
    return [...(this.audit.get(meetingId) ?? [])];
  }
}

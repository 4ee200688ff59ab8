import type { Approval, AuditEntry, Meeting, VersionInfo } from "@rapporteur/shared";
import type { MaybePromise } from "./document-store.js";

export interface NewVersion {
  name: string;
  reason: VersionInfo["reason"];
  createdBy: string;
  createdAt: string;
  snapshot: Uint8Array;
  sha256: string;
}

export interface ReviewChange {
  meetingId: string;
  /** The meeting with its new status, when the status changes. */
  meeting?: Meeting;
  version?: NewVersion;
  /** Records the new version as the approved one. */
  approve?: boolean;
  audit?: Omit<AuditEntry, "version">;
}

/** Versions, approvals and the audit log. `recordReview` writes all its parts or none. */
export interface ReviewStore {
  /** Returns the number of the version it stored, if any. */
  recordReview(change: ReviewChange): MaybePromise<number | undefined>;
  listVersions(meetingId: string): MaybePromise<VersionInfo[]>;
  getVersionSnapshot(meetingId: string, version: number): MaybePromise<Uint8Array | undefined>;
  listApprovals(meetingId: string): MaybePromise<Approval[]>;
  listAudit(meetingId: string): MaybePromise<AuditEntry[]>;
}

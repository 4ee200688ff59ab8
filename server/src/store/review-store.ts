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
  /**
   * The document's log must still end at this sequence number, or the change is refused with
   * StaleDocumentError: an approval snapshots exactly what is stored, on any instance.
   */
  expectedSeq?: number;
  /**
   * Records nothing (returns undefined) when the meeting already has a version created after
   * this ISO time: two instances' automatic-version clocks never write two versions.
   */
  unlessVersionSince?: string;
}

/**
 * Versions, approvals and the audit log. `recordReview` writes all its parts or none; a change
 * carrying the meeting also sets the document's approval gate from its status, in the same transaction.
 */
export interface ReviewStore {
  /** Returns the number of the version it stored, if any. */
  recordReview(change: ReviewChange): MaybePromise<number | undefined>;
  listVersions(meetingId: string): MaybePromise<VersionInfo[]>;
  getVersionSnapshot(meetingId: string, version: number): MaybePromise<Uint8Array | undefined>;
  listApprovals(meetingId: string): MaybePromise<Approval[]>;
  listAudit(meetingId: string): MaybePromise<AuditEntry[]>;
}

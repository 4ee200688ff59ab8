import type { Meeting } from "@rapporteur/shared/meeting/meeting";
import type { LinkVersions } from "@rapporteur/shared/review/meeting-links";
import type { Role } from "@rapporteur/shared/review/roles";

/** Sync for the embedded store, async for a networked one; callers handle both. */
export type MaybePromise<T> = T | Promise<T>;

/** A document as stored: the latest snapshot plus the updates appended after it, in order. */
export interface StoredDocument {
  snapshot: Uint8Array;
  updates: Uint8Array[];
  /** Sequence number of the last update (or of the snapshot when the log is empty); per meeting. */
  lastSeq: number;
  /** The approval gate: while set, every append is refused. */
  locked: boolean;
}

/**
 * What a reader that has seen everything up to some sequence number is missing. `snapshot` is
 * set when part of the missing range was already folded into it (applying it again is harmless).
 */
export interface StoredTail {
  snapshot: Uint8Array | undefined;
  updates: Uint8Array[];
  lastSeq: number;
}

/** What the access checks read on every request: the link versions, and the meeting scheduled from this one. */
export interface LinkState {
  versions: LinkVersions;
  /** The meeting last scheduled from this one ("Schedule next…"); its chair link is this chair's to send. */
  nextMeetingId: string | null;
}

export interface MeetingQuery {
  /** Full-text search across titles and summaries. */
  text?: string | undefined;
  limit?: number | undefined;
}

/** An append to an approved (locked) document: refused in the append's own transaction. */
export class DocumentLockedError extends Error {
  override readonly name = "DocumentLockedError";
  constructor(readonly meetingId: string) {
    super(`document ${meetingId} is approved and locked`);
  }
}

/** A review change that expected the stored log to end at a sequence number it no longer ends at. */
export class StaleDocumentError extends Error {
  override readonly name = "StaleDocumentError";
  constructor(readonly meetingId: string, readonly expectedSeq: number, readonly actualSeq: number) {
    super(`document ${meetingId} moved on: expected seq ${expectedSeq}, stored ${actualSeq}`);
  }
}

/**
 * Everything the server keeps. Implementations must make each call atomic: a meeting and its
 * seeded document are created together or not at all, a load sees one consistent snapshot and
 * log, and compaction never deletes an update it did not fold in.
 */
export interface DocumentStore {
  /** Stores the meeting and its initial document; fails if the id exists (seed exactly once). */
  createMeeting(meeting: Meeting, initialState: Uint8Array): MaybePromise<void>;
  /** Saves the meeting's details; never its review status, which only `review.recordReview` changes. */
  updateMeeting(meeting: Meeting): MaybePromise<void>;
  getMeeting(id: string): MaybePromise<Meeting | undefined>;
  /** Newest first. */
  listMeetings(query?: MeetingQuery): MaybePromise<Meeting[]>;
  loadDocument(meetingId: string): MaybePromise<StoredDocument | undefined>;
  /** Everything stored after `afterSeq` (catch-up after a gap); undefined when the meeting does not exist. */
  readUpdatesSince(meetingId: string, afterSeq: number): MaybePromise<StoredTail | undefined>;
  /**
   * Appends one update and returns its per-meeting sequence number; durable once it returns or
   * resolves (a store may batch appends internally). Throws DocumentLockedError when approved.
   */
  appendUpdate(meetingId: string, update: Uint8Array): MaybePromise<number>;
  /**
   * Folds the stored snapshot and the stored updates up to `uptoSeq` into one snapshot, from
   * storage, under a per-meeting lock. Returns how many updates it folded (0 when none).
   */
  compactDocument(meetingId: string, uptoSeq: number): MaybePromise<number>;
  /**
   * Runs `work` while holding the meeting's write lock across every instance on this storage
   * (server-side edits and approvals); absent when only one process can reach the storage.
   */
  withMeetingLock?<T>(meetingId: string, work: () => Promise<T>): Promise<T>;
  /**
   * The meeting's link versions (one read answers "does it exist?" too, so an access check costs
   * one query); undefined when there is no such meeting.
   */
  getLinkState(meetingId: string): MaybePromise<LinkState | undefined>;
  /** Bumps the link version of each role named, in one atomic write; undefined when there is no such meeting. */
  replaceLinks(meetingId: string, roles: readonly Role[]): MaybePromise<LinkVersions | undefined>;
  /** Records the meeting scheduled from this one; the latest replaces any earlier. */
  setNextMeeting(meetingId: string, nextMeetingId: string): MaybePromise<void>;
  /** Text of the summary, kept for full-text search. */
  indexSummaryText(meetingId: string, text: string): MaybePromise<void>;
  close(): MaybePromise<void>;
}

import type { Meeting } from "@rapporteur/shared";

/** Sync for the embedded store, async for a networked one; callers handle both. */
export type MaybePromise<T> = T | Promise<T>;

/** A document as stored: the latest snapshot plus the updates appended after it, in order. */
export interface StoredDocument {
  snapshot: Uint8Array;
  updates: Uint8Array[];
  /** Sequence number of the last update (or of the snapshot when the log is empty). */
  lastSeq: number;
}

export interface MeetingQuery {
  /** Full-text search across titles and summaries. */
  text?: string | undefined;
  limit?: number | undefined;
}

/**
 * Everything the server keeps. Implementations must make each call atomic: a meeting and its
 * seeded document are created together or not at all, and compaction never loses an update.
 */
export interface DocumentStore {
  /** Stores the meeting and its initial document; fails if the id exists (seed exactly once). */
  createMeeting(meeting: Meeting, initialState: Uint8Array): MaybePromise<void>;
  updateMeeting(meeting: Meeting): MaybePromise<void>;
  getMeeting(id: string): MaybePromise<Meeting | undefined>;
  /** Newest first. */
  listMeetings(query?: MeetingQuery): MaybePromise<Meeting[]>;
  loadDocument(meetingId: string): MaybePromise<StoredDocument | undefined>;
  /** Appends one update to the log and returns its sequence number. Durable on return. */
  appendUpdate(meetingId: string, update: Uint8Array): MaybePromise<number>;
  /**
   * Replaces the snapshot and every update up to `uptoSeq` with `snapshot`, in one
   * transaction. Refuses a snapshot that does not cover the stored one.
   */
  compactDocument(meetingId: string, snapshot: Uint8Array, uptoSeq: number): MaybePromise<void>;
  /** Text of the summary, kept for full-text search. */
  indexSummaryText(meetingId: string, text: string): MaybePromise<void>;
  close(): MaybePromise<void>;
}

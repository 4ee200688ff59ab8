import type { MessagePort } from "node:worker_threads";
import { DocumentLockedError, StaleDocumentError } from "./document-store.js";
import { MissingDocumentError } from "./sqlite-append-transaction.js";
import type { SnapshotFold } from "./sqlite-log-writes.js";

// What the event loop and the SQLite write thread (sqlite-write-worker.ts) tell each other.

/**
 * The store parts the thread serves and the methods it runs for each, and nothing else: with
 * SQLITE_WRITER=thread every read and write of the store goes there, so the event loop never
 * touches the database file (a hung disk holds the thread, never the sockets).
 */
export const THREAD_METHODS = {
  reads: ["getMeeting", "getLinkState", "listMeetings", "loadDocument", "readUpdatesSince", "readForCompaction", "getTemplate", "listTemplates", "getSeries", "listSeries"],
  meetings: ["createMeeting", "updateMeeting", "replaceLinks", "setNextMeeting", "saveTemplate", "deleteUnusedTemplate", "saveSeries"],
  review: ["recordReview", "listVersions", "getVersionSnapshot", "listApprovals", "listAudit"],
  transcripts: [
    "getTranscript", "replaceTranscript", "appendCaptions", "getTranscriptSettings", "saveTranscriptSettings",
    "getCaptionerTokenId", "setCaptionerTokenId", "deleteTranscript",
  ],
  publish: ["ensureInstallationKey", "savePublication", "listSeriesPublications", "listMeetingPublications", "getPublishedFile", "findPublications"],
} as const;

export type ThreadTarget = keyof typeof THREAD_METHODS;

export interface WriteWorkerSetup {
  file: string;
  busyTimeoutMs: number;
  /** Where the thread answers batches, apart from everything else, so the event loop can take the answer while it waits blocked. */
  batchReplies: MessagePort;
  /** [0] counts the batches answered; the thread notifies it after each answer. */
  answered: SharedArrayBuffer;
}

/** A batch, packed into one transferred buffer: meeting i has counts[i] updates, of lengths in order. */
export interface WriteBatchMessage {
  kind: "batch";
  meetingIds: string[];
  counts: number[];
  lengths: number[];
  data: ArrayBuffer;
}

/** Everything but batches is answered in the order sent, with a "result" or a "failed" reply. */
export type WriteRequest =
  | WriteBatchMessage
  | { kind: "fold"; fold: SnapshotFold }
  | { kind: "index"; meetingId: string; text: string }
  | { kind: "pragma"; statement: string }
  /** A read or one of the rarer writes: see THREAD_METHODS. */
  | { kind: "call"; target: ThreadTarget; method: string; args: unknown[] }
  | { kind: "close" };

/** An error as it crosses threads; `name` tells the refusals of one meeting from a failed commit. */
export interface WireError {
  name: string;
  message: string;
  /** SQLite's error code (SQLITE_BUSY, SQLITE_CONSTRAINT_…), so the HTTP layer answers as it would on this thread. */
  code?: string;
  /** A StaleDocumentError's numbers. */
  stale?: { meetingId: string; expectedSeq: number; actualSeq: number };
}

export type WriteReply =
  | { kind: "done"; outcomes: Array<[string, number | WireError]> }
  | { kind: "failed"; error: WireError }
  | { kind: "result"; result: unknown }
  | { kind: "refused"; error: WireError };

export function toWire(error: unknown): WireError {
  if (!(error instanceof Error)) return { name: "Error", message: String(error) };
  const wire: WireError = { name: error.name, message: error.message };
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string") wire.code = code;
  if (error instanceof StaleDocumentError) wire.stale = { meetingId: error.meetingId, expectedSeq: error.expectedSeq, actualSeq: error.actualSeq };
  return wire;
}

/** The meeting-level refusals keep their type across the thread boundary; anything else is a failed write. */
export function fromWire(error: WireError, meetingId?: string): Error {
  if (error.name === "DocumentLockedError" && meetingId) return new DocumentLockedError(meetingId);
  if (error.name === "MissingDocumentError") return new MissingDocumentError(error.message);
  if (error.stale) return new StaleDocumentError(error.stale.meetingId, error.stale.expectedSeq, error.stale.actualSeq);
  const failed = Object.assign(new Error(error.message), error.code === undefined ? {} : { code: error.code });
  failed.name = error.name;
  return failed;
}

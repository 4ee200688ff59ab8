import { DocumentLockedError } from "./document-store.js";
import { MissingDocumentError } from "./sqlite-append-transaction.js";
import type { SnapshotFold } from "./sqlite-log-writes.js";

// What the event loop and the SQLite write thread (sqlite-write-worker.ts) tell each other.

export interface WriteWorkerSetup {
  file: string;
  busyTimeoutMs: number;
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
  | { kind: "close" };

/** An error as it crosses threads; `name` tells the refusals of one meeting from a failed commit. */
export interface WireError {
  name: string;
  message: string;
}

export type WriteReply =
  | { kind: "done"; outcomes: Array<[string, number | WireError]> }
  | { kind: "failed"; error: WireError }
  | { kind: "result"; result: unknown }
  | { kind: "refused"; error: WireError };

export function toWire(error: unknown): WireError {
  return error instanceof Error ? { name: error.name, message: error.message } : { name: "Error", message: String(error) };
}

/** The meeting-level refusals keep their type across the thread boundary; anything else is a failed write. */
export function fromWire(error: WireError, meetingId?: string): Error {
  if (error.name === "DocumentLockedError" && meetingId) return new DocumentLockedError(meetingId);
  if (error.name === "MissingDocumentError") return new MissingDocumentError(error.message);
  const failed = new Error(error.message);
  failed.name = error.name;
  return failed;
}

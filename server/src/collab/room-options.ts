import type { DocumentStore } from "../store/document-store.js";
import type { Logger } from "../logger.js";
import type { RelayMessage } from "./relay-message.js";
import type { Room } from "./room.js";

/** What a room reports, for /metrics; every hook is optional. */
export interface RoomMetrics {
  updateStored(seconds: number): void;
  writeRefused(): void;
}

export interface RoomOptions {
  store: DocumentStore;
  logger: Logger;
  /** Updates in the log before the room compacts it into a snapshot. */
  compactAfterUpdates: number;
  onEmpty(room: Room): void;
  /** The store failed: the room must be dropped and reloaded from storage. */
  onBroken(room: Room): void;
  /** The log was folded into a snapshot: a quiet moment to refresh derived data (search). */
  onCompacted(room: Room): void;
  /** Editing went on for `autoVersionMs` since the last version: time to keep one. */
  onActivity(room: Room): void;
  autoVersionMs: number;
  /** The meeting is approved: no update is accepted from anyone. */
  locked: boolean;
  /** Tells the other instances serving this meeting; absent on a single instance. */
  relay?: (message: RelayMessage) => void;
  metrics?: RoomMetrics;
}

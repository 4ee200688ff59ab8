import * as Y from "yjs";
import * as awarenessProtocol from "y-protocols/awareness";
import { CloseCode, type CollabNotice } from "@rapporteur/shared";
import type { DocumentStore, StoredDocument } from "../store/document-store.js";
import type { Logger } from "../logger.js";
import type { Connection } from "./connection.js";
import { encodeMessage } from "./protocol-messages.js";

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
}

/**
 * One meeting's live document: applies client updates, stores each one, then broadcasts it.
 * The order is the durability promise: nobody sees an update the store does not have.
 */
export class Room {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  private readonly connections = new Set<Connection>();
  private lastSeq: number;
  private updatesInLog: number;
  private persistChain: Promise<void> = Promise.resolve();
  private compactionScheduled = false;
  private statusScheduled = false;
  private broken = false;
  private lockedState: boolean;
  private lastVersionAt = Date.now();

  constructor(
    readonly meetingId: string,
    stored: StoredDocument,
    private readonly options: RoomOptions,
  ) {
    Y.transact(this.doc, () => {
      Y.applyUpdate(this.doc, stored.snapshot);
      for (const update of stored.updates) Y.applyUpdate(this.doc, update);
    });
    this.lockedState = options.locked;
    this.lastSeq = stored.lastSeq;
    this.updatesInLog = stored.updates.length;
    // The server is not a participant: it announces no awareness state of its own.
    this.awareness.setLocalState(null);
    this.doc.on("update", this.handleDocUpdate);
    this.awareness.on("update", this.handleAwarenessUpdate);
  }

  get connectionCount(): number {
    return this.connections.size;
  }

  addConnection(connection: Connection): void {
    this.connections.add(connection);
    connection.send(encodeMessage.syncStep1(this.doc));
    const clients = [...this.awareness.getStates().keys()];
    if (clients.length > 0) connection.send(encodeMessage.awareness(this.awareness, clients));
  }

  removeConnection(connection: Connection): void {
    if (!this.connections.delete(connection)) return;
    if (connection.awarenessClients.size > 0) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [...connection.awarenessClients], null);
    }
    if (this.connections.size === 0) this.options.onEmpty(this);
  }

  get locked(): boolean {
    return this.lockedState;
  }

  /**
   * Closes the write gate. Called before an approval is committed, so no update can land
   * between the approved snapshot and the lock; `unlock` reopens it (reopen, failed commit).
   */
  lock(): void {
    this.lockedState = true;
  }

  /** Tells the clients once the approval is committed, so one that re-reads the meeting on this notice sees it approved. */
  announceLock(): void {
    this.notifyAll({ kind: "locked", message: "This summary was approved; it can no longer be edited." });
  }

  /** Tells the clients that the review status changed, so every open page shows it without polling. */
  announceStatus(message: string): void {
    this.notifyAll({ kind: "status", message });
  }

  unlock(): void {
    this.lockedState = false;
    this.notifyAll({ kind: "unlocked", message: "The chair reopened this summary for editing." });
  }

  /** A version was just kept; the activity clock restarts. */
  markVersioned(): void {
    this.lastVersionAt = Date.now();
  }

  private notifyAll(notice: CollabNotice): void {
    for (const connection of this.connections) this.notify(connection, notice);
  }

  /** Sends a notice to one client if it asked for notices; stock clients never see one. */
  notify(connection: Connection, notice: CollabNotice): void {
    if (connection.wantsStatus) connection.send(encodeMessage.notice(notice));
  }

  sendStoredState(connection: Connection): void {
    connection.send(encodeMessage.storedState(this.doc));
  }

  private readonly handleDocUpdate = (update: Uint8Array, origin: unknown): void => {
    if (this.broken) return;
    let seq: number | Promise<number>;
    try {
      seq = this.options.store.appendUpdate(this.meetingId, update);
    } catch (error) {
      this.failStorage(error);
      return;
    }
    if (typeof seq === "number") {
      this.broadcastStored(update, origin, seq);
      return;
    }
    // An async store: keep broadcasts in the order the updates were applied.
    const pending = seq;
    this.persistChain = this.persistChain
      .then(() => pending)
      .then((stored) => this.broadcastStored(update, origin, stored), (error) => this.failStorage(error));
  };

  private broadcastStored(update: Uint8Array, origin: unknown, seq: number): void {
    this.lastSeq = Math.max(this.lastSeq, seq);
    this.updatesInLog += 1;
    const message = encodeMessage.update(update);
    for (const connection of this.connections) {
      if (connection !== origin) connection.send(message);
    }
    this.scheduleStoredStateBroadcast();
    if (this.updatesInLog >= this.options.compactAfterUpdates) this.scheduleCompaction();
    if (Date.now() - this.lastVersionAt >= this.options.autoVersionMs) {
      this.lastVersionAt = Date.now();
      this.options.onActivity(this);
    }
  }

  private readonly handleAwarenessUpdate = (
    changes: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const changed = [...changes.added, ...changes.updated, ...changes.removed];
    const connection = origin as Connection;
    if (this.connections.has(connection)) {
      for (const client of changes.added) connection.awarenessClients.add(client);
      for (const client of changes.removed) connection.awarenessClients.delete(client);
    }
    const message = encodeMessage.awareness(this.awareness, changed);
    for (const target of this.connections) target.send(message);
  };

  /** Coalesces "what the server has stored" into one message per tick for subscribed clients. */
  private scheduleStoredStateBroadcast(): void {
    if (this.statusScheduled) return;
    this.statusScheduled = true;
    setImmediate(() => {
      this.statusScheduled = false;
      const message = encodeMessage.storedState(this.doc);
      for (const connection of this.connections) {
        if (connection.wantsStatus) connection.send(message);
      }
    });
  }

  private scheduleCompaction(): void {
    if (this.compactionScheduled) return;
    this.compactionScheduled = true;
    setImmediate(() => {
      this.compactionScheduled = false;
      void this.compact();
    });
  }

  /** Folds the log into one snapshot. Failure is logged and retried later: the log still has everything. */
  async compact(): Promise<void> {
    if (this.broken || this.updatesInLog === 0) return;
    const uptoSeq = this.lastSeq;
    const compactedCount = this.updatesInLog;
    try {
      await this.options.store.compactDocument(this.meetingId, Y.encodeStateAsUpdate(this.doc), uptoSeq);
      this.updatesInLog -= compactedCount;
      this.options.onCompacted(this);
    } catch (error) {
      this.options.logger.error("compaction_failed", { meetingId: this.meetingId, error: String(error) });
    }
  }

  private failStorage(error: unknown): void {
    if (this.broken) return;
    this.broken = true;
    this.options.logger.error("store_write_failed", { meetingId: this.meetingId, error: String(error) });
    for (const connection of this.connections) {
      connection.close(CloseCode.StorageUnavailable, "the server could not store your change; reconnecting");
    }
    this.connections.clear();
    this.options.onBroken(this);
  }

  /**
   * Resolves once every change applied so far is in the store (at once with a synchronous
   * store); a server-side edit (restore, corrected details) answers its request only then.
   */
  async whenStored(): Promise<void> {
    await this.persistChain;
    if (this.broken) throw new Error("the store could not keep the change");
  }

  /** Waits for in-flight async writes, then releases timers. */
  async destroy(): Promise<void> {
    await this.persistChain;
    this.awareness.destroy();
    this.doc.destroy();
  }
}

import * as Y from "yjs";
import * as awarenessProtocol from "y-protocols/awareness";
import { CloseCode, type CollabNotice } from "@rapporteur/shared";
import { DocumentLockedError, StaleDocumentError, type DocumentStore, type StoredDocument } from "../store/document-store.js";
import type { Logger } from "../logger.js";
import type { Connection } from "./connection.js";
import { encodeMessage } from "./protocol-messages.js";
import type { RelayMessage } from "./relay-message.js";
import { StoredSequence } from "./stored-sequence.js";

/** Origin of changes that are already stored (read back, or relayed by another instance): broadcast, never stored again. */
export const ALREADY_STORED = Symbol("already-stored");

/** How long a gap in the relayed sequence may stay open (a peer's message still on its way) before reading storage. */
const GAP_GRACE_MS = 200;

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

/**
 * One meeting's live document: applies client updates, stores each one, then broadcasts it
 * (and relays it to other instances). The order is the durability promise: nobody, on any
 * instance, sees an update the store does not have.
 */
export class Room {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  private readonly connections = new Set<Connection>();
  private readonly sequence: StoredSequence;
  private updatesInLog: number;
  private persistChain: Promise<void> = Promise.resolve();
  private catchingUp: Promise<void> | undefined;
  private compactionScheduled = false;
  private statusScheduled = false;
  private gapTimer: NodeJS.Timeout | undefined;
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
    this.lockedState = options.locked || stored.locked;
    this.sequence = new StoredSequence(stored.lastSeq);
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

  /** Closes every socket with `code` (a drain: 1012, stock providers reconnect elsewhere). */
  closeConnections(code: number, reason: string): void {
    for (const connection of this.connections) connection.close(code, reason);
  }

  get locked(): boolean {
    return this.lockedState;
  }

  /**
   * Closes the write gate. Called before an approval is committed, so no update can land
   * between the approved snapshot and the lock; `unlock` reopens it (reopen, failed commit).
   * The store's own gate covers the other instances until the "locked" notice reaches them.
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

  /** Tells the open pages that the transcript changed (upload, settings, live captions), so their panels re-read it. */
  announceTranscript(message: string): void {
    this.notifyAll({ kind: "transcript", message });
  }

  unlock(): void {
    this.notifyAll({ kind: "unlocked", message: "The chair reopened this summary for editing." });
  }

  /** A version was just kept; the activity clock restarts. */
  markVersioned(): void {
    this.lastVersionAt = Date.now();
  }

  private notifyAll(notice: CollabNotice, relayed = false): void {
    if (notice.kind === "locked") this.lockedState = true;
    for (const connection of this.connections) this.notify(connection, notice);
    if (notice.kind === "unlocked") {
      this.lockedState = false;
      // Edits refused while locked stay on their clients; sync step 1 asks every client for them
      // now, so later edits that build on them are not held back until a reconnect.
      const resync = encodeMessage.syncStep1(this.doc);
      for (const connection of this.connections) connection.send(resync);
    }
    if (!relayed) this.options.relay?.({ kind: "notice", notice });
  }

  /** Sends a notice to one client if it asked for notices; stock clients never see one. */
  notify(connection: Connection, notice: CollabNotice): void {
    if (connection.wantsStatus) connection.send(encodeMessage.notice(notice));
  }

  sendStoredState(connection: Connection): void {
    connection.send(encodeMessage.storedState(this.doc));
  }

  /** Every stored update up to this number is in the live document. */
  get lastSeq(): number {
    return this.sequence.contiguous;
  }

  /** Acts on what another instance relayed about this meeting. */
  receiveRelayed(message: RelayMessage): void {
    if (this.broken) return;
    switch (message.kind) {
      case "update":
        if (this.sequence.has(message.seq)) return;
        Y.applyUpdate(this.doc, message.update, ALREADY_STORED);
        this.sequence.add(message.seq);
        this.watchForGap();
        return;
      case "awareness":
        awarenessProtocol.applyAwarenessUpdate(this.awareness, message.update, ALREADY_STORED);
        return;
      case "notice":
        this.notifyAll(message.notice, true);
        return;
      case "head":
        if (message.seq > this.sequence.contiguous) void this.catchUp();
        return;
    }
  }

  /** Tells the other instances how far this one's document reaches (after a relay outage). */
  announceHead(): void {
    this.options.relay?.({ kind: "head", seq: this.sequence.contiguous });
  }

  private watchForGap(): void {
    if (!this.sequence.hasGap || this.gapTimer) return;
    this.gapTimer = setTimeout(() => {
      this.gapTimer = undefined;
      if (this.sequence.hasGap) void this.catchUp();
    }, GAP_GRACE_MS);
    this.gapTimer.unref();
  }

  /**
   * Applies what the store holds beyond `lastSeq` (another instance's writes, missed relays),
   * so the live document holds at least the stored one. Concurrent calls share one read.
   */
  catchUp(): Promise<void> {
    this.catchingUp ??= this.readStoredTail().finally(() => (this.catchingUp = undefined));
    return this.catchingUp;
  }

  private async readStoredTail(): Promise<void> {
    const tail = await this.options.store.readUpdatesSince(this.meetingId, this.sequence.contiguous);
    if (!tail || this.broken) return;
    Y.transact(this.doc, () => {
      if (tail.snapshot) Y.applyUpdate(this.doc, tail.snapshot);
      for (const update of tail.updates) Y.applyUpdate(this.doc, update);
    }, ALREADY_STORED);
    this.sequence.advanceTo(tail.lastSeq);
  }

  /**
   * Runs `commit` with the sequence number the stored log must still end at (an approval's
   * snapshot is then exactly the stored document), catching up and retrying while another
   * instance's writer moves the log on. Close the gate (`lock`) first so this one cannot.
   */
  async commitAtStoredEnd<T>(commit: (expectedSeq: number) => T | Promise<T>, attempts = 20): Promise<T> {
    await this.whenStored();
    for (let attempt = 1; ; attempt += 1) {
      await this.catchUp();
      try {
        return await commit(this.sequence.contiguous);
      } catch (error) {
        if (!(error instanceof StaleDocumentError) || attempt >= attempts) throw error;
      }
    }
  }

  private readonly handleDocUpdate = (update: Uint8Array, origin: unknown): void => {
    if (this.broken) return;
    if (origin === ALREADY_STORED) {
      this.broadcast(update, origin);
      return;
    }
    const started = performance.now();
    let seq: number | Promise<number>;
    try {
      seq = this.options.store.appendUpdate(this.meetingId, update);
    } catch (error) {
      this.failStorage(error);
      return;
    }
    if (typeof seq === "number") {
      this.broadcastStored(update, origin, seq, started);
      return;
    }
    // An async store: keep broadcasts in the order the updates were applied.
    const pending = seq;
    this.persistChain = this.persistChain
      .then(() => pending)
      .then((stored) => this.broadcastStored(update, origin, stored, started), (error) => this.failStorage(error));
  };

  private broadcastStored(update: Uint8Array, origin: unknown, seq: number, started: number): void {
    this.options.metrics?.updateStored((performance.now() - started) / 1000);
    this.sequence.add(seq);
    this.updatesInLog += 1;
    this.broadcast(update, origin);
    this.options.relay?.({ kind: "update", seq, update });
    this.watchForGap();
    if (this.updatesInLog >= this.options.compactAfterUpdates) this.scheduleCompaction();
    if (Date.now() - this.lastVersionAt >= this.options.autoVersionMs) {
      this.lastVersionAt = Date.now();
      this.options.onActivity(this);
    }
  }

  private broadcast(update: Uint8Array, origin: unknown): void {
    const message = encodeMessage.update(update);
    for (const connection of this.connections) {
      if (connection !== origin) connection.send(message);
    }
    this.scheduleStoredStateBroadcast();
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
    const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed);
    const message = encodeMessage.awareness(this.awareness, changed);
    for (const target of this.connections) target.send(message);
    if (origin !== ALREADY_STORED) this.options.relay?.({ kind: "awareness", update });
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

  /** Folds the stored log into its snapshot. Failure is logged and retried later: the log still has everything. */
  async compact(): Promise<void> {
    if (this.broken || this.updatesInLog === 0) return;
    const counted = this.updatesInLog;
    try {
      await this.options.store.compactDocument(this.meetingId, this.sequence.contiguous);
      this.updatesInLog = Math.max(0, this.updatesInLog - counted);
      this.options.onCompacted(this);
    } catch (error) {
      this.options.logger.error("compaction_failed", { meetingId: this.meetingId, error: String(error) });
    }
  }

  /**
   * The live document holds a change the store refused: close every connection (stock providers
   * reconnect) and drop the room, so it is reloaded from what is stored. A refusal by the approval
   * gate (approved through another instance) is not a storage failure.
   */
  private failStorage(error: unknown): void {
    if (this.broken) return;
    this.broken = true;
    this.options.metrics?.writeRefused();
    const locked = error instanceof DocumentLockedError;
    if (locked) this.options.logger.warn("store_write_refused_locked", { meetingId: this.meetingId });
    else this.options.logger.error("store_write_failed", { meetingId: this.meetingId, error: String(error) });
    for (const connection of this.connections) {
      if (locked) connection.close(CloseCode.DocumentLocked, "this summary was approved; your change was not stored");
      else connection.close(CloseCode.StorageUnavailable, "the server could not store your change; reconnecting");
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
    clearTimeout(this.gapTimer);
    await this.persistChain;
    this.awareness.destroy();
    this.doc.destroy();
  }
}

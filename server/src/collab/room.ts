import * as Y from "yjs";
import * as awarenessProtocol from "y-protocols/awareness";
import { CloseCode, type CollabNotice, type LinkVersions } from "@rapporteur/shared";
import { DocumentLockedError, type StoredDocument } from "../store/document-store.js";
import { ALREADY_STORED } from "./already-stored.js";
import { ApprovalLock } from "./approval-lock.js";
import type { Connection } from "./connection.js";
import type { RelayMessage } from "./relay-message.js";
import { RoomCompactor } from "./room-compactor.js";
import type { RoomOptions } from "./room-options.js";
import { RoomPeers } from "./room-peers.js";
import { StoreBeforeBroadcast } from "./store-before-broadcast.js";
import { StoredCatchUp } from "./stored-catch-up.js";

export { ALREADY_STORED } from "./already-stored.js";
export type { RoomMetrics, RoomOptions } from "./room-options.js";

/**
 * One meeting's live document: applies client updates, stores each one, then broadcasts it
 * (and relays it to other instances). The order is the durability promise: nobody, on any
 * instance, sees an update the store does not have.
 */
export class Room {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  private readonly peers: RoomPeers;
  private readonly stored: StoredCatchUp;
  private readonly gate: ApprovalLock;
  private readonly compactor: RoomCompactor;
  private readonly writer: StoreBeforeBroadcast;
  private broken = false;
  private lastVersionAt = Date.now();

  constructor(
    readonly meetingId: string,
    document: StoredDocument,
    private readonly options: RoomOptions,
  ) {
    Y.transact(this.doc, () => {
      Y.applyUpdate(this.doc, document.snapshot);
      for (const update of document.updates) Y.applyUpdate(this.doc, update);
    });
    this.peers = new RoomPeers(this.doc, this.awareness, options.relay);
    const isBroken = () => this.broken;
    this.stored = new StoredCatchUp(meetingId, this.doc, options.store, document.lastSeq, isBroken);
    this.gate = new ApprovalLock(options.locked || document.locked, this.doc, this.peers, options.relay);
    this.compactor = new RoomCompactor({
      ...options, meetingId, updatesInLog: document.updates.length, isBroken,
      storedUpTo: () => this.stored.contiguous,
      onCompacted: () => options.onCompacted(this),
    });
    this.writer = new StoreBeforeBroadcast({ meetingId, store: options.store, onStored: this.broadcastStored, onFailed: this.failStorage });
    // The server is not a participant: it announces no awareness state of its own.
    this.awareness.setLocalState(null);
    this.doc.on("update", this.handleDocUpdate);
  }

  get connectionCount(): number {
    return this.peers.size;
  }

  addConnection(connection: Connection): void {
    this.peers.add(connection);
  }

  removeConnection(connection: Connection): void {
    if (!this.peers.remove(connection)) return;
    if (this.peers.size === 0) this.options.onEmpty(this);
  }

  /** Closes every socket with `code` (a drain: 1012, stock providers reconnect elsewhere). */
  closeConnections(code: number, reason: string): void {
    this.peers.closeAll(code, reason);
  }

  /** The chair replaced links: sockets admitted with an older version of a role are closed (4401, with the reason). */
  closeReplacedLinks(versions: LinkVersions): void {
    this.peers.closeReplacedLinks(versions);
  }

  get locked(): boolean {
    return this.gate.locked;
  }

  /** Closes the write gate before an approval is committed (see ApprovalLock); the store's gate covers other instances. */
  lock(): void {
    this.gate.close();
  }

  /** Tells the clients once the approval is committed, so one that re-reads the meeting on this notice sees it approved. */
  announceLock(): void {
    this.gate.announce({ kind: "locked", message: "This summary was approved; it can no longer be edited." });
  }

  /** Tells the clients that the review status changed, so every open page shows it without polling. */
  announceStatus(message: string): void {
    this.gate.announce({ kind: "status", message });
  }

  /** Tells the open pages that the transcript changed (upload, settings, live captions), so their panels re-read it. */
  announceTranscript(message: string): void {
    this.gate.announce({ kind: "transcript", message });
  }

  unlock(): void {
    this.gate.announce({ kind: "unlocked", message: "The chair reopened this summary for editing." });
  }

  /** A version was just kept; the activity clock restarts. */
  markVersioned(): void {
    this.lastVersionAt = Date.now();
  }

  /** Sends a notice to one client if it asked for notices; stock clients never see one. */
  notify(connection: Connection, notice: CollabNotice): void {
    this.peers.notify(connection, notice);
  }

  sendStoredState(connection: Connection): void {
    this.peers.sendStoredState(connection);
  }

  /** Every stored update up to this number is in the live document. */
  get lastSeq(): number {
    return this.stored.contiguous;
  }

  /** Acts on what another instance relayed about this meeting. */
  receiveRelayed(message: RelayMessage): void {
    if (this.broken) return;
    switch (message.kind) {
      case "update":
        return this.stored.receive(message.seq, message.update);
      case "awareness":
        awarenessProtocol.applyAwarenessUpdate(this.awareness, message.update, ALREADY_STORED);
        return;
      case "notice":
        return this.gate.announce(message.notice, true);
      case "head":
        return this.stored.receiveHead(message.seq);
      case "links":
        return this.closeReplacedLinks(message.versions);
    }
  }

  /** Tells the other instances how far this one's document reaches (after a relay outage). */
  announceHead(): void {
    this.options.relay?.({ kind: "head", seq: this.stored.contiguous });
  }

  /** Applies what the store holds beyond `lastSeq`, so the live document holds at least the stored one. */
  catchUp(): Promise<void> {
    return this.stored.catchUp();
  }

  /**
   * Runs `commit` with the sequence number the stored log must still end at (an approval's
   * snapshot is then exactly the stored document), catching up and retrying while another
   * instance's writer moves the log on. Close the gate (`lock`) first so this one cannot.
   */
  async commitAtStoredEnd<T>(commit: (expectedSeq: number) => T | Promise<T>, attempts = 20): Promise<T> {
    await this.whenStored();
    return this.stored.commitAtStoredEnd(commit, attempts);
  }

  private readonly handleDocUpdate = (update: Uint8Array, origin: unknown): void => {
    if (this.broken) return;
    if (origin === ALREADY_STORED) this.peers.broadcastUpdate(update, origin);
    else this.writer.write(update, origin);
  };

  private readonly broadcastStored = (update: Uint8Array, origin: unknown, seq: number, started: number): void => {
    this.options.metrics?.updateStored((performance.now() - started) / 1000);
    this.stored.add(seq);
    this.compactor.countStored();
    this.peers.broadcastUpdate(update, origin);
    this.options.relay?.({ kind: "update", seq, update });
    if (Date.now() - this.lastVersionAt >= this.options.autoVersionMs) {
      this.lastVersionAt = Date.now();
      this.options.onActivity(this);
    }
  };

  /** Folds the stored log into its snapshot. Failure is logged and retried later: the log still has everything. */
  compact(): Promise<void> {
    return this.compactor.compact();
  }

  /**
   * The live document holds a change the store refused: close every connection (stock providers
   * reconnect) and drop the room, so it is reloaded from what is stored. A refusal by the approval
   * gate (approved through another instance) is not a storage failure.
   */
  private readonly failStorage = (error: unknown): void => {
    if (this.broken) return;
    this.broken = true;
    this.options.metrics?.writeRefused();
    const locked = error instanceof DocumentLockedError;
    if (locked) {
      this.options.logger.warn("store_write_refused_locked", { meetingId: this.meetingId });
      this.peers.closeAll(CloseCode.DocumentLocked, "this summary was approved; your change was not stored");
    } else {
      this.options.logger.error("store_write_failed", { meetingId: this.meetingId, error: String(error) });
      this.peers.closeAll(CloseCode.StorageUnavailable, "the server could not store your change; reconnecting");
    }
    this.peers.clear();
    this.options.onBroken(this);
  };

  /**
   * Resolves once every change applied so far is in the store (at once with a synchronous
   * store); a server-side edit (restore, corrected details) answers its request only then.
   */
  async whenStored(): Promise<void> {
    await this.writer.settled();
    if (this.broken) throw new Error("the store could not keep the change");
  }

  /** Waits for in-flight async writes, then releases timers. */
  async destroy(): Promise<void> {
    this.stored.stop();
    await this.writer.settled();
    this.awareness.destroy();
    this.doc.destroy();
  }
}

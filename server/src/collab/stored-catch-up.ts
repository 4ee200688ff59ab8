import * as Y from "yjs";
import { StaleDocumentError, type DocumentStore } from "../store/document-store.js";
import { ALREADY_STORED } from "./already-stored.js";
import { StoredSequence } from "./stored-sequence.js";

/** How long a gap in the relayed sequence may stay open (a peer's message still on its way) before reading storage. */
const GAP_GRACE_MS = 200;

/**
 * Keeps a room's live document at least as far as the store: counts the stored sequence numbers
 * it holds (its own writes and relayed ones), and reads storage when one is missing.
 */
export class StoredCatchUp {
  private readonly sequence: StoredSequence;
  private catchingUp: Promise<void> | undefined;
  private gapTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly meetingId: string,
    private readonly doc: Y.Doc,
    private readonly store: DocumentStore,
    lastSeq: number,
    private readonly isBroken: () => boolean,
  ) {
    this.sequence = new StoredSequence(lastSeq);
  }

  /** Every stored update up to this number is in the live document. */
  get contiguous(): number {
    return this.sequence.contiguous;
  }

  /** An update with this number is in the live document (stored here, or relayed). */
  add(seq: number): void {
    this.sequence.add(seq);
    this.watchForGap();
  }

  /** An update another instance stored; applied once. */
  receive(seq: number, update: Uint8Array): void {
    if (this.sequence.has(seq)) return;
    Y.applyUpdate(this.doc, update, ALREADY_STORED);
    this.add(seq);
  }

  /** Another instance says how far the stored log reaches. */
  receiveHead(seq: number): void {
    if (seq > this.sequence.contiguous) void this.catchUp();
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
   * Applies what the store holds beyond `contiguous` (another instance's writes, missed relays),
   * so the live document holds at least the stored one. Concurrent calls share one read.
   */
  catchUp(): Promise<void> {
    this.catchingUp ??= this.readStoredTail().finally(() => (this.catchingUp = undefined));
    return this.catchingUp;
  }

  private async readStoredTail(): Promise<void> {
    const tail = await this.store.readUpdatesSince(this.meetingId, this.sequence.contiguous);
    if (!tail || this.isBroken()) return;
    Y.transact(this.doc, () => {
      if (tail.snapshot) Y.applyUpdate(this.doc, tail.snapshot);
      for (const update of tail.updates) Y.applyUpdate(this.doc, update);
    }, ALREADY_STORED);
    this.sequence.advanceTo(tail.lastSeq);
  }

  /** Runs `commit` with the number the stored log must still end at, catching up and retrying while it moves on. */
  async commitAtStoredEnd<T>(commit: (expectedSeq: number) => T | Promise<T>, attempts: number): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      await this.catchUp();
      try {
        return await commit(this.sequence.contiguous);
      } catch (error) {
        if (!(error instanceof StaleDocumentError) || attempt >= attempts) throw error;
      }
    }
  }

  stop(): void {
    clearTimeout(this.gapTimer);
  }
}

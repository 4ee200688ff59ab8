import type { DocumentStore } from "../store/document-store.js";

export interface StoreBeforeBroadcastOptions {
  meetingId: string;
  store: DocumentStore;
  /** The update is stored under `seq`: only now may anyone see it. Called in the order of `write`. */
  onStored(update: Uint8Array, origin: unknown, seq: number, startedAt: number): void;
  /** The store refused or failed: nothing of this update (or any later one) is reported stored. */
  onFailed(error: unknown): void;
}

/**
 * Appends each local update to the store and hands it on only once stored, in the order the
 * updates were applied. A synchronous store answers at once; an asynchronous one (group commit,
 * a networked database) is chained so a later batch never overtakes an earlier one.
 */
export class StoreBeforeBroadcast {
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly options: StoreBeforeBroadcastOptions) {}

  write(update: Uint8Array, origin: unknown): void {
    const { store, meetingId, onStored, onFailed } = this.options;
    const started = performance.now();
    let seq: number | Promise<number>;
    try {
      seq = store.appendUpdate(meetingId, update);
    } catch (error) {
      onFailed(error);
      return;
    }
    if (typeof seq === "number") {
      onStored(update, origin, seq, started);
      return;
    }
    const pending = seq;
    this.chain = this.chain
      .then(() => pending)
      .then((stored) => onStored(update, origin, stored, started), onFailed);
  }

  /** Resolves once every write made so far was answered (stored or failed). */
  settled(): Promise<void> {
    return this.chain;
  }
}

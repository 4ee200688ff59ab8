import type { DocumentStore } from "../store/document-store.js";
import type { Logger } from "../logger.js";

export interface RoomCompactorOptions {
  meetingId: string;
  store: DocumentStore;
  logger: Logger;
  /** Updates in the log before the room compacts it into a snapshot. */
  compactAfterUpdates: number;
  /** Updates in the stored log when the room was loaded. */
  updatesInLog: number;
  isBroken(): boolean;
  /** The stored number the live document reaches: compaction folds no further. */
  storedUpTo(): number;
  onCompacted(): void;
}

/**
 * Counts the room's stored log and folds it into the snapshot past a threshold, on a later
 * turn of the event loop than the write that crossed it.
 */
export class RoomCompactor {
  private updatesInLog: number;
  private scheduled = false;
  /** The compaction in progress: one at a time per room, or two would fold the same log and miscount it. */
  private running: Promise<void> | undefined;

  constructor(private readonly options: RoomCompactorOptions) {
    this.updatesInLog = options.updatesInLog;
  }

  /** One more update is in the stored log. */
  countStored(): void {
    this.updatesInLog += 1;
    if (this.updatesInLog >= this.options.compactAfterUpdates) this.schedule();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.compact();
    });
  }

  /** Folds the stored log into its snapshot, after the compaction in progress if there is one. */
  async compact(): Promise<void> {
    while (this.running) await this.running;
    this.running = this.fold().finally(() => (this.running = undefined));
    return this.running;
  }

  /** Failure is logged and retried later: the log still has everything. */
  private async fold(): Promise<void> {
    const { meetingId, store, logger } = this.options;
    if (this.options.isBroken() || this.updatesInLog === 0) return;
    const counted = this.updatesInLog;
    try {
      await store.compactDocument(meetingId, this.options.storedUpTo());
      this.updatesInLog = Math.max(0, this.updatesInLog - counted);
      // Re-indexing converts the whole document: a turn of its own, so batches waiting now go first.
      setImmediate(() => this.options.onCompacted());
    } catch (error) {
      logger.error("compaction_failed", { meetingId, error: String(error) });
    }
  }
}

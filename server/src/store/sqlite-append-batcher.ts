import type Database from "better-sqlite3";
import { groupByMeeting, settleAppends, SqliteAppendTransaction, type PendingAppend } from "./sqlite-append-transaction.js";

/**
 * Group commit for SQLite on the event loop: the appends made in one event-loop turn (every
 * frame the sockets delivered meanwhile, whichever meetings they are for) are stored in one
 * transaction, one fsync, in the order they were made. Each caller's promise resolves with its
 * sequence number only after that commit returned; a failed commit rejects the whole batch.
 */
export class SqliteAppendBatcher {
  private pending: PendingAppend[] = [];
  private readonly transaction: SqliteAppendTransaction;

  constructor(db: Database.Database) {
    this.transaction = new SqliteAppendTransaction(db);
  }

  append(meetingId: string, update: Uint8Array): Promise<number> {
    return new Promise((resolve, reject) => {
      if (this.pending.length === 0) setImmediate(this.flush);
      this.pending.push({ meetingId, update, resolve, reject });
    });
  }

  /** Writes what is waiting now (the store is closing). */
  close(): void {
    if (this.pending.length > 0) this.flush();
  }

  private readonly flush = (): void => {
    const batch = this.pending;
    if (batch.length === 0) return;
    this.pending = [];
    const byMeeting = groupByMeeting(batch);
    try {
      settleAppends(byMeeting, this.transaction.commit(byMeeting));
    } catch (error) {
      for (const append of batch) append.reject(error);
    }
  };
}

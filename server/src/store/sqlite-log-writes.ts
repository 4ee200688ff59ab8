import type Database from "better-sqlite3";
import { expectOneChange } from "./sqlite-append-transaction.js";

interface DocumentRow {
  snapshot_seq: number;
}

/** A compaction's result, to be written if the snapshot it started from is still the stored one. */
export interface SnapshotFold {
  meetingId: string;
  /** The snapshot's sequence number when the compaction read it. */
  fromSeq: number;
  uptoSeq: number;
  snapshot: Uint8Array;
  /** How many updates the merge folded in. */
  count: number;
}

/**
 * The writes to a meeting's log other than appends: a compaction's result and the search text. They run
 * on whichever connection writes (the write thread's, or the event loop's), so they never wait
 * for that connection's own lock.
 */
export class SqliteLogWrites {
  private readonly statements;

  constructor(private readonly db: Database.Database) {
    this.statements = {
      selectDocument: db.prepare("SELECT snapshot_seq FROM documents WHERE meeting_id = ?"),
      replaceSnapshot: db.prepare("UPDATE document_snapshots SET snapshot = ? WHERE meeting_id = ?"),
      advanceSnapshotSeq: db.prepare("UPDATE documents SET snapshot_seq = ? WHERE meeting_id = ?"),
      deleteUpdates: db.prepare("DELETE FROM document_updates WHERE meeting_id = ? AND seq > ? AND seq <= ?"),
      selectMeetingTitle: db.prepare("SELECT json_extract(data, '$.series') || ' ' || json_extract(data, '$.title') FROM meetings WHERE id = ?").pluck(),
      deleteSearch: db.prepare("DELETE FROM meeting_search WHERE meeting_id = ?"),
      insertSearch: db.prepare("INSERT INTO meeting_search (meeting_id, title, body) VALUES (?, ?, ?)"),
    };
  }

  /**
   * Replaces the snapshot with one merged from it and the log up to `uptoSeq`, and deletes
   * those updates, unless another compaction replaced the snapshot meanwhile (then 0).
   */
  fold(fold: SnapshotFold): number {
    return this.db.transaction(() => {
      const now = this.statements.selectDocument.get(fold.meetingId) as DocumentRow | undefined;
      if (!now || now.snapshot_seq !== fold.fromSeq) return 0;
      const snapshot = Buffer.from(fold.snapshot.buffer, fold.snapshot.byteOffset, fold.snapshot.byteLength);
      expectOneChange(this.statements.replaceSnapshot.run(snapshot, fold.meetingId), "replace the snapshot");
      expectOneChange(this.statements.advanceSnapshotSeq.run(fold.uptoSeq, fold.meetingId), "advance the snapshot");
      this.statements.deleteUpdates.run(fold.meetingId, fold.fromSeq, fold.uptoSeq);
      return fold.count;
    }).immediate();
  }

  /** Replaces the meeting's search text (its title and series are read in the same transaction). */
  index(meetingId: string, text: string): void {
    // IMMEDIATE: a transaction that reads before it writes must hold the write lock from the
    // start, or another connection's commit in between makes it fail (SQLITE_BUSY_SNAPSHOT).
    this.db.transaction(() => {
      const title = this.statements.selectMeetingTitle.get(meetingId) as string | null | undefined;
      if (title === undefined || title === null) return;
      this.statements.deleteSearch.run(meetingId);
      expectOneChange(this.statements.insertSearch.run(meetingId, title, text), "index the summary");
    }).immediate();
  }
}

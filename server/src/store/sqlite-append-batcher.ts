import type Database from "better-sqlite3";
import { DocumentLockedError } from "./document-store.js";

interface PendingAppend {
  meetingId: string;
  update: Uint8Array;
  resolve(seq: number): void;
  reject(error: unknown): void;
}

interface GateRow {
  last_seq: number;
  locked: number;
}

/** An append to a meeting that has no document: refused for that meeting alone. */
class MissingDocumentError extends Error {
  override readonly name = "MissingDocumentError";
}

/** A write statement that did not change the one row it must: the write did not happen. */
function expectOneChange(result: Database.RunResult, what: string): void {
  if (result.changes !== 1) throw new Error(`${what}: ${result.changes} rows changed instead of 1`);
}

/**
 * Group commit for SQLite: the appends made in one event-loop turn (every frame the sockets
 * delivered meanwhile, whichever meetings they are for) are stored in one transaction, one
 * fsync, in the order they were made. Each caller's promise resolves with its sequence number
 * only after that commit returned. An append refused for its meeting (approved, unknown) fails
 * that meeting's appends alone; any other failure, the commit's included, fails the whole batch,
 * and nothing of it is reported stored. Every write counts the rows it changed.
 */
export class SqliteAppendBatcher {
  private pending: PendingAppend[] = [];
  private readonly statements;

  constructor(private readonly db: Database.Database) {
    this.statements = {
      selectGate: db.prepare("SELECT last_seq, locked FROM documents WHERE meeting_id = ?"),
      advanceSeq: db.prepare("UPDATE documents SET last_seq = ? WHERE meeting_id = ? AND last_seq = ? AND locked = 0"),
      insertUpdate: db.prepare("INSERT INTO document_updates (meeting_id, seq, data) VALUES (?, ?, ?)"),
    };
  }

  append(meetingId: string, update: Uint8Array): Promise<number> {
    return new Promise((resolve, reject) => {
      if (this.pending.length === 0) setImmediate(this.flush);
      this.pending.push({ meetingId, update, resolve, reject });
    });
  }

  /** Writes what is waiting now (the store is closing). */
  flushNow(): void {
    if (this.pending.length > 0) this.flush();
  }

  private readonly flush = (): void => {
    const batch = this.pending;
    if (batch.length === 0) return;
    this.pending = [];
    const byMeeting = new Map<string, PendingAppend[]>();
    for (const append of batch) {
      const group = byMeeting.get(append.meetingId);
      if (group) group.push(append);
      else byMeeting.set(append.meetingId, [append]);
    }
    let outcomes: Map<string, number | Error>;
    try {
      outcomes = this.db.transaction(() => this.writeGroups(byMeeting)).immediate();
    } catch (error) {
      for (const append of batch) append.reject(error);
      return;
    }
    for (const [meetingId, group] of byMeeting) {
      const outcome = outcomes.get(meetingId)!;
      group.forEach((append, index) => (outcome instanceof Error ? append.reject(outcome) : append.resolve(outcome + index)));
    }
  };

  /** The first sequence number of each meeting's group, or why that meeting refused it. */
  private writeGroups(byMeeting: Map<string, PendingAppend[]>): Map<string, number | Error> {
    const outcomes = new Map<string, number | Error>();
    for (const [meetingId, group] of byMeeting) {
      try {
        // A savepoint: a refused meeting leaves nothing behind, the others go on.
        outcomes.set(meetingId, this.db.transaction(() => this.writeGroup(meetingId, group))());
      } catch (error) {
        if (!(error instanceof DocumentLockedError || error instanceof MissingDocumentError)) throw error;
        outcomes.set(meetingId, error);
      }
    }
    return outcomes;
  }

  private writeGroup(meetingId: string, group: PendingAppend[]): number {
    const gate = this.statements.selectGate.get(meetingId) as GateRow | undefined;
    if (!gate) throw new MissingDocumentError(`no document ${meetingId}`);
    if (gate.locked) throw new DocumentLockedError(meetingId);
    const first = gate.last_seq + 1;
    expectOneChange(this.statements.advanceSeq.run(gate.last_seq + group.length, meetingId, gate.last_seq), "advance the log");
    group.forEach((append, index) => expectOneChange(this.statements.insertUpdate.run(meetingId, first + index, append.update), "append an update"));
    return first;
  }
}

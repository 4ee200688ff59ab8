import type Database from "better-sqlite3";
import { DocumentLockedError } from "./document-store.js";

/** One append as it travels to the writer (on this thread or a worker thread). */
export interface AppendRequest {
  meetingId: string;
  update: Uint8Array;
}

/** An append waiting for its batch's commit. */
export interface PendingAppend extends AppendRequest {
  resolve(seq: number): void;
  reject(error: unknown): void;
}

/** Each meeting's first sequence number in the batch, or why that meeting's appends were refused. */
export type AppendOutcomes = Map<string, number | Error>;

interface GateRow {
  last_seq: number;
  locked: number;
}

/** An append to a meeting that has no document: refused for that meeting alone. */
export class MissingDocumentError extends Error {
  override readonly name = "MissingDocumentError";
}

/** A write statement that did not change the one row it must: the write did not happen. */
export function expectOneChange(result: Database.RunResult, what: string): void {
  if (result.changes !== 1) throw new Error(`${what}: ${result.changes} rows changed instead of 1`);
}

/**
 * Stores one batch of appends (whichever meetings they are for) in one transaction, in order.
 * A meeting refused (approved, unknown) loses its own appends alone; any other failure, the
 * commit's included, throws: nothing of the batch is stored. Every write counts its rows.
 */
export class SqliteAppendTransaction {
  private readonly statements;

  constructor(private readonly db: Database.Database) {
    this.statements = {
      selectGate: db.prepare("SELECT last_seq, locked FROM documents WHERE meeting_id = ?"),
      advanceSeq: db.prepare("UPDATE documents SET last_seq = ? WHERE meeting_id = ? AND last_seq = ? AND locked = 0"),
      insertUpdate: db.prepare("INSERT INTO document_updates (meeting_id, seq, data) VALUES (?, ?, ?)"),
    };
  }

  commit(byMeeting: Map<string, AppendRequest[]>): AppendOutcomes {
    return this.db.transaction(() => this.writeGroups(byMeeting)).immediate();
  }

  private writeGroups(byMeeting: Map<string, AppendRequest[]>): AppendOutcomes {
    const outcomes: AppendOutcomes = new Map();
    for (const [meetingId, updates] of byMeeting) outcomes.set(meetingId, this.writeGroup(meetingId, updates));
    return outcomes;
  }

  /**
   * A meeting is refused (approved, unknown) on its gate row, before anything of it is written,
   * so a refusal needs no savepoint; a write that then fails throws and aborts the whole batch.
   */
  private writeGroup(meetingId: string, updates: AppendRequest[]): number | Error {
    const gate = this.statements.selectGate.get(meetingId) as GateRow | undefined;
    if (!gate) return new MissingDocumentError(`no document ${meetingId}`);
    if (gate.locked) return new DocumentLockedError(meetingId);
    const first = gate.last_seq + 1;
    expectOneChange(this.statements.advanceSeq.run(gate.last_seq + updates.length, meetingId, gate.last_seq), "advance the log");
    updates.forEach(({ update }, index) => expectOneChange(this.statements.insertUpdate.run(meetingId, first + index, update), "append an update"));
    return first;
  }
}

/** Groups a batch by meeting, keeping each meeting's appends in the order they were made. */
export function groupByMeeting<T extends AppendRequest>(batch: T[]): Map<string, T[]> {
  const byMeeting = new Map<string, T[]>();
  for (const append of batch) {
    const group = byMeeting.get(append.meetingId);
    if (group) group.push(append);
    else byMeeting.set(append.meetingId, [append]);
  }
  return byMeeting;
}

/** Resolves each append with its number (the meeting's first plus its place), or rejects its meeting's refusal. */
export function settleAppends(byMeeting: Map<string, PendingAppend[]>, outcomes: AppendOutcomes): void {
  for (const [meetingId, group] of byMeeting) {
    const outcome = outcomes.get(meetingId) ?? new Error(`no outcome for ${meetingId}`);
    group.forEach((append, index) => (outcome instanceof Error ? append.reject(outcome) : append.resolve(outcome + index)));
  }
}

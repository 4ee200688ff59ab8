import type { Pool } from "pg";
import { DocumentLockedError } from "./document-store.js";

interface PendingAppend {
  update: Uint8Array;
  resolve(seq: number): void;
  reject(error: unknown): void;
}

// One statement takes the meeting's next numbers (only while the approval gate is open) and
// inserts the whole batch; no row back means the document is locked or missing.
const APPEND_BATCH = `
  WITH taken AS (
    UPDATE documents SET last_seq = last_seq + cardinality($2::bytea[])
    WHERE meeting_id = $1 AND NOT locked RETURNING last_seq
  )
  INSERT INTO document_updates (meeting_id, seq, data)
  SELECT $1, taken.last_seq - cardinality($2::bytea[]) + batch.ord, batch.data
  FROM taken, unnest($2::bytea[]) WITH ORDINALITY AS batch (data, ord)
  RETURNING seq`;

/**
 * Group commit for Postgres: appends to one meeting that arrive while its previous write is in
 * flight (or in the same event-loop turn) go to the database as one multi-row insert, one
 * commit. Each caller's promise resolves with its own sequence number once that commit is
 * durable, in the order the appends were made.
 */
export class PostgresAppendBatcher {
  private readonly waiting = new Map<string, PendingAppend[]>();
  private readonly writing = new Set<string>();

  constructor(private readonly pool: Pool) {}

  append(meetingId: string, update: Uint8Array): Promise<number> {
    return new Promise((resolve, reject) => {
      const queue = this.waiting.get(meetingId);
      if (queue) {
        queue.push({ update, resolve, reject });
        return;
      }
      this.waiting.set(meetingId, [{ update, resolve, reject }]);
      if (!this.writing.has(meetingId)) queueMicrotask(() => void this.flush(meetingId));
    });
  }

  private async flush(meetingId: string): Promise<void> {
    const batch = this.waiting.get(meetingId);
    if (!batch || this.writing.has(meetingId)) return;
    this.waiting.delete(meetingId);
    this.writing.add(meetingId);
    try {
      const seqs = await this.write(meetingId, batch.map((pending) => pending.update));
      batch.forEach((pending, index) => pending.resolve(seqs[index]!));
    } catch (error) {
      for (const pending of batch) pending.reject(error);
    } finally {
      this.writing.delete(meetingId);
      if (this.waiting.has(meetingId)) void this.flush(meetingId);
    }
  }

  private async write(meetingId: string, updates: Uint8Array[]): Promise<number[]> {
    const result = await this.pool.query<{ seq: string }>(APPEND_BATCH, [meetingId, updates.map((update) => Buffer.from(update))]);
    if (result.rows.length === 0) {
      const found = await this.pool.query("SELECT 1 FROM documents WHERE meeting_id = $1", [meetingId]);
      throw found.rowCount === 0 ? new Error(`no document ${meetingId}`) : new DocumentLockedError(meetingId);
    }
    const last = Math.max(...result.rows.map((row) => Number(row.seq)));
    return updates.map((_, index) => last - updates.length + 1 + index);
  }
}

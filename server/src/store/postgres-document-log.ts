import type { Pool, PoolClient } from "pg";
import type { StoredDocument, StoredTail } from "./document-store.js";
import { inPostgresTransaction, READ_CONSISTENT } from "./postgres-transaction.js";
import { mergeUpdatesOffThread } from "./merge-updates-off-thread.js";

interface DocumentRow {
  snapshot: Buffer;
  snapshot_seq: string;
  last_seq: string;
  locked: boolean;
}

/**
 * Reads and compacts a meeting's snapshot + log. Reads run in one REPEATABLE READ transaction,
 * so a compaction committing half-way through can never show an old snapshot with a short log.
 */
export class PostgresDocumentLog {
  constructor(private readonly pool: Pool) {}

  load(meetingId: string): Promise<StoredDocument | undefined> {
    return inPostgresTransaction(this.pool, async (client) => {
      const row = await selectDocument(client, meetingId);
      if (!row) return undefined;
      const updates = await readLog(client, meetingId, Number(row.snapshot_seq), Number(row.last_seq));
      return { snapshot: row.snapshot, updates, lastSeq: Number(row.last_seq), locked: row.locked };
    }, READ_CONSISTENT);
  }

  readSince(meetingId: string, afterSeq: number): Promise<StoredTail | undefined> {
    return inPostgresTransaction(this.pool, async (client) => {
      const row = await selectDocument(client, meetingId);
      if (!row) return undefined;
      const snapshotSeq = Number(row.snapshot_seq);
      const updates = await readLog(client, meetingId, Math.max(afterSeq, snapshotSeq), Number(row.last_seq));
      return { snapshot: afterSeq < snapshotSeq ? row.snapshot : undefined, updates, lastSeq: Number(row.last_seq) };
    }, READ_CONSISTENT);
  }

  /**
   * One compactor per meeting at a time (advisory lock, any instance). It reads only committed
   * updates up to the stored counter, and deletes exactly the range it folded, so appends
   * running meanwhile (which take higher numbers) are never lost.
   */
  compact(meetingId: string, uptoSeq: number): Promise<number> {
    return inPostgresTransaction(this.pool, async (client) => {
      await client.query("SELECT pg_advisory_xact_lock(hashtextextended(current_schema() || ':compact:' || $1, 0))", [meetingId]);
      const row = await selectDocument(client, meetingId);
      if (!row) throw new Error(`no document ${meetingId}`);
      const fromSeq = Number(row.snapshot_seq);
      const upto = Math.min(uptoSeq, Number(row.last_seq));
      const updates = await readLog(client, meetingId, fromSeq, upto);
      if (updates.length === 0) return 0;
      const snapshot = await mergeUpdatesOffThread([row.snapshot, ...updates]);
      await client.query("UPDATE documents SET snapshot = $2, snapshot_seq = $3 WHERE meeting_id = $1", [meetingId, Buffer.from(snapshot), upto]);
      await client.query("DELETE FROM document_updates WHERE meeting_id = $1 AND seq > $2 AND seq <= $3", [meetingId, fromSeq, upto]);
      return updates.length;
    });
  }
}

async function selectDocument(client: PoolClient, meetingId: string): Promise<DocumentRow | undefined> {
  const result = await client.query<DocumentRow>("SELECT snapshot, snapshot_seq, last_seq, locked FROM documents WHERE meeting_id = $1", [meetingId]);
  return result.rows[0];
}

async function readLog(client: PoolClient, meetingId: string, afterSeq: number, uptoSeq: number): Promise<Buffer[]> {
  const result = await client.query<{ data: Buffer }>(
    "SELECT data FROM document_updates WHERE meeting_id = $1 AND seq > $2 AND seq <= $3 ORDER BY seq",
    [meetingId, afterSeq, uptoSeq],
  );
  return result.rows.map((row) => row.data);
}

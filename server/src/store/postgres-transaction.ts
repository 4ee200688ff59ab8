import type { Pool, PoolClient } from "pg";

/** Runs `work` in one transaction on one pooled connection; rolls back on any error. */
export async function inPostgresTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>, begin = "BEGIN"): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query(begin);
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** A snapshot of the whole database for reads that must agree with each other (snapshot + log). */
export const READ_CONSISTENT = "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY";

import pg from "pg";

/** A second instance on the database cannot hear this one (or the reverse): the record would split. */
export class InstanceConflictError extends Error {
  override readonly name = "InstanceConflictError";
}

export interface InstanceOptions {
  instanceId: string;
  /** This instance relays through Redis. */
  hasRelay: boolean;
  heartbeatMs: number;
  onError(error: unknown): void;
}

const LOCK_KEY = "hashtextextended(current_schema() || ':instance:' || $1, 0)";

/**
 * This instance's row in `instances`. Liveness is a session advisory lock held on a dedicated
 * connection: Postgres drops it the moment the process dies (even by SIGKILL), so a crashed
 * instance never blocks a restart; `seen_at` is the heartbeat an operator can read.
 */
export class PostgresInstances {
  private timer: NodeJS.Timeout | undefined;

  private constructor(private readonly client: pg.Client, private readonly options: InstanceOptions) {}

  /** Registers the instance, or throws InstanceConflictError when another live instance cannot hear it. */
  static async join(config: pg.ClientConfig, options: InstanceOptions): Promise<PostgresInstances> {
    const client = new pg.Client(config);
    client.on("error", (error) => options.onError(error));
    await client.connect();
    try {
      await client.query(`SELECT pg_advisory_lock(${LOCK_KEY})`, [options.instanceId]);
      await client.query("BEGIN");
      await client.query("SELECT pg_advisory_xact_lock(hashtextextended(current_schema() || ':instances', 0))");
      const others = await liveOthers(client, options.instanceId);
      const deaf = others.filter((other) => !options.hasRelay || !other.has_redis);
      if (deaf.length > 0) {
        throw new InstanceConflictError(
          `another instance (${deaf.map((other) => other.id).join(", ")}) is live on this database and the two cannot hear each other: ` +
            "set REDIS_URL on every instance that shares DATABASE_URL, or stop the other one",
        );
      }
      await client.query("INSERT INTO instances (id, started_at, seen_at, has_redis) VALUES ($1, now(), now(), $2)", [options.instanceId, options.hasRelay]);
      await client.query("COMMIT");
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    const instances = new PostgresInstances(client, options);
    instances.timer = setInterval(() => void instances.beat(), options.heartbeatMs);
    instances.timer.unref();
    return instances;
  }

  private async beat(): Promise<void> {
    await this.client.query("UPDATE instances SET seen_at = now() WHERE id = $1", [this.options.instanceId]).catch(this.options.onError);
  }

  async leave(): Promise<void> {
    clearInterval(this.timer);
    await this.client.query("DELETE FROM instances WHERE id = $1", [this.options.instanceId]).catch(() => undefined);
    await this.client.end().catch(() => undefined);
  }
}

/** Rows whose lock someone still holds are live; the others are left-overs of dead processes, removed. */
async function liveOthers(client: pg.Client, instanceId: string): Promise<Array<{ id: string; has_redis: boolean }>> {
  const rows = (await client.query<{ id: string; has_redis: boolean }>("SELECT id, has_redis FROM instances WHERE id <> $1", [instanceId])).rows;
  const live: Array<{ id: string; has_redis: boolean }> = [];
  for (const row of rows) {
    const taken = await client.query<{ ok: boolean }>(`SELECT pg_try_advisory_lock(${LOCK_KEY}) AS ok`, [row.id]);
    if (!taken.rows[0]!.ok) {
      live.push(row);
      continue;
    }
    await client.query(`SELECT pg_advisory_unlock(${LOCK_KEY})`, [row.id]);
    await client.query("DELETE FROM instances WHERE id = $1", [row.id]);
  }
  return live;
}

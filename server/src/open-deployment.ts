import { randomUUID } from "node:crypto";
import path from "node:path";
import type { RoomBus } from "./collab/room-bus.js";
import { ConfigError, type Config } from "./config.js";
import type { Logger } from "./logger.js";
import type { PostgresInstances } from "./store/postgres-instances.js";
import { SqliteDocumentStore } from "./store/sqlite-document-store.js";
import type { Store } from "./store/store.js";

/** The storage and relay this process runs on, and how to let go of them. */
export interface Deployment {
  store: Store;
  bus: RoomBus | undefined;
  instanceId: string;
  /** Present when several instances share the storage: the one token secret they all use. */
  sharedSecret: ((create: () => string) => Promise<string>) | undefined;
  pingStore(): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * SQLite under DATA_DIR by default; Postgres when DATABASE_URL is set, registered among the
 * instances (refusing to start beside one it could not hear), with Redis when REDIS_URL is set.
 * `pg` and `ioredis` are loaded only then: the embedded default never needs them.
 */
export async function openDeployment(config: Config, logger: Logger, given?: Store): Promise<Deployment> {
  const instanceId = randomUUID();
  if (given || !config.DATABASE_URL) {
    const store = given ?? openSqlite(path.resolve(config.DATA_DIR), config, logger);
    return { store, bus: undefined, instanceId, sharedSecret: undefined, pingStore: async () => true, close: async () => void (await store.close()) };
  }
  const { PostgresStore } = await import("./store/postgres-store.js");
  const { PostgresInstances, InstanceConflictError } = await import("./store/postgres-instances.js");
  const onError = (error: unknown) => logger.error("postgres_error", { error: String(error) });
  const store = await PostgresStore.open(config.DATABASE_URL, { schema: config.DATABASE_SCHEMA, onPoolError: onError });
  let instances: PostgresInstances;
  try {
    instances = await PostgresInstances.join(store.clientConfig, { instanceId, hasRelay: Boolean(config.REDIS_URL), heartbeatMs: config.HEARTBEAT_MS, onError });
  } catch (error) {
    await store.close();
    throw error instanceof InstanceConflictError ? new ConfigError([`REDIS_URL: ${error.message}`]) : error;
  }
  const bus = config.REDIS_URL ? new (await import("./collab/redis-room-bus.js")).RedisRoomBus(config.REDIS_URL, config.REDIS_PREFIX, logger) : undefined;
  return {
    store,
    bus,
    instanceId,
    sharedSecret: (create) => store.sharedSecret(create),
    pingStore: () => store.ping(),
    close: async () => {
      await bus?.close();
      await instances.leave();
      await store.close();
    },
  };
}

function openSqlite(dataDir: string, config: Config, logger: Logger): SqliteDocumentStore {
  logger.info("sqlite_store", { dataDir, writer: config.SQLITE_WRITER });
  return new SqliteDocumentStore(dataDir, { writer: config.SQLITE_WRITER, storageTimeoutMs: config.STORAGE_TIMEOUT_MS });
}

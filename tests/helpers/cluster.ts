import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import net from "node:net";
import pg from "pg";
import { afterAll } from "vitest";
import { POSTGRES_URL } from "./postgres.js";
import { makeTempDir } from "./test-server.js";
import { waitUntil } from "./wait-until.js";

const schemas: string[] = [];
const redisServers = new Set<ChildProcess>();

afterAll(async () => {
  for (const child of redisServers) child.kill("SIGKILL");
  if (schemas.length === 0) return;
  const admin = new pg.Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  for (const schema of schemas) await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await admin.end();
});

/** The shared machine Redis; each test uses its own key prefix so engineers' tests never meet. */
export const SHARED_REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

/**
 * The environment of one deployment: a fresh Postgres schema and Redis prefix that every
 * instance started with it shares (its own DATA_DIR each is added by `instanceEnv`).
 */
export function clusterEnv(redisUrl: string | null = SHARED_REDIS_URL): Record<string, string> {
  const id = randomBytes(6).toString("hex");
  const schema = `rapporteur_multi_${id}`;
  schemas.push(schema);
  return {
    DATABASE_URL: POSTGRES_URL,
    DATABASE_SCHEMA: schema,
    ...(redisUrl ? { REDIS_URL: redisUrl, REDIS_PREFIX: `rapporteur-test:${id}:` } : {}),
    HEARTBEAT_MS: "500",
  };
}

export function instanceEnv(cluster: Record<string, string>): Record<string, string> {
  return { PORT: "0", DATA_DIR: makeTempDir(), ...cluster };
}

/** Runs SQL in a deployment's schema (tests that make Postgres refuse writes). */
export async function inSchema(cluster: Record<string, string>, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_URL, options: `-c search_path=${cluster.DATABASE_SCHEMA}` });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface OwnRedis {
  url: string;
  port: number;
  stop(): Promise<void>;
  start(): Promise<void>;
}

/** A throwaway redis-server of this test's own, on a free port, that the test may kill and restart. */
export async function startOwnRedis(): Promise<OwnRedis> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const own: OwnRedis = {
    url: `redis://127.0.0.1:${port}`,
    port,
    start: async () => {
      child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no"], { stdio: "ignore" });
      redisServers.add(child);
      await waitUntil(() => new Promise<void>((resolve, reject) => {
        const socket = net.connect(port, "127.0.0.1", () => (socket.end(), resolve()));
        socket.once("error", reject);
      }), 10_000);
    },
    stop: async () => {
      const running = child;
      if (!running || running.exitCode !== null) return;
      await new Promise<void>((resolve) => {
        running.once("exit", () => resolve());
        running.kill("SIGKILL");
      });
      redisServers.delete(running);
    },
  };
  await own.start();
  return own;
}

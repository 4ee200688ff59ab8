import path from "node:path";
import { z } from "zod";
import { LIMITS } from "@rapporteur/shared";
import { compileProxyTrust } from "./access/client-address.js";

const integer = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** Every setting, read from the environment once at start-up. */
export const ConfigSchema = z.object({
  PORT: integer(0, 65535).default(3000),
  /** Loopback by default: reachable from other machines only when configured (and then ADMIN_TOKEN is required). */
  HOST: z.string().min(1).default("127.0.0.1"),
  DATA_DIR: z.string().min(1).default("./data"),
  /** Largest websocket message accepted; larger ones close the socket with 1009. */
  MAX_MESSAGE_BYTES: integer(1024, 64 * 1024 * 1024).default(LIMITS.defaultMaxMessageBytes),
  /**
   * Updates in a document's log before it is compacted into a snapshot. A room loaded after a
   * crash replays up to this many one by one (cold open); the merge runs in a worker thread.
   */
  COMPACT_AFTER_UPDATES: integer(1, 1_000_000).default(200),
  /** How long a document stays in memory after its last client leaves. */
  UNLOAD_AFTER_MS: integer(0, 24 * 3600 * 1000).default(10_000),
  /** Serve the built client from this folder when it exists. */
  CLIENT_DIR: z.string().min(1).default(path.resolve(import.meta.dirname, "../../client/dist")),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  /** HMAC secret for invitation tokens; generated and kept in DATA_DIR on first start when unset. */
  TOKEN_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  /** Invitation links stop working after this many days. */
  TOKEN_TTL_DAYS: integer(1, 3650).default(400),
  /** When set, creating meetings and listing all of them need `Authorization: Bearer <ADMIN_TOKEN>`. */
  ADMIN_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
  /** Base of the invitation links (e.g. https://minutes.example.org); the request's host when unset. */
  PUBLIC_URL: z.url().optional(),
  /** Postgres instead of the embedded SQLite, e.g. postgres://user@host:5432/rapporteur. */
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL").optional(),
  /** Postgres schema for Rapporteur's tables (created when missing); the default search path when unset. */
  DATABASE_SCHEMA: z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, "must be a lower-case SQL identifier").optional(),
  /**
   * SQLite only: where the database is used. "thread" (the default) runs every call on a worker
   * thread, so a busy or hung disk is bounded by STORAGE_TIMEOUT_MS and never holds the sockets.
   * "event-loop" runs them on the main thread: a lower tail under heavy load on a busy 2-core
   * machine, but a frozen disk then freezes every meeting until it thaws.
   */
  SQLITE_WRITER: z.enum(["thread", "event-loop"]).default("thread"),
  /** A storage call that has not answered by then fails, closing only its room (4500). */
  STORAGE_TIMEOUT_MS: integer(100, 600_000).default(LIMITS.storageTimeoutMs),
  /** An automatic version is kept after this much editing activity. */
  AUTO_VERSION_MS: integer(1000, 24 * 3600 * 1000).default(5 * 60 * 1000),
  /** Worker threads rendering PDF and Word, off the event loop that serves every meeting. */
  EXPORT_THREADS: integer(1, 16).default(2),
  /** A PDF or Word rendering still running after this many ms is stopped with 503. */
  EXPORT_TIMEOUT_MS: integer(1, 10 * 60 * 1000).default(LIMITS.exportTimeoutMs),
  /** A report body (as JSON) larger than this is not rendered to PDF or Word (413). */
  EXPORT_MAX_CHARS: integer(1, 100_000_000).default(LIMITS.maxExportChars),
  /** An import (a past summary's text) still being read after this many ms is stopped with 503. */
  IMPORT_TIMEOUT_MS: integer(1, 10 * 60 * 1000).default(LIMITS.importTimeoutMs),
  /**
   * Reverse proxies whose X-Forwarded-For names the client (per-address rate limits): a hop count
   * ("1") or addresses, subnets, `loopback`, `linklocal`, `uniquelocal`. Unset: no header is believed.
   */
  TRUST_PROXY: z
    .string()
    .trim()
    .refine((value) => isProxyTrust(value), "a hop count (1) or comma-separated addresses, subnets, loopback, linklocal or uniquelocal")
    .optional(),
  /** Redis for the fan-out between instances that share DATABASE_URL, e.g. redis://host:6379. */
  REDIS_URL: z.string().regex(/^rediss?:\/\//, "must be a redis:// or rediss:// URL").optional(),
  /** Prefix of Rapporteur's Redis channels, so several deployments (or tests) can share one Redis. */
  REDIS_PREFIX: z.string().regex(/^[A-Za-z0-9:_.-]{1,64}$/, "letters, digits and : _ . - only").default("rapporteur:"),
  /** How often an instance on Postgres refreshes its heartbeat row. */
  HEARTBEAT_MS: integer(500, 600_000).default(5000),
  /** How long a SIGTERM waits for in-flight writes after closing the sockets. */
  DRAIN_TIMEOUT_MS: integer(0, 600_000).default(10_000),
  /**
   * Multiplies every per-address allowance of RATE_LIMITS (connects, creates, exports, token
   * failures), for a deployment whose users share one address (a NAT, a proxy without
   * X-Forwarded-For) or a load test from one machine.
   */
  RATE_LIMIT_FACTOR: integer(1, 10_000).default(1),
}).refine((config) => !config.REDIS_URL || config.DATABASE_URL, {
  path: ["REDIS_URL"],
  message: "needs DATABASE_URL: instances share the record through Postgres; Redis only relays",
});

export type Config = z.infer<typeof ConfigSchema>;

/** Thrown with every problem listed, so a misconfigured deploy is fixed in one go. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

export function loadConfig(env: Record<string, string | undefined>): Config {
  const known = Object.fromEntries(
    Object.keys(ConfigSchema.shape)
      .filter((key) => env[key] !== undefined && env[key] !== "")
      .map((key) => [key, env[key]]),
  );
  const result = ConfigSchema.safeParse(known);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`));
  }
  if (!isLoopback(result.data.HOST) && result.data.ADMIN_TOKEN === undefined) {
    throw new ConfigError([
      `HOST: ${result.data.HOST} is reachable from other machines, but ADMIN_TOKEN is not set, so anyone who reaches the port ` +
        "could list every meeting with its participants and create meetings. Set ADMIN_TOKEN (16+ characters), or leave HOST unset to listen on 127.0.0.1 only.",
    ]);
  }
  return result.data;
}

/** 127.0.0.0/8, ::1 and "localhost": only this machine can connect. */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, "").toLowerCase();
  return bare === "localhost" || bare === "::1" || /^(::ffff:)?127(\.\d{1,3}){3}$/.test(bare);
}

function isProxyTrust(value: string): boolean {
  // "true" would let any client pick its address by sending the header.
  if (value === "true" || value === "0") return false;
  try {
    compileProxyTrust(value);
    return true;
  } catch {
    return false;
  }
}

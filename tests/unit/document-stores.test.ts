import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll } from "vitest";
import { MemoryDocumentStore, PostgresStore, SqliteDocumentStore } from "@rapporteur/server";
import type { Store } from "@rapporteur/server";
import { describeDocumentStoreContract } from "./document-store.contract.js";
import { describeConcurrentStoreContract } from "./document-store-concurrency.contract.js";
import { describePublishStoreContract } from "./publish-store.contract.js";
import { describeTranscriptStoreContract } from "./transcript-store.contract.js";
import { describeMeetingLinksStoreContract } from "./meeting-links-store.contract.js";
import { POSTGRES_URL } from "../helpers/postgres.js";

const dirs: string[] = [];
const schemas: string[] = [];
const stores: Array<{ close(): unknown }> = [];
afterAll(async () => {
  await Promise.all(stores.map((store) => store.close()));
  dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true }));
  const admin = new pg.Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  for (const schema of schemas) await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await admin.end();
});

// Where each store keeps its data, so a second handle (another instance) can open the same.
const locations = new Map<Store, string>();

function openSqlite(dir = fs.mkdtempSync(path.join(os.tmpdir(), "rapporteur-store-")), writer: "event-loop" | "thread" = "event-loop"): Store {
  dirs.push(dir);
  const store = new SqliteDocumentStore(dir, { writer });
  stores.push(store);
  locations.set(store, dir);
  return store;
}

async function openPostgres(schema = `rapporteur_test_${randomBytes(6).toString("hex")}`): Promise<Store> {
  schemas.push(schema);
  const store = await PostgresStore.open(POSTGRES_URL, { schema });
  stores.push(store);
  locations.set(store, schema);
  return store;
}

describeDocumentStoreContract("memory", () => new MemoryDocumentStore());
describeDocumentStoreContract("sqlite", () => openSqlite());
describeDocumentStoreContract("sqlite, writer thread", () => openSqlite(undefined, "thread"));
describeDocumentStoreContract("postgres", () => openPostgres());
describeConcurrentStoreContract("memory", () => new MemoryDocumentStore(), (store) => store);
describeConcurrentStoreContract("sqlite", () => openSqlite(), (store) => openSqlite(locations.get(store)));
describeConcurrentStoreContract("sqlite, writer thread", () => openSqlite(undefined, "thread"), (store) => openSqlite(locations.get(store), "thread"));
describeConcurrentStoreContract("postgres", () => openPostgres(), (store) => openPostgres(locations.get(store)));
describePublishStoreContract("memory", () => new MemoryDocumentStore(), (store) => store);
describePublishStoreContract("sqlite", () => openSqlite(), (store) => openSqlite(locations.get(store)));
describePublishStoreContract("sqlite, writer thread", () => openSqlite(undefined, "thread"), (store) => openSqlite(locations.get(store), "thread"));
describePublishStoreContract("postgres", () => openPostgres(), (store) => openPostgres(locations.get(store)));
describeTranscriptStoreContract("memory", () => new MemoryDocumentStore());
describeTranscriptStoreContract("sqlite", () => openSqlite());
describeTranscriptStoreContract("sqlite, writer thread", () => openSqlite(undefined, "thread"));
describeTranscriptStoreContract("postgres", () => openPostgres());

const LINK_COLUMNS = ["chair_link_version", "note_taker_link_version", "viewer_link_version", "next_meeting_id"];

/** The same SQLite file without the link columns (as made before them), opened again. */
async function reopenSqliteAsOld(store: Store): Promise<Store> {
  const dir = locations.get(store)!;
  await store.close();
  const db = new Database(path.join(dir, "rapporteur.sqlite"));
  for (const column of LINK_COLUMNS) db.exec(`ALTER TABLE meetings DROP COLUMN ${column}`);
  db.close();
  return openSqlite(dir);
}

async function reopenPostgresAsOld(store: Store): Promise<Store> {
  const schema = locations.get(store)!;
  const admin = new pg.Client({ connectionString: POSTGRES_URL, options: `-c search_path=${schema}` });
  await admin.connect();
  await admin.query(`ALTER TABLE meetings ${LINK_COLUMNS.map((column) => `DROP COLUMN ${column}`).join(", ")}`);
  await admin.end();
  return openPostgres(schema);
}

describeMeetingLinksStoreContract("memory", () => new MemoryDocumentStore());
describeMeetingLinksStoreContract("sqlite", () => openSqlite(), reopenSqliteAsOld);
describeMeetingLinksStoreContract("sqlite, writer thread", () => openSqlite(undefined, "thread"));
describeMeetingLinksStoreContract("postgres", () => openPostgres(), reopenPostgresAsOld);

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll } from "vitest";
import { MemoryDocumentStore, PostgresStore, SqliteDocumentStore } from "@rapporteur/server";
import { describeDocumentStoreContract } from "./document-store.contract.js";
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

describeDocumentStoreContract("memory", () => new MemoryDocumentStore());
describeDocumentStoreContract("sqlite", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rapporteur-store-"));
  dirs.push(dir);
  return new SqliteDocumentStore(dir);
});
describeDocumentStoreContract("postgres", async () => {
  const schema = `rapporteur_test_${randomBytes(6).toString("hex")}`;
  schemas.push(schema);
  const store = await PostgresStore.open(POSTGRES_URL, schema);
  stores.push(store);
  return store;
});

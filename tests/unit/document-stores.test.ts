import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { MemoryDocumentStore, SqliteDocumentStore } from "@rapporteur/server";
import { describeDocumentStoreContract } from "./document-store.contract.js";

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

describeDocumentStoreContract("memory", () => new MemoryDocumentStore());
describeDocumentStoreContract("sqlite", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rapporteur-store-"));
  dirs.push(dir);
  return new SqliteDocumentStore(dir);
});

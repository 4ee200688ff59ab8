import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { MemoryDocumentStore, PostgresStore, SqliteDocumentStore, type Store } from "@rapporteur/server";
import { meeting } from "./document-store.contract.js";
import { makeTempDir } from "../helpers/test-server.js";
import { POSTGRES_URL } from "../helpers/postgres.js";

const schema = `rapporteur_test_${randomBytes(6).toString("hex")}`;
const opened: Store[] = [];
afterAll(async () => {
  await Promise.all(opened.map((store) => store.close()));
  const admin = new pg.Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await admin.end();
});

const stores: Array<[string, () => Promise<Store> | Store]> = [
  ["memory", () => new MemoryDocumentStore()],
  ["sqlite", () => new SqliteDocumentStore(makeTempDir())],
  ["postgres", () => PostgresStore.open(POSTGRES_URL, { schema })],
];

describe.each(stores)("versions on %s", (_name, open) => {
  it("HARD-VERSION1: versions are listed by their number, even when the clock went backwards between them", async () => {
    const store = await open();
    opened.push(store);
    const id = `V${randomBytes(16).toString("hex").slice(0, 21)}`;
    await store.createMeeting(meeting(id, "2023-02-16T14:00:00.000Z"), new Uint8Array([0, 0]));
    const at = ["2023-02-16T15:00:00.000Z", "2023-02-16T14:00:00.000Z", "2023-02-16T16:00:00.000Z"];
    for (const [index, createdAt] of at.entries()) {
      const version = { name: `v${index + 1}`, reason: "named" as const, createdBy: "test", createdAt, snapshot: new Uint8Array([0, 0]), sha256: "0".repeat(64) };
      await store.review.recordReview({ meetingId: id, version });
    }
    const listed = await store.review.listVersions(id);
    expect(listed.map((version) => version.version)).toEqual([1, 2, 3]);
    expect(listed.map((version) => version.name)).toEqual(["v1", "v2", "v3"]);
  });
});


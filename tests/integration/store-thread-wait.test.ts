import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { SqliteDocumentStore } from "@rapporteur/server";
import { meeting } from "../unit/document-store.contract.js";
import { makeTempDir } from "../helpers/test-server.js";
import { waitUntil } from "../helpers/wait-until.js";

const ID = "w".repeat(22);

/** `count` updates of one writer, each following the one before. */
function typedUpdates(count: number): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array) => updates.push(update));
  for (let i = 0; i < count; i++) doc.getText("t").insert(i, "x");
  return updates;
}

function watch(promise: Promise<number>): { seq?: number; failed?: unknown } {
  const state: { seq?: number; failed?: unknown } = {};
  promise.then((seq) => (state.seq = seq), (error) => (state.failed = error));
  return state;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

async function openWithMeeting(waitOnLoopMs: number): Promise<{ store: SqliteDocumentStore; dataDir: string }> {
  const dataDir = makeTempDir();
  const store = new SqliteDocumentStore(dataDir, { writer: "thread", waitOnLoopMs });
  await store.createMeeting(meeting(ID, "2023-01-01T10:00:00.000Z"), Y.encodeStateAsUpdate(new Y.Doc()));
  return { store, dataDir };
}

describe("the store thread's answer, waited for on the event loop up to a bound", () => {
  it("HOT7: a commit answered within the bound resolves its appends in the turn that sent the batch", async () => {
    // A bound no healthy fsync reaches, so the outcome never depends on this machine's disk.
    const { store } = await openWithMeeting(5_000);
    const [first, second] = typedUpdates(2).map((update) => watch(store.appendUpdate(ID, update)));
    // The batch goes in a setImmediate queued before this one: answered there, resolved by now.
    await nextTurn();
    expect(first).toEqual({ seq: expect.any(Number) });
    expect(second!.seq).toBe(first!.seq! + 1);
    await store.close();
  });

  it("HOT7: a commit that outlasts the bound (another connection holds the write lock) frees the event loop and resolves, in order, once it commits", async () => {
    const { store, dataDir } = await openWithMeeting(50);
    const locker = new Database(path.join(dataDir, "rapporteur.sqlite"));
    locker.exec("BEGIN IMMEDIATE");
    const updates = typedUpdates(3);
    const first = watch(store.appendUpdate(ID, updates[0]!));
    // Turns go on while the thread waits for the lock: the event loop is not held.
    let turns = 0;
    while (turns < 20) {
      await nextTurn();
      turns += 1;
    }
    expect(first).toEqual({});
    const later = updates.slice(1).map((update) => watch(store.appendUpdate(ID, update)));
    locker.exec("COMMIT");
    locker.close();
    await waitUntil(() => expect(later[1]!.seq).toBeDefined());
    expect([first.seq, later[0]!.seq, later[1]!.seq]).toEqual([first.seq, first.seq! + 1, first.seq! + 2]);
    const stored = await store.loadDocument(ID);
    expect(stored!.updates).toHaveLength(3);
    await store.close();
  });
});

import { fileURLToPath } from "node:url";
import type Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import * as decoding from "lib0/decoding";
import { SqliteDocumentStore } from "@rapporteur/server";
import { connectClient } from "../helpers/collab-client.js";
import { bodyText, writeParagraphInSection } from "../helpers/edit-body.js";
import { createMeetingViaApi, exportMarkdown, sampleMeetingRequest } from "../helpers/meetings-api.js";
import { openRawSocket } from "../helpers/raw-socket.js";
import { startServerProcess } from "../helpers/server-process.js";
import { makeTempDir, startTestServer } from "../helpers/test-server.js";
import { waitUntil } from "../helpers/wait-until.js";

/** The document updates in a raw socket's received frames, in arrival order ([sync, update | step 2]). */
function receivedUpdates(messages: Buffer[]): Uint8Array[] {
  const updates: Uint8Array[] = [];
  for (const message of messages) {
    const decoder = decoding.createDecoder(new Uint8Array(message));
    if (decoding.readVarUint(decoder) !== 0) continue;
    if (decoding.readVarUint(decoder) === 0) continue;
    updates.push(decoding.readVarUint8Array(decoder));
  }
  return updates;
}

/** Each update of `clientId` starts where the one before it ended: nothing reordered, nothing skipped. */
function expectContiguous(updates: Uint8Array[], clientId: number): number {
  let clock = -1;
  let count = 0;
  for (const update of updates) {
    const meta = Y.parseUpdateMeta(update);
    const from = meta.from.get(clientId);
    if (from === undefined) continue;
    if (clock >= 0) expect(from).toBe(clock);
    clock = meta.to.get(clientId)!;
    count += 1;
  }
  return count;
}

/** The server's own SQLite connection (reads); its writer's max_page_count is set through writerPragma (per connection). */
function connectionOf(store: SqliteDocumentStore): Database.Database {
  return (store as unknown as { db: Database.Database }).db;
}

/** Both SQLite writers keep the same promise: the event loop's (the default) and the worker thread's. */
const WRITERS = ["event-loop", "thread"] as const;

describe.each(WRITERS)("group commit (%s writer)", (sqliteWriter) => {
  it("BATCH1: updates sent faster than one commit are stored and broadcast in order, within and across batches", async () => {
    // No compaction during the test: the stored log itself is what is checked for order.
    const server = await startTestServer({ env: { SQLITE_WRITER: sqliteWriter, COMPACT_AFTER_UPDATES: "1000000" } });
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    const writer = connectClient(server.url, meeting);
    const observer = openRawSocket(server.url, meeting.id, meeting.tokens.viewer);
    // Joined, not only opened: a raw socket never syncs, so what is broadcast before it is in the room never reaches it.
    await Promise.all([writer.synced, observer.joined]);
    // 300 transactions in one go: the server reads many per event-loop turn, so they share commits.
    for (let i = 0; i < 300; i++) writeParagraphInSection(writer.doc, "AoB", `Line ${i}.`);
    await waitUntil(() => expect(expectContiguous(receivedUpdates(observer.messages), writer.doc.clientID)).toBe(300), 20_000);
    const stored = await server.store.loadDocument(meeting.id);
    expect(expectContiguous(stored!.updates, writer.doc.clientID)).toBe(300);
    writer.destroy();
    observer.ws.close();
  });

  it("BATCH2: a batch whose write fails (database full) closes the room with 4500 and broadcasts none of it", async () => {
    const dataDir = makeTempDir();
    const store = new SqliteDocumentStore(dataDir, { writer: sqliteWriter });
    const server = await startTestServer({ dataDir, store });
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    const writer = connectClient(server.url, meeting);
    const observer = openRawSocket(server.url, meeting.id, meeting.tokens.viewer);
    await Promise.all([writer.synced, observer.joined]);
    writeParagraphInSection(writer.doc, "AoB", "Stored before the disk filled.");
    await waitUntil(() => expect(receivedUpdates(observer.messages).length).toBeGreaterThan(0));
    const broadcastBefore = receivedUpdates(observer.messages).length;

    const db = connectionOf(store);
    await store.writerPragma(`max_page_count = ${db.pragma("page_count", { simple: true }) as number}`);
    for (let i = 0; i < 5; i++) writeParagraphInSection(writer.doc, "AoB", `Lost to the full disk ${i}: ${"x".repeat(8000)}`);

    expect((await observer.closed).code).toBe(4500);
    expect(receivedUpdates(observer.messages).length).toBe(broadcastBefore);
    await store.writerPragma("max_page_count = 1073741823");
    const stored = await server.store.loadDocument(meeting.id);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, stored!.snapshot);
    for (const update of stored!.updates) Y.applyUpdate(doc, update);
    expect(bodyText(doc)).toContain("Stored before the disk filled.");
    expect(bodyText(doc)).not.toContain("Lost to the full disk");
    // The writer kept its text and resends it once the database has room again.
    await waitUntil(async () => {
      const again = await server.store.loadDocument(meeting.id);
      const reloaded = new Y.Doc();
      Y.applyUpdate(reloaded, again!.snapshot);
      for (const update of again!.updates) Y.applyUpdate(reloaded, update);
      expect(bodyText(reloaded)).toContain("Lost to the full disk 4");
    }, 15_000);
    writer.destroy();
  });
});

/** The stored document as a fresh reader would build it. */
function storedDoc(stored: { snapshot: Uint8Array; updates: Uint8Array[] }): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, stored.snapshot);
  for (const update of stored.updates) Y.applyUpdate(doc, update);
  return doc;
}

/** Only the broadcast updates ([sync, update]) in a raw socket's frames, not the initial sync step 2. */
function broadcastUpdates(messages: Buffer[]): Uint8Array[] {
  const updates: Uint8Array[] = [];
  for (const message of messages) {
    const decoder = decoding.createDecoder(new Uint8Array(message));
    if (decoding.readVarUint(decoder) !== 0 || decoding.readVarUint(decoder) !== 2) continue;
    updates.push(decoding.readVarUint8Array(decoder));
  }
  return updates;
}

describe.each(WRITERS)("group commit under crashes and crowds (%s writer)", (sqliteWriter) => {
  it("HOT2: a crash after the commit and before the broadcast loses nothing: the update is stored, nobody saw it, everyone has it after the restart", async () => {
    const dataDir = makeTempDir();
    const hook = fileURLToPath(new URL("../helpers/kill-after-commit.ts", import.meta.url));
    const marker = "Committed, then the server died";
    const first = await startServerProcess({ PORT: "0", DATA_DIR: dataDir, SQLITE_WRITER: sqliteWriter, KILL_AFTER_COMMIT_MARKER: marker }, [hook]);
    const meeting = await createMeetingViaApi(first.url, sampleMeetingRequest());
    const writer = connectClient(first.url, meeting);
    const observer = connectClient(first.url, meeting);
    await Promise.all([writer.synced, observer.synced]);
    writeParagraphInSection(writer.doc, "AoB", "Typed and seen before the crash.");
    await waitUntil(() => expect(bodyText(observer.doc)).toContain("Typed and seen before the crash."));

    const died = new Promise((resolve) => first.child.once("exit", (_code, signal) => resolve(signal)));
    writeParagraphInSection(writer.doc, "AoB", `${marker} before broadcasting this.`);
    expect(await died).toBe("SIGKILL");
    expect(bodyText(observer.doc)).not.toContain(marker);
    const reader = new SqliteDocumentStore(dataDir, { writer: "event-loop" });
    expect(bodyText(storedDoc((await reader.loadDocument(meeting.id))!))).toContain(marker);
    await reader.close();

    writeParagraphInSection(writer.doc, "AoB", "Typed while the server was down.");
    const second = await startServerProcess({ PORT: String(first.port), DATA_DIR: dataDir, SQLITE_WRITER: sqliteWriter });
    await waitUntil(() => {
      expect(bodyText(observer.doc)).toContain(marker);
      expect(bodyText(observer.doc)).toContain("Typed while the server was down.");
    }, 20_000);
    await waitUntil(async () => expect(await exportMarkdown(second.url, meeting)).toContain("Typed while the server was down."));
    expect(bodyText(writer.doc)).toBe(bodyText(observer.doc));
    writer.destroy();
    observer.destroy();
    await second.kill();
  });

  it("HOT3: many writers, many batches: every receiver gets every update in the stored order, and every copy ends equal to the stored document", async () => {
    const server = await startTestServer({ env: { COMPACT_AFTER_UPDATES: "1000000", SQLITE_WRITER: sqliteWriter } });
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    const writers = Array.from({ length: 6 }, () => connectClient(server.url, meeting));
    const observers = [openRawSocket(server.url, meeting.id, meeting.tokens.viewer), openRawSocket(server.url, meeting.id, meeting.tokens.viewer)];
    await Promise.all([...writers.map((writer) => writer.synced), ...observers.map((observer) => observer.joined)]);
    const before = (await server.store.loadDocument(meeting.id))!.updates.length;

    // Bursts from every writer at once, several rounds: batches mix writers and follow one another.
    for (let round = 0; round < 5; round++) {
      for (let line = 0; line < 8; line++) {
        writers.forEach((writer, index) => writeParagraphInSection(writer.doc, "AoB", `Writer ${index} round ${round} line ${line}.`));
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    const total = writers.length * 5 * 8;
    await waitUntil(() => observers.forEach((observer) => expect(broadcastUpdates(observer.messages).length).toBe(total)), 20_000);

    const stored = (await server.store.loadDocument(meeting.id))!;
    const log = stored.updates.slice(before).map((update) => Buffer.from(update));
    expect(log.length).toBe(total);
    for (const observer of observers) expect(broadcastUpdates(observer.messages).map((update) => Buffer.from(update))).toEqual(log);
    for (const writer of writers) expect(expectContiguous(stored.updates, writer.doc.clientID)).toBe(5 * 8);
    const expected = bodyText(storedDoc(stored));
    await waitUntil(() => writers.forEach((writer) => expect(bodyText(writer.doc)).toBe(expected)));
    for (const writer of writers) writer.destroy();
    for (const observer of observers) observer.ws.close();
  });
});

import type Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import * as decoding from "lib0/decoding";
import { SqliteDocumentStore } from "@rapporteur/server";
import { connectClient } from "../helpers/collab-client.js";
import { bodyText, writeParagraphInSection } from "../helpers/edit-body.js";
import { createMeetingViaApi, sampleMeetingRequest } from "../helpers/meetings-api.js";
import { openRawSocket } from "../helpers/raw-socket.js";
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

/** The server's own SQLite connection, to fill its database as a full disk would (max_page_count is per connection). */
function connectionOf(store: SqliteDocumentStore): Database.Database {
  return (store as unknown as { db: Database.Database }).db;
}

describe("group commit", () => {
  it("BATCH1: updates sent faster than one commit are stored and broadcast in order, within and across batches", async () => {
    const server = await startTestServer();
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    const writer = connectClient(server.url, meeting);
    const observer = openRawSocket(server.url, meeting.id, meeting.tokens.viewer);
    await Promise.all([writer.synced, observer.opened]);
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
    const store = new SqliteDocumentStore(dataDir);
    const server = await startTestServer({ dataDir, store });
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    const writer = connectClient(server.url, meeting);
    const observer = openRawSocket(server.url, meeting.id, meeting.tokens.viewer);
    await Promise.all([writer.synced, observer.opened]);
    writeParagraphInSection(writer.doc, "AoB", "Stored before the disk filled.");
    await waitUntil(() => expect(receivedUpdates(observer.messages).length).toBeGreaterThan(0));
    const broadcastBefore = receivedUpdates(observer.messages).length;

    const db = connectionOf(store);
    db.pragma(`max_page_count = ${db.pragma("page_count", { simple: true }) as number}`);
    for (let i = 0; i < 5; i++) writeParagraphInSection(writer.doc, "AoB", `Lost to the full disk ${i}: ${"x".repeat(8000)}`);

    expect((await observer.closed).code).toBe(4500);
    expect(receivedUpdates(observer.messages).length).toBe(broadcastBefore);
    db.pragma("max_page_count = 1073741823");
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

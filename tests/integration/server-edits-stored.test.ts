import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { SqliteDocumentStore } from "@rapporteur/server";
import { connectClient } from "../helpers/collab-client.js";
import { bodyText, writeParagraphInSection } from "../helpers/edit-body.js";
import { callMeetingApi, createMeetingViaApi, exportMarkdown, sampleMeetingRequest } from "../helpers/meetings-api.js";
import { makeTempDir, startTestServer } from "../helpers/test-server.js";
import { waitUntil } from "../helpers/wait-until.js";

/** A real store that answers appends late, as a networked database does (the contract allows a promise). */
function storeWithSlowAppends(delayMs: number): SqliteDocumentStore {
  const store = new SqliteDocumentStore(makeTempDir());
  const append = store.appendUpdate.bind(store);
  const slowAppend = async (meetingId: string, update: Uint8Array) => {
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    return append(meetingId, update);
  };
  Object.assign(store, { appendUpdate: slowAppend });
  return store;
}

async function storedText(store: SqliteDocumentStore, meetingId: string): Promise<string> {
  const stored = await store.loadDocument(meetingId);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, stored!.snapshot);
  for (const update of stored!.updates) Y.applyUpdate(doc, update);
  return bodyText(doc);
}

describe("edits the server makes itself", () => {
  it("STORED1: a restore and a details correction answer only once their change is in the store, even with a slow store", async () => {
    const store = storeWithSlowAppends(200);
    const server = await startTestServer({ store });
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    const client = connectClient(server.url, meeting);
    await client.synced;
    writeParagraphInSection(client.doc, "AoB", "First wording of the AoB.");
    await waitUntil(async () => expect(await exportMarkdown(server.url, meeting)).toContain("First wording"));
    const named = await callMeetingApi(server.url, meeting, "/versions", { method: "POST", body: { name: "first" }, role: "noteTaker" });
    const { version } = (await named.json()) as { version: { version: number } };
    writeParagraphInSection(client.doc, "AoB", "Second wording of the AoB.");
    await waitUntil(async () => expect(await storedText(store, meeting.id)).toContain("Second wording"));

    const restored = await callMeetingApi(server.url, meeting, `/versions/${version.version}/restore`, { method: "POST", body: {}, role: "noteTaker" });
    expect(restored.status).toBe(200);
    expect(await storedText(store, meeting.id)).not.toContain("Second wording");

    const corrected = await callMeetingApi(server.url, meeting, "", { method: "PATCH", body: { startsAt: "2023-03-02T14:00:00Z" }, role: "noteTaker" });
    expect(corrected.status).toBe(200);
    expect(await storedText(store, meeting.id)).toContain("2 March 2023");
    client.destroy();
  });
});

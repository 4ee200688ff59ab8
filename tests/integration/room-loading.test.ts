import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { CloseCode, YDOC } from "@rapporteur/shared";
import { SqliteDocumentStore } from "@rapporteur/server";
import { connectClient } from "../helpers/collab-client.js";
import { bodyText, writeParagraphInSection } from "../helpers/edit-body.js";
import { createFaultyStore } from "../helpers/faulty-store.js";
import { createMeetingViaApi, exportMarkdown, sampleMeetingRequest } from "../helpers/meetings-api.js";
import { openRawSocket } from "../helpers/raw-socket.js";
import { makeTempDir, startTestServer } from "../helpers/test-server.js";
import { waitUntil } from "../helpers/wait-until.js";

async function serverWithFaultyStore() {
  const store = createFaultyStore(new SqliteDocumentStore(makeTempDir()));
  const server = await startTestServer({ store, env: { UNLOAD_AFTER_MS: "0" } });
  return { store, server };
}

/** An update that adds one paragraph to an empty body, as a client that has not synced yet would send. */
function paragraphUpdate(text: string): Uint8Array {
  const doc = new Y.Doc();
  const paragraph = new Y.XmlElement("paragraph");
  paragraph.insert(0, [new Y.XmlText(text)]);
  doc.getXmlFragment(YDOC.body).insert(0, [paragraph]);
  return Y.encodeStateAsUpdate(doc);
}

describe("loading rooms", () => {
  it("LOAD1: simultaneous first connections share one load, and frames sent while it loads are applied", async () => {
    const { store, server } = await serverWithFaultyStore();
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    store.loadDelayMs = 300;
    const raw = openRawSocket(server.url, meeting.id, meeting.tokens.noteTaker);
    await raw.opened;
    raw.ws.send(Uint8Array.from([0, 2, ...encodeLength(paragraphUpdate("Sent while loading."))]));
    const clients = [connectClient(server.url, meeting), connectClient(server.url, meeting)];
    await Promise.all(clients.map((client) => client.synced));
    expect(store.loadCount).toBe(1);
    for (const client of clients) {
      await waitUntil(() => expect(bodyText(client.doc)).toContain("Sent while loading."));
    }
  });

  it("LOAD2: a document that fails to load is refused with 4500, never served empty or overwritten", async () => {
    const { store, server } = await serverWithFaultyStore();
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    const writer = connectClient(server.url, meeting);
    await writer.synced;
    writeParagraphInSection(writer.doc, "AoB", "Stored before the outage.");
    await waitUntil(async () => expect(await exportMarkdown(server.url, meeting)).toContain("Stored before the outage."));
    writer.destroy();
    await waitUntil(() => expect(server.rooms.loadedCount).toBe(0));

    store.failLoads = true;
    const refused = openRawSocket(server.url, meeting.id, meeting.tokens.noteTaker);
    const closed = await refused.closed;
    expect(closed.code).toBe(CloseCode.StorageUnavailable);
    expect(refused.messages).toHaveLength(0);

    store.failLoads = false;
    const reader = connectClient(server.url, meeting);
    await reader.synced;
    expect(bodyText(reader.doc)).toContain("Stored before the outage.");
    expect(bodyText(reader.doc).match(/Summary Report/g)).toHaveLength(1);
  });

  it("LOAD3: when a write fails the room closes with 4500, clients keep their text and resend it once storage is back", async () => {
    const { store, server } = await serverWithFaultyStore();
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    const writer = connectClient(server.url, meeting);
    const other = connectClient(server.url, meeting);
    await Promise.all([writer.synced, other.synced]);
    const closes: number[] = [];
    writer.provider.on("connection-close", (event: CloseEvent | null) => event && closes.push(event.code));

    store.failAppends = true;
    writeParagraphInSection(writer.doc, "AoB", "Typed while the disk was full.");
    await waitUntil(() => expect(closes).toContain(CloseCode.StorageUnavailable));
    expect(bodyText(other.doc)).not.toContain("Typed while the disk was full.");

    store.failAppends = false;
    await waitUntil(() => expect(bodyText(other.doc)).toContain("Typed while the disk was full."), 10_000);
    expect(await exportMarkdown(server.url, meeting)).toContain("Typed while the disk was full.");
  });
});

function encodeLength(update: Uint8Array): number[] {
  const bytes: number[] = [];
  let length = update.length;
  while (length > 127) {
    bytes.push((length & 127) | 128);
    length >>>= 7;
  }
  bytes.push(length);
  return [...bytes, ...update];
}

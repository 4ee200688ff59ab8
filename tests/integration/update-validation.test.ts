import { beforeAll, describe, expect, it } from "vitest";
import * as encoding from "lib0/encoding";
import * as Y from "yjs";
import { CloseCode, LIMITS, YDOC } from "@rapporteur/shared";
import { connectClient } from "../helpers/collab-client.js";
import { bodyText, writeParagraphInSection } from "../helpers/edit-body.js";
import { createMeetingViaApi, sampleMeetingRequest, type TestMeeting } from "../helpers/meetings-api.js";
import { openRawSocket, type RawSocket } from "../helpers/raw-socket.js";
import { startTestServer, type TestServer } from "../helpers/test-server.js";
import { waitUntil } from "../helpers/wait-until.js";

const updateFrame = (update: Uint8Array) => {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
};

/** A scratch document holding what the server holds, whose next changes are captured as updates. */
function scratchFrom(doc: Y.Doc): { doc: Y.Doc; capture(change: (doc: Y.Doc) => void): Uint8Array } {
  const scratch = new Y.Doc();
  Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc));
  return {
    doc: scratch,
    capture(change) {
      let captured: Uint8Array | undefined;
      const listener = (update: Uint8Array) => (captured = update);
      scratch.on("update", listener);
      scratch.transact(() => change(scratch));
      scratch.off("update", listener);
      return captured!;
    },
  };
}

const appendParagraph = (text: string) => (doc: Y.Doc) => {
  const paragraph = new Y.XmlElement("paragraph");
  paragraph.insert(0, [new Y.XmlText(text)]);
  const body = doc.getXmlFragment(YDOC.body);
  body.insert(body.length, [paragraph]);
};

describe("updates are decoded and checked before anything is applied or stored", () => {
  let server: TestServer;
  let meeting: TestMeeting;

  beforeAll(async () => {
    server = await startTestServer();
    meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
  });

  async function storedBody(id = meeting.id): Promise<string> {
    const stored = (await server.store.loadDocument(id))!;
    const doc = new Y.Doc();
    Y.applyUpdate(doc, stored.snapshot);
    for (const update of stored.updates) Y.applyUpdate(doc, update);
    return bodyText(doc);
  }

  async function openWriter(): Promise<RawSocket> {
    const socket = openRawSocket(server.url, meeting.id, meeting.tokens.noteTaker);
    await socket.opened;
    return socket;
  }

  async function liveDoc(): Promise<Y.Doc> {
    const reader = connectClient(server.url, meeting);
    await reader.synced;
    return reader.doc;
  }

  /** An honest writer and reader still sync, and what they write is stored. */
  async function expectHonestEditing(marker: string) {
    const writer = connectClient(server.url, meeting);
    const reader = connectClient(server.url, meeting);
    await Promise.all([writer.synced, reader.synced]);
    writeParagraphInSection(writer.doc, "AoB", marker);
    await waitUntil(() => expect(bodyText(reader.doc)).toContain(marker));
    await waitUntil(async () => expect(await storedBody()).toContain(marker));
    writer.destroy();
    reader.destroy();
  }

  it("HARD-UPDATE1: an update whose dependencies never arrive, past a small bound, closes 4400 and nothing of it is applied or stored", async () => {
    const scratch = scratchFrom(await liveDoc());
    scratch.capture(appendParagraph("The part that is never sent."));
    const dependent = scratch.capture(appendParagraph(`Held back ${"x".repeat(LIMITS.maxPendingUpdateBytes)}`));
    const socket = await openWriter();
    socket.ws.send(updateFrame(dependent));
    const closed = await socket.closed;
    expect(closed.code).toBe(CloseCode.MalformedMessage);
    expect(closed.reason).toMatch(/never received/);
    const room = server.rooms.get(meeting.id)!;
    expect(room.doc.store.pendingStructs).toBeNull();
    expect(await storedBody()).not.toContain("Held back");
    await expectHonestEditing("After the dependency flood.");
  });

  it("HARD-UPDATE1: a small out-of-order update waits for its dependency, then both are applied and stored", async () => {
    const scratch = scratchFrom(await liveDoc());
    const first = scratch.capture(appendParagraph("First of two."));
    const second = scratch.capture(appendParagraph("Second of two."));
    const socket = await openWriter();
    socket.ws.send(updateFrame(second));
    socket.ws.send(updateFrame(first));
    await waitUntil(async () => expect(await storedBody()).toMatch(/First of two\.[\s\S]*Second of two\./));
    socket.ws.close();
  });

  it("HARD-UPDATE2: a delete over another writer's future clocks (shadow delete) closes 4400; that writer's later text reaches everyone", async () => {
    const victim = connectClient(server.url, meeting);
    const reader = connectClient(server.url, meeting);
    await Promise.all([victim.synced, reader.synced]);
    // The attacker forges the victim's client id and deletes clocks the victim has not used yet.
    const forger = scratchFrom(victim.doc);
    forger.doc.clientID = victim.doc.clientID;
    forger.capture(appendParagraph("f".repeat(2000)));
    const shadowDelete = forger.capture((doc) => {
      const body = doc.getXmlFragment(YDOC.body);
      body.delete(body.length - 1, 1);
    });
    expect(Y.decodeUpdate(shadowDelete).structs).toHaveLength(0);
    const socket = await openWriter();
    socket.ws.send(updateFrame(shadowDelete));
    const closed = await socket.closed;
    expect(closed.code).toBe(CloseCode.MalformedMessage);
    expect(closed.reason).toMatch(/does not have/);
    writeParagraphInSection(victim.doc, "AoB", "The victim's words survive.");
    await waitUntil(() => expect(bodyText(reader.doc)).toContain("The victim's words survive."));
    await waitUntil(async () => expect(await storedBody()).toContain("The victim's words survive."));
    victim.destroy();
    reader.destroy();
  });

  it("HARD-UPDATE3: a root type outside the document model closes 4400; nothing is applied or stored", async () => {
    const scratch = scratchFrom(await liveDoc());
    const evil = scratch.capture((doc) => {
      doc.getMap("evil").set("payload", "x");
      appendParagraph("Smuggled with the evil root.")(doc);
    });
    const socket = await openWriter();
    socket.ws.send(updateFrame(evil));
    const closed = await socket.closed;
    expect(closed.code).toBe(CloseCode.MalformedMessage);
    expect(closed.reason).toMatch(/unknown shared type "evil"/);
    expect(server.rooms.get(meeting.id)!.doc.share.has("evil")).toBe(false);
    expect(await storedBody()).not.toContain("Smuggled");
    await expectHonestEditing("After the evil root.");
  });

  it("HARD-UPDATE4: a malformed update is refused whole: its valid first part is not applied", async () => {
    const scratch = scratchFrom(await liveDoc());
    const update = scratch.capture((doc) => {
      appendParagraph("Half of a broken update.")(doc);
      const body = doc.getXmlFragment(YDOC.body);
      body.delete(0, 1);
    });
    const socket = await openWriter();
    socket.ws.send(updateFrame(update.subarray(0, update.length - 1)));
    const closed = await socket.closed;
    expect(closed.code).toBe(CloseCode.MalformedMessage);
    expect(closed.reason).toBe("malformed message");
    expect(bodyText(server.rooms.get(meeting.id)!.doc)).not.toContain("Half of a broken update.");
    expect(await storedBody()).not.toContain("Half of a broken update.");
  });

  it("HARD-UPDATE5: updates that would take the document past its size cap close 4400; the document keeps what it had", async () => {
    const big = await createMeetingViaApi(server.url, sampleMeetingRequest({ title: "Big one" }));
    const socket = openRawSocket(server.url, big.id, big.tokens.noteTaker);
    await socket.opened;
    const reader = connectClient(server.url, big);
    await reader.synced;
    const scratch = scratchFrom(reader.doc);
    const chunk = LIMITS.maxUpdateBytes - 64 * 1024;
    const chunks = Math.ceil(LIMITS.maxDocumentBytes / chunk) + 1;
    for (let index = 0; index < chunks && socket.ws.readyState === socket.ws.OPEN; index++) {
      socket.ws.send(updateFrame(scratch.capture(appendParagraph(`Chunk ${index} ${"y".repeat(chunk - 100)}`))));
    }
    const closed = await socket.closed;
    expect(closed.code).toBe(CloseCode.MalformedMessage);
    expect(closed.reason).toMatch(/would pass/);
    const size = Y.encodeStateAsUpdate(server.rooms.get(big.id)!.doc).length;
    expect(size).toBeLessThanOrEqual(LIMITS.maxDocumentBytes);
    expect(size).toBeGreaterThan(LIMITS.maxDocumentBytes - 2 * LIMITS.maxUpdateBytes);
    reader.destroy();
  });
});

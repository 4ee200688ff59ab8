import { beforeAll, describe, expect, it } from "vitest";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as Y from "yjs";
import { CloseCode, LIMITS, MessageType, YDOC } from "@rapporteur/shared";
import { connectClient } from "../helpers/collab-client.js";
import { bodyText, writeParagraphInSection } from "../helpers/edit-body.js";
import { callMeetingApi, createMeetingViaApi, exportMarkdown, sampleMeetingRequest, type TestMeeting } from "../helpers/meetings-api.js";
import { openRawSocket } from "../helpers/raw-socket.js";
import { subscribeToStatus } from "../helpers/status-messages.js";
import { startTestServer, type TestServer } from "../helpers/test-server.js";
import { waitUntil } from "../helpers/wait-until.js";

/** An awareness frame carrying the given entries, exactly as y-protocols encodes them. */
function awarenessFrame(entries: Array<{ id: number; clock: number; state: unknown }>): Uint8Array {
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(update, entry.id);
    encoding.writeVarUint(update, entry.clock);
    encoding.writeVarString(update, JSON.stringify(entry.state));
  }
  const frame = encoding.createEncoder();
  encoding.writeVarUint(frame, MessageType.awareness);
  encoding.writeVarUint8Array(frame, encoding.toUint8Array(update));
  return encoding.toUint8Array(frame);
}

/** The states in an awareness frame the server sent (answer to "query awareness"). */
function readAwarenessStates(frame: Buffer): Map<number, unknown> {
  const decoder = decoding.createDecoder(frame);
  const states = new Map<number, unknown>();
  if (decoding.readVarUint(decoder) !== MessageType.awareness) return states;
  const update = decoding.createDecoder(decoding.readVarUint8Array(decoder));
  const count = decoding.readVarUint(update);
  for (let index = 0; index < count; index++) {
    const id = decoding.readVarUint(update);
    decoding.readVarUint(update);
    states.set(id, JSON.parse(decoding.readVarString(update)));
  }
  return states;
}

describe("awareness is bound to its socket, and no connection takes more than its share", () => {
  let server: TestServer;
  let meeting: TestMeeting;

  beforeAll(async () => {
    server = await startTestServer();
    meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
  });

  it("HARD-AWARE1: a viewer cannot rename or remove another participant's presence; its own still works", async () => {
    const victim = connectClient(server.url, meeting);
    const observer = connectClient(server.url, meeting, { role: "viewer" });
    await Promise.all([victim.synced, observer.synced]);
    victim.provider.awareness.setLocalStateField("user", { name: "Anja Gengo", color: "#1f77b4" });
    const victimId = victim.doc.clientID;
    const nameSeen = () => (observer.provider.awareness.getStates().get(victimId) as { user?: { name: string } } | undefined)?.user?.name;
    await waitUntil(() => expect(nameSeen()).toBe("Anja Gengo"));

    const attacker = openRawSocket(server.url, meeting.id, meeting.tokens.viewer);
    await attacker.opened;
    attacker.ws.send(awarenessFrame([{ id: victimId, clock: 1000, state: { user: { name: "Forged", color: "#000000" } } }]));
    attacker.ws.send(awarenessFrame([{ id: victimId, clock: 2000, state: null }]));
    attacker.ws.send(awarenessFrame([{ id: 424242, clock: 1, state: { user: { name: "The viewer", color: "#2ca02c" } } }]));
    await waitUntil(() => expect(observer.provider.awareness.getStates().has(424242)).toBe(true));
    expect(nameSeen()).toBe("Anja Gengo");
    const known = server.rooms.get(meeting.id)!.awareness.getStates();
    expect((known.get(victimId) as { user: { name: string } }).user.name).toBe("Anja Gengo");
    attacker.ws.close();
    await waitUntil(() => expect(observer.provider.awareness.getStates().has(424242)).toBe(false));
    victim.destroy();
    observer.destroy();
  });

  it("HARD-AWARE2: floods of fresh awareness ids, with or without state, stop at the per-connection cap and leave nothing behind", async () => {
    const awareness = server.rooms.get(meeting.id)?.awareness;
    const attacker = openRawSocket(server.url, meeting.id, meeting.tokens.viewer);
    await attacker.opened;
    for (let batch = 0; batch < 10; batch++) {
      const entries = Array.from({ length: 2000 }, (_, index) => ({ id: 1_000_000 + batch * 2000 + index, clock: 1, state: batch % 2 === 0 ? null : { n: index } }));
      attacker.ws.send(awarenessFrame(entries));
    }
    attacker.ws.send(Uint8Array.of(MessageType.queryAwareness));
    await waitUntil(() => expect(attacker.messages.some((message) => readAwarenessStates(message).size > 0)).toBe(true));
    const room = server.rooms.get(meeting.id)!;
    expect(awareness === undefined || awareness === room.awareness).toBe(true);
    const flooded = [...room.awareness.meta.keys()].filter((id) => id >= 1_000_000 && id < 1_020_000);
    expect(flooded.length).toBeLessThanOrEqual(LIMITS.maxAwarenessClientsPerConnection);
    attacker.ws.close();
    await waitUntil(() => expect([...room.awareness.getStates().keys()].filter((id) => id >= 1_000_000 && id < 1_020_000)).toEqual([]));
  });

  it("HARD-AWARE3: one awareness state over its size cap closes that connection with 4400", async () => {
    const attacker = openRawSocket(server.url, meeting.id, meeting.tokens.viewer);
    await attacker.opened;
    attacker.ws.send(awarenessFrame([{ id: 777, clock: 1, state: { user: { name: "n".repeat(LIMITS.maxAwarenessStateBytes) } } }]));
    const closed = await attacker.closed;
    expect(closed.code).toBe(CloseCode.MalformedMessage);
    expect(server.rooms.get(meeting.id)?.awareness.getStates().has(777) ?? false).toBe(false);
  });

  it("HARD-REOPEN1: after a reopen, a client whose edits were refused during the lock is resynced at once: its later edits are stored and reach everyone", async () => {
    const reopened = await createMeetingViaApi(server.url, sampleMeetingRequest({ title: "Reopened meeting" }));
    const noteTaker = connectClient(server.url, reopened);
    const reader = connectClient(server.url, reopened, { role: "viewer" });
    await Promise.all([noteTaker.synced, reader.synced]);
    const status = subscribeToStatus(noteTaker.provider);
    let disconnects = 0;
    noteTaker.provider.on("status", ({ status: next }: { status: string }) => next === "disconnected" && disconnects++);
    expect((await callMeetingApi(server.url, reopened, "/approve", { method: "POST" })).status).toBe(200);
    await waitUntil(() => expect(status.notices.map((notice) => notice.kind)).toContain("locked"));
    writeParagraphInSection(noteTaker.doc, "AoB", "Typed while it was locked.");
    await waitUntil(() => expect(status.notices.filter((notice) => notice.kind === "locked").length).toBeGreaterThan(1));

    expect((await callMeetingApi(server.url, reopened, "/reopen", { method: "POST" })).status).toBe(200);
    await waitUntil(() => expect(status.notices.map((notice) => notice.kind)).toContain("unlocked"));
    writeParagraphInSection(noteTaker.doc, "AoB", "Typed after the reopen.");
    await waitUntil(() => expect(bodyText(reader.doc)).toContain("Typed after the reopen."));
    expect(bodyText(reader.doc)).toContain("Typed while it was locked.");
    await waitUntil(async () => expect(await exportMarkdown(server.url, reopened)).toContain("Typed after the reopen."));
    expect(disconnects).toBe(0);
    noteTaker.destroy();
    reader.destroy();
  });

  it("HARD-RATE1: 20,000 tiny updates from one note-taker close that socket with 4429 and a reason; what was accepted is stored; others keep editing", async () => {
    const flooded = await createMeetingViaApi(server.url, sampleMeetingRequest({ title: "Flooded meeting" }));
    const other = await createMeetingViaApi(server.url, sampleMeetingRequest({ title: "Quiet meeting" }));
    const reader = connectClient(server.url, flooded, { role: "viewer" });
    await reader.synced;
    const scratch = new Y.Doc();
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(reader.doc));
    const updates: Uint8Array[] = [];
    scratch.on("update", (update: Uint8Array) => updates.push(update));
    const text = new Y.XmlText();
    scratch.transact(() => {
      const paragraph = new Y.XmlElement("paragraph");
      paragraph.insert(0, [text]);
      scratch.getXmlFragment(YDOC.body).insert(0, [paragraph]);
    });
    for (let index = 0; index < 200; index++) text.insert(index, "z");
    // Then the same last update again and again: each one is decoded and checked, none adds anything.
    const last = updates[updates.length - 1]!;
    while (updates.length < 20_000) updates.push(last);

    const flooder = openRawSocket(server.url, flooded.id, flooded.tokens.noteTaker);
    await flooder.opened;
    await waitUntil(() => expect(flooder.messages.length).toBeGreaterThan(0));
    for (const update of updates) {
      const frame = encoding.createEncoder();
      encoding.writeVarUint(frame, MessageType.sync);
      encoding.writeVarUint(frame, 2);
      encoding.writeVarUint8Array(frame, update);
      flooder.ws.send(encoding.toUint8Array(frame));
    }
    const closed = await flooder.closed;
    expect(closed.code).toBe(CloseCode.TooManyRequests);
    expect(closed.reason).toMatch(/too many changes/);
    await waitUntil(() => expect((bodyText(reader.doc).match(/z/g) ?? []).length).toBe(200));
    expect((bodyText(server.rooms.get(flooded.id)!.doc).match(/z/g) ?? []).length).toBe(200);

    const writer = connectClient(server.url, other);
    const otherReader = connectClient(server.url, other);
    await Promise.all([writer.synced, otherReader.synced]);
    writeParagraphInSection(writer.doc, "AoB", "The quiet meeting goes on.");
    await waitUntil(() => expect(bodyText(otherReader.doc)).toContain("The quiet meeting goes on."));
    reader.destroy();
    writer.destroy();
    otherReader.destroy();
  });
});

import { describe, expect, it } from "vitest";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { createMeetingViaApi, sampleMeetingRequest } from "../helpers/meetings-api.js";
import { openRawSocket } from "../helpers/raw-socket.js";
import { startTestServer } from "../helpers/test-server.js";
import { waitUntil } from "../helpers/wait-until.js";

/** An awareness frame setting one client's state at `clock`, as y-protocols encodes it. */
function awarenessFrame(clientId: number, clock: number, state: object): Uint8Array {
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, 1);
  encoding.writeVarUint(update, clientId);
  encoding.writeVarUint(update, clock);
  encoding.writeVarString(update, JSON.stringify(state));
  const frame = encoding.createEncoder();
  encoding.writeVarUint(frame, 1);
  encoding.writeVarUint8Array(frame, encoding.toUint8Array(update));
  return encoding.toUint8Array(frame);
}

/** The states of `clientId` in a raw socket's awareness frames, in arrival order. */
function statesOf(messages: Buffer[], clientId: number): unknown[] {
  const states: unknown[] = [];
  for (const message of messages) {
    const decoder = decoding.createDecoder(new Uint8Array(message));
    if (decoding.readVarUint(decoder) !== 1) continue;
    const update = decoding.createDecoder(decoding.readVarUint8Array(decoder));
    for (let count = decoding.readVarUint(update); count > 0; count--) {
      const id = decoding.readVarUint(update);
      decoding.readVarUint(update);
      const json = decoding.readVarString(update);
      if (id === clientId) states.push(JSON.parse(json));
    }
  }
  return states;
}

describe("awareness fan-out", () => {
  it("HOT4: a flood of awareness changes in one turn reaches the others coalesced, ending on the latest state", async () => {
    const server = await startTestServer();
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    const sender = openRawSocket(server.url, meeting.id, meeting.tokens.noteTaker);
    const observer = openRawSocket(server.url, meeting.id, meeting.tokens.viewer);
    await Promise.all([sender.opened, observer.opened]);
    const clientId = 424242;

    // Sent in one go: the server reads them together and sends one merged message per turn.
    for (let clock = 1; clock <= 60; clock++) sender.ws.send(awarenessFrame(clientId, clock, { user: { name: "Anja" }, cursor: clock }));
    await waitUntil(() => expect(statesOf(observer.messages, clientId).at(-1)).toEqual({ user: { name: "Anja" }, cursor: 60 }));
    expect(statesOf(observer.messages, clientId).length).toBeLessThan(60);
    sender.ws.close();
    observer.ws.close();
  });
});

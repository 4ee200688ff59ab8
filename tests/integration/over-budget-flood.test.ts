import { describe, expect, it } from "vitest";
import * as encoding from "lib0/encoding";
import * as Y from "yjs";
import { CloseCode, LIMITS, MessageType, YDOC } from "@rapporteur/shared";
import { createMeetingViaApi, sampleMeetingRequest } from "../helpers/meetings-api.js";
import { openRawSocket } from "../helpers/raw-socket.js";
import { startServerProcess } from "../helpers/server-process.js";
import { makeTempDir } from "../helpers/test-server.js";
import { waitUntil } from "../helpers/wait-until.js";

/** `count` small, valid update frames, each changing one key of the session map. */
function tinyUpdateFrames(count: number): Uint8Array[] {
  const doc = new Y.Doc();
  const frames: Uint8Array[] = [];
  doc.on("update", (update: Uint8Array) => {
    const frame = encoding.createEncoder();
    encoding.writeVarUint(frame, MessageType.sync);
    encoding.writeVarUint(frame, 2);
    encoding.writeVarUint8Array(frame, update);
    frames.push(encoding.toUint8Array(frame));
  });
  for (let index = 0; index < count; index++) doc.getMap(YDOC.session).set(`key${index % 10}`, index);
  return frames;
}

describe("A flood after the budget is spent costs the server nothing more", () => {
  it("HARD-RATE2: once a connection is closed with 4429, the frames it had already sent are dropped unread: the refusal is logged once, not once per frame", async () => {
    const server = await startServerProcess({ PORT: "0", DATA_DIR: makeTempDir(), LOG_LEVEL: "warn" });
    let log = "";
    server.child.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
    server.child.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    const flooder = openRawSocket(server.url, meeting.id, meeting.tokens.noteTaker);
    // In the room before the flood: frames sent while it still loads are queued, and past that queue's bound closed with another code.
    await flooder.joined;
    const frames = tinyUpdateFrames(LIMITS.connectionUpdateBurst * 20);
    for (const frame of frames) flooder.ws.send(frame);
    expect((await flooder.closed).code).toBe(CloseCode.TooManyRequests);

    // A later refusal on another socket marks the end of everything the flood made the server log.
    const marker = openRawSocket(server.url, meeting.id, meeting.tokens.noteTaker);
    await marker.opened;
    marker.ws.send(Uint8Array.of(MessageType.sync, 9));
    await marker.closed;
    await waitUntil(() => expect(log).toContain("message_refused"), 10_000);
    expect(log.split("\n").filter((line) => line.includes("connection_over_budget"))).toHaveLength(1);
  }, 60_000);
});

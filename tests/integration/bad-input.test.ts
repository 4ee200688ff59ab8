import { beforeAll, describe, expect, it } from "vitest";
import * as encoding from "lib0/encoding";
import { CloseCode } from "@rapporteur/shared";
import { connectClient } from "../helpers/collab-client.js";
import { bodyText, writeParagraphInSection } from "../helpers/edit-body.js";
import { authHeaders, createMeetingViaApi, sampleMeetingRequest, type TestMeeting } from "../helpers/meetings-api.js";
import { openRawSocket } from "../helpers/raw-socket.js";
import { startTestServer, type TestServer } from "../helpers/test-server.js";
import { waitUntil } from "../helpers/wait-until.js";

const frame = (...parts: Array<number | Uint8Array>) => {
  const encoder = encoding.createEncoder();
  for (const part of parts) {
    if (typeof part === "number") encoding.writeVarUint(encoder, part);
    else encoding.writeVarUint8Array(encoder, part);
  }
  return encoding.toUint8Array(encoder);
};

describe("bad input gets a clear answer and harms nothing else", () => {
  let server: TestServer;
  let meeting: TestMeeting;
  let otherMeeting: TestMeeting;

  beforeAll(async () => {
    server = await startTestServer({ env: { MAX_MESSAGE_BYTES: String(128 * 1024) } });
    meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    otherMeeting = await createMeetingViaApi(server.url, sampleMeetingRequest({ title: "Online Meeting 52" }));
  });

  /** An honest client on the same meeting and one on another meeting still sync. */
  async function expectOthersUnharmed(marker: string) {
    for (const target of [meeting, otherMeeting]) {
      const writer = connectClient(server.url, target);
      const reader = connectClient(server.url, target);
      await Promise.all([writer.synced, reader.synced]);
      writeParagraphInSection(writer.doc, "AoB", `${marker} still works.`);
      await waitUntil(() => expect(bodyText(reader.doc)).toContain(`${marker} still works.`));
      writer.destroy();
      reader.destroy();
    }
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  }

  it("BAD1: invalid meeting bodies get 400 naming each offending field, and nothing is stored", async () => {
    const before = (await (await fetch(`${server.url}/api/meetings`)).json()) as { meetings: unknown[] };
    const response = await fetch(`${server.url}/api/meetings`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ title: "", startsAt: "next tuesday", participants: [{ name: "Ok" }, { name: "  " }] }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; fields: Array<{ path: string }> } };
    expect(body.error.code).toBe("invalid_request");
    expect(body.error.fields.map((field) => field.path).sort()).toEqual(["participants.1.name", "series", "startsAt", "title"]);
    const after = (await (await fetch(`${server.url}/api/meetings`)).json()) as { meetings: unknown[] };
    expect(after.meetings.length).toBe(before.meetings.length);
  });

  it("BAD2: malformed JSON is 400, an oversized body 413, an unknown template 400 on templateId", async () => {
    const post = (body: string) =>
      fetch(`${server.url}/api/meetings`, { method: "POST", headers: { "content-type": "application/json" }, body });
    const malformed = await post("{ not json");
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { error: { code: string } }).error.code).toBe("invalid_json");
    expect((await post(JSON.stringify({ series: "x".repeat(9 * 1024 * 1024) }))).status).toBe(413);
    expect((await post(JSON.stringify(sampleMeetingRequest({ series: "x".repeat(2 * 1024 * 1024) })))).status).toBe(400);
    const unknownTemplate = await post(JSON.stringify(sampleMeetingRequest({ templateId: "no-such-template" })));
    expect(unknownTemplate.status).toBe(400);
    expect(((await unknownTemplate.json()) as { error: { fields: Array<{ path: string }> } }).error.fields[0]!.path).toBe("templateId");
  });

  it("BAD3: unknown meetings are 404 over REST, and an unknown export format is 400 on format", async () => {
    expect((await fetch(`${server.url}/api/meetings/AAAAAAAAAAAAAAAAAAAAAA`)).status).toBe(404);
    expect((await fetch(`${server.url}/api/meetings/..%2F..%2Fetc%2Fpasswd`)).status).toBe(404);
    expect((await fetch(`${server.url}/api/meetings/${"x".repeat(5000)}`)).status).toBe(404);
    expect((await fetch(`${server.url}/api/nothing-here`)).status).toBe(404);
    const response = await fetch(`${server.url}/api/meetings/${meeting.id}/export?format=exe`, { headers: authHeaders(meeting) });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { fields: Array<{ path: string }> } }).error.fields[0]!.path).toBe("format");
  });

  it("BAD4: a websocket to an unknown meeting is closed with 4404", async () => {
    for (const id of ["AAAAAAAAAAAAAAAAAAAAAA", "not-an-id", "..%2F..%2Fetc"]) {
      const socket = openRawSocket(server.url, id, meeting.tokens.chair);
      expect((await socket.closed).code).toBe(CloseCode.MeetingNotFound);
    }
    await expectOthersUnharmed("After 4404");
  });

  it("BAD5: an oversized message closes that connection with 1009", async () => {
    const socket = openRawSocket(server.url, meeting.id, meeting.tokens.noteTaker);
    await socket.opened;
    socket.ws.send(frame(0, 2, new Uint8Array(200 * 1024)));
    expect((await socket.closed).code).toBe(CloseCode.MessageTooBig);
    await expectOthersUnharmed("After 1009");
  });

  it.each([
    ["a text frame", "hello"],
    ["an empty frame", new Uint8Array(0)],
    ["an unknown message type", frame(42)],
    ["an unknown sync step", frame(0, 9, new Uint8Array([0, 0]))],
    ["a truncated varint", new Uint8Array([0, 2, 0xff, 0xff, 0xff])],
    ["a varint overflow", new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01])],
    ["an update that declares more bytes than it has", new Uint8Array([0, 2, 100, 1, 2, 3])],
    ["a garbage update", frame(0, 2, new Uint8Array([1, 200, 1, 7, 0, 99, 99, 3]))],
    ["a malformed awareness update", frame(1, new Uint8Array([5, 1, 2]))],
    ["an oversized awareness update", frame(1, new Uint8Array(70 * 1024))],
  ])("BAD6: %s closes that connection with 4400 and a reason", async (_name, data) => {
    const socket = openRawSocket(server.url, meeting.id, meeting.tokens.noteTaker);
    await socket.opened;
    socket.ws.send(data, { binary: typeof data !== "string" });
    const closed = await socket.closed;
    expect(closed.code).toBe(CloseCode.MalformedMessage);
    expect(closed.reason).not.toBe("");
    await expectOthersUnharmed(`After ${_name}`);
  });
});

import { describe, expect, it } from "vitest";
import { LIMITS, TranscriptSchema, type Transcript } from "@rapporteur/shared";
import { connectClient } from "../helpers/collab-client.js";
import { callMeetingApi, createMeetingViaApi, sampleMeetingRequest, type TestMeeting } from "../helpers/meetings-api.js";
import { openRawSocket } from "../helpers/raw-socket.js";
import { subscribeToStatus } from "../helpers/status-messages.js";
import { startTestServer, type TestServer } from "../helpers/test-server.js";
import { waitUntil } from "../helpers/wait-until.js";

const VTT = "WEBVTT\n\n1\n00:00:05.000 --> 00:00:09.000\n<v Anja Gengo>Welcome to the call.</v>\n\n2\n00:01:00.000 --> 00:01:04.000\nJorge Cancio: We agree.\n";

async function setUp(startsAt = "2023-02-16T14:00:00Z"): Promise<{ server: TestServer; meeting: TestMeeting }> {
  const server = await startTestServer();
  const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest({ startsAt, participants: [{ name: "Anja Gengo" }, { name: "Jorge Cancio" }] }));
  return { server, meeting };
}

async function readTranscript(server: TestServer, meeting: TestMeeting, query = ""): Promise<Transcript> {
  const response = await callMeetingApi(server.url, meeting, `/transcript${query}`, { role: "noteTaker" });
  expect(response.status).toBe(200);
  return TranscriptSchema.parse(((await response.json()) as { transcript: unknown }).transcript);
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}`, "content-type": "application/json" });

describe("transcripts through the real server", () => {
  it("TRANSCRIPT10 a note-taker uploads WebVTT as JSON or as the raw file; the segments are stored beside the meeting and read back", async () => {
    const { server, meeting } = await setUp();
    const json = await callMeetingApi(server.url, meeting, "/transcript", { method: "POST", role: "noteTaker", body: { text: VTT, fileName: "call.vtt" } });
    expect(json.status).toBe(201);
    expect(await json.json()).toEqual({ format: "vtt", segments: 2 });
    const stored = await readTranscript(server, meeting);
    expect(stored.file).toMatchObject({ fileName: "call.vtt", format: "vtt", uploadedBy: "noteTaker" });
    expect(stored.segments).toEqual([
      { seq: 1, start: 5000, end: 9000, speaker: "Anja Gengo", text: "Welcome to the call.", source: "upload" },
      { seq: 2, start: 60000, end: 64000, speaker: "Jorge Cancio", text: "We agree.", source: "upload" },
    ]);
    const raw = await fetch(`${server.url}/api/meetings/${meeting.id}/transcript?fileName=notes.txt`, {
      method: "POST",
      headers: { authorization: `Bearer ${meeting.tokens.chair}`, "content-type": "text/plain; charset=utf-8" },
      body: "[00:00:10] Anja: Hello\n[00:00:20] Jorge: Bye",
    });
    expect(raw.status).toBe(201);
    expect(await raw.json()).toEqual({ format: "text", segments: 2 });
    const newer = await readTranscript(server, meeting, "?after=1");
    expect(newer.segments.map((segment) => segment.text)).toEqual(["Bye"]);
    expect(newer.count).toBe(2);
    const removed = await callMeetingApi(server.url, meeting, "/transcript", { method: "DELETE", role: "noteTaker" });
    expect(removed.status).toBe(204);
    expect((await readTranscript(server, meeting)).segments).toEqual([]);
  });

  it("TRANSCRIPT11 a bad file is a 400 naming the line and changes nothing; bad fields and settings are 400s naming the field", async () => {
    const { server, meeting } = await setUp();
    await callMeetingApi(server.url, meeting, "/transcript", { method: "POST", role: "noteTaker", body: { text: VTT } });
    const broken = await callMeetingApi(server.url, meeting, "/transcript", { method: "POST", role: "noteTaker", body: { text: "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nfine\n\n00:00:0x --> 00:00:03.000\nbad" } });
    expect(broken.status).toBe(400);
    const error = ((await broken.json()) as { error: { code: string; message: string; fields: Array<{ path: string; message: string }> } }).error;
    expect(error.code).toBe("invalid_transcript");
    expect(error.fields).toEqual([{ path: "text", message: "line 6: unreadable cue timing \"00:00:0x --> 00:00:03.000\"" }]);
    expect((await readTranscript(server, meeting)).segments).toHaveLength(2);
    for (const [body, field] of [[{ text: "" }, "text"], [{ text: "x".repeat(LIMITS.maxTranscriptChars + 1) }, "text"], [{ text: VTT, format: "docx" }, "format"]] as const) {
      const response = await callMeetingApi(server.url, meeting, "/transcript", { method: "POST", role: "noteTaker", body });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { fields: Array<{ path: string }> } }).error.fields.map((entry) => entry.path)).toContain(field);
    }
    const settings = await callMeetingApi(server.url, meeting, "/transcript/settings", { method: "PUT", role: "noteTaker", body: { offsetMs: "late", boundaries: [{ agendaItemId: "", start: -1 }] } });
    expect(settings.status).toBe(400);
    expect(((await settings.json()) as { error: { fields: Array<{ path: string }> } }).error.fields.map((entry) => entry.path)).toEqual(["offsetMs", "boundaries.0.agendaItemId", "boundaries.0.start"]);
    const saved = await callMeetingApi(server.url, meeting, "/transcript/settings", { method: "PUT", role: "noteTaker", body: { offsetMs: 90_000, speakers: { Anja: meeting.participants[0]!.id } } });
    expect(saved.status).toBe(200);
    expect((await readTranscript(server, meeting)).settings).toEqual({ offsetMs: 90_000, boundaries: [], speakers: { Anja: meeting.participants[0]!.id } });
  });

  it("TRANSCRIPT12 roles: viewers get 403, no token 401; only the chair issues the captioner link; the captioner token posts cues and reads nothing", async () => {
    const { server, meeting } = await setUp();
    for (const [method, path, body] of [["GET", "/transcript"], ["POST", "/transcript", { text: VTT }], ["PUT", "/transcript/settings", {}], ["DELETE", "/transcript"], ["POST", "/transcript/captioner"]] as const) {
      expect((await callMeetingApi(server.url, meeting, path, { method, role: "viewer", ...(body ? { body } : {}) })).status, `${method} ${path}`).toBe(403);
      expect((await callMeetingApi(server.url, meeting, path, { method, role: null, ...(body ? { body } : {}) })).status, `${method} ${path}`).toBe(401);
    }
    expect((await callMeetingApi(server.url, meeting, "/transcript/captioner", { method: "POST", role: "noteTaker" })).status).toBe(403);
    const issued = await callMeetingApi(server.url, meeting, "/transcript/captioner", { method: "POST", role: "chair" });
    expect(issued.status).toBe(201);
    const { token, endpoint } = (await issued.json()) as { token: string; endpoint: string };
    expect(endpoint).toBe(`/api/meetings/${meeting.id}/captions`);
    const post = (as: string, text = "Live words") => fetch(`${server.url}${endpoint}`, { method: "POST", headers: bearer(as), body: JSON.stringify({ cues: [{ speaker: "Anja Gengo", text, start: 1000 }] }) });
    expect((await post(token)).status).toBe(201);
    expect((await readTranscript(server, meeting)).captioning).toBe(true);
    // The captioner token opens nothing else: not the meeting, the transcript, the export or the live document.
    for (const path of ["", "/transcript", "/export?format=md", "/versions"]) {
      expect((await fetch(`${server.url}/api/meetings/${meeting.id}${path}`, { headers: bearer(token) })).status, path).toBe(401);
    }
    expect((await fetch(`${server.url}/api/meetings/${meeting.id}/transcript`, { method: "POST", headers: bearer(token), body: JSON.stringify({ text: VTT }) })).status).toBe(401);
    const socket = openRawSocket(server.url, meeting.id, token);
    expect((await socket.closed).code).toBe(4401);
    // Invitation tokens cannot post captions; a bad cue is a 400 naming it.
    for (const role of ["chair", "noteTaker", "viewer"] as const) expect((await post(meeting.tokens[role])).status).toBe(401);
    const bad = await fetch(`${server.url}${endpoint}`, { method: "POST", headers: bearer(token), body: JSON.stringify({ cues: [{ text: " " }] }) });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { fields: Array<{ path: string }> } }).error.fields.map((entry) => entry.path)).toEqual(["cues.0.text"]);
    // A new link replaces the old one; revoking ends it.
    const second = ((await (await callMeetingApi(server.url, meeting, "/transcript/captioner", { method: "POST" })).json()) as { token: string }).token;
    expect((await post(token)).status).toBe(401);
    expect((await post(second)).status).toBe(201);
    expect((await callMeetingApi(server.url, meeting, "/transcript/captioner", { method: "DELETE" })).status).toBe(204);
    expect((await post(second)).status).toBe(401);
    expect((await readTranscript(server, meeting)).segments.map((segment) => [segment.text, segment.source])).toEqual([["Live words", "captions"], ["Live words", "captions"]]);
  });

  it("TRANSCRIPT13 live captions reach every open page as a notice, in transcript time (the offset applied), readable incrementally", async () => {
    const { server, meeting } = await setUp(new Date(Date.now() - 10 * 60_000).toISOString());
    await callMeetingApi(server.url, meeting, "/transcript/settings", { method: "PUT", role: "noteTaker", body: { offsetMs: 60_000 } });
    const page = connectClient(server.url, meeting);
    const notices = subscribeToStatus(page.provider);
    await page.synced;
    const { token } = (await (await callMeetingApi(server.url, meeting, "/transcript/captioner", { method: "POST" })).json()) as { token: string };
    const before = (await readTranscript(server, meeting)).segments.length;
    const response = await fetch(`${server.url}/api/meetings/${meeting.id}/captions`, {
      method: "POST",
      headers: bearer(token),
      body: JSON.stringify({ cues: [{ speaker: "Jorge Cancio", text: "At minute three.", start: 180_000, end: 182_000 }, { text: "Right now." }] }),
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ added: 2 });
    await waitUntil(() => expect(notices.notices.map((notice) => notice.kind)).toContain("transcript"));
    const fresh = (await readTranscript(server, meeting, `?after=${before}`)).segments;
    expect(fresh[0]).toEqual({ seq: 1, start: 120_000, end: 122_000, speaker: "Jorge Cancio", text: "At minute three.", source: "captions" });
    // "Right now" is placed by the server's clock: ten minutes into the meeting, nine into the recording.
    expect(fresh[1]!.start).toBeGreaterThan(8 * 60_000);
    expect(fresh[1]!.start).toBeLessThan(10 * 60_000);
    // A meeting dated long ago keeps a clock-placed caption within the limits.
    const old = await setUp();
    const { token: oldToken } = (await (await callMeetingApi(old.server.url, old.meeting, "/transcript/captioner", { method: "POST" })).json()) as { token: string };
    await fetch(`${old.server.url}/api/meetings/${old.meeting.id}/captions`, { method: "POST", headers: bearer(oldToken), body: JSON.stringify({ cues: [{ text: "Late." }] }) });
    expect((await readTranscript(old.server, old.meeting)).segments[0]!.start).toBe(LIMITS.maxTranscriptMs);
  });
});

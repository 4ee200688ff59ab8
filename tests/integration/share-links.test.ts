import { describe, expect, it } from "vitest";
import { AuditEntrySchema, LINK_REPLACED_MESSAGE, MeetingLinksResponseSchema, type Role } from "@rapporteur/shared";
import { connectClient } from "../helpers/collab-client.js";
import { clusterEnv, instanceEnv } from "../helpers/cluster.js";
import { bodyText, writeParagraphInSection } from "../helpers/edit-body.js";
import { callMeetingApi, createMeetingViaApi, sampleMeetingRequest, type TestMeeting } from "../helpers/meetings-api.js";
import { openRawSocket } from "../helpers/raw-socket.js";
import { startServerProcess } from "../helpers/server-process.js";
import { startTestServer } from "../helpers/test-server.js";
import { waitUntil } from "../helpers/wait-until.js";

async function replaceLinks(url: string, meeting: TestMeeting, roles: Role[], as: Role | null = "chair") {
  return callMeetingApi(url, meeting, "/links/replace", { method: "POST", body: { roles }, role: as });
}

/** The meeting with the tokens a successful replace handed back (the roles not replaced keep theirs). */
async function withReplaced(url: string, meeting: TestMeeting, roles: Role[]): Promise<TestMeeting> {
  const response = await replaceLinks(url, meeting, roles);
  expect(response.status).toBe(200);
  const body = MeetingLinksResponseSchema.parse(await response.json());
  return { ...meeting, tokens: { ...meeting.tokens, ...body.tokens }, links: { ...meeting.links, ...body.links } };
}

describe("sharing and replacing invitation links", () => {
  it("SHARE1: a replaced note-taker link is refused on REST (401 link_replaced) and on the websocket (4401, with the reason); the chair and viewer links and the new note-taker link work", async () => {
    const server = await startTestServer();
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    const replaced = await withReplaced(server.url, meeting, ["noteTaker"]);
    expect(replaced.tokens.noteTaker).not.toBe(meeting.tokens.noteTaker);

    const refused = await callMeetingApi(server.url, meeting, "", { role: "noteTaker" });
    expect(refused.status).toBe(401);
    expect(await refused.json()).toEqual({ error: { code: "link_replaced", message: LINK_REPLACED_MESSAGE } });
    const socket = openRawSocket(server.url, meeting.id, meeting.tokens.noteTaker);
    expect(await socket.closed).toEqual({ code: 4401, reason: LINK_REPLACED_MESSAGE });

    for (const role of ["chair", "viewer"] as const) expect((await callMeetingApi(server.url, meeting, "", { role })).status).toBe(200);
    expect((await callMeetingApi(server.url, replaced, "", { role: "noteTaker" })).status).toBe(200);
    const fresh = connectClient(server.url, replaced, { role: "noteTaker" });
    await fresh.synced;
  });

  it("SHARE6: replacing links is in the meeting's audit log: who, as which role, which links", async () => {
    const server = await startTestServer();
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    await withReplaced(server.url, meeting, ["noteTaker", "viewer"]);
    const response = await callMeetingApi(server.url, meeting, "/audit", { role: "chair" });
    const entries = ((await response.json()) as { entries: unknown[] }).entries.map((entry) => AuditEntrySchema.parse(entry));
    expect(entries).toEqual([expect.objectContaining({ action: "replace_links", role: "chair", detail: "note-taker, viewer" })]);
  });

  it("SHARE2: a socket already open with a replaced link is closed with 4401 and the reason; sockets of the other roles stay and keep editing", async () => {
    const server = await startTestServer();
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    const noteTaker = openRawSocket(server.url, meeting.id, meeting.tokens.noteTaker);
    await noteTaker.opened;
    const chair = connectClient(server.url, meeting, { role: "chair" });
    const viewer = connectClient(server.url, meeting, { role: "viewer" });
    await Promise.all([chair.synced, viewer.synced]);
    await waitUntil(() => expect(noteTaker.messages.length).toBeGreaterThan(0));

    await withReplaced(server.url, meeting, ["noteTaker"]);
    expect(await noteTaker.closed).toEqual({ code: 4401, reason: LINK_REPLACED_MESSAGE });
    writeParagraphInSection(chair.doc, "AoB", "Written after the replacement.");
    await waitUntil(() => expect(bodyText(viewer.doc)).toContain("Written after the replacement."));
    expect(chair.provider.wsconnected && viewer.provider.wsconnected).toBe(true);
  });

  it("SHARE3: only the chair replaces links; a note-taker lists the note-taker and viewer links only, a viewer none; the request is strict", async () => {
    const server = await startTestServer();
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    expect((await replaceLinks(server.url, meeting, ["viewer"], "noteTaker")).status).toBe(403);
    expect((await replaceLinks(server.url, meeting, ["viewer"], "viewer")).status).toBe(403);
    expect((await replaceLinks(server.url, meeting, ["viewer"], null)).status).toBe(401);
    for (const body of [{ roles: [] }, { roles: ["owner"] }, { roles: ["viewer"], extra: 1 }, {}]) {
      expect((await callMeetingApi(server.url, meeting, "/links/replace", { method: "POST", body })).status).toBe(400);
    }
    // Nothing was replaced by the refused calls.
    for (const role of ["chair", "noteTaker", "viewer"] as const) expect((await callMeetingApi(server.url, meeting, "", { role })).status).toBe(200);

    expect((await callMeetingApi(server.url, meeting, "/links", { role: "viewer" })).status).toBe(403);
    expect((await callMeetingApi(server.url, meeting, "/links", { role: null })).status).toBe(401);
    const asNoteTaker = MeetingLinksResponseSchema.parse(await (await callMeetingApi(server.url, meeting, "/links", { role: "noteTaker" })).json());
    expect(Object.keys(asNoteTaker.links).sort()).toEqual(["noteTaker", "viewer"]);
    expect(asNoteTaker.tokens.chair).toBeUndefined();
    const asChair = MeetingLinksResponseSchema.parse(await (await callMeetingApi(server.url, meeting, "/links")).json());
    expect(Object.keys(asChair.links).sort()).toEqual(["chair", "noteTaker", "viewer"]);
    // A listed link is a working one, of its own role.
    const listedViewer = { ...meeting, tokens: { ...meeting.tokens, viewer: asChair.tokens.viewer! } };
    expect(await (await callMeetingApi(server.url, listedViewer, "", { role: "viewer" })).json()).toMatchObject({ role: "viewer" });
  });

  it("SHARE4: Schedule next gives the caller its own role only; this meeting's chair lists the next meeting's three links", async () => {
    const server = await startTestServer();
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    const response = await callMeetingApi(server.url, meeting, "/next", { method: "POST", body: {}, role: "noteTaker" });
    expect(response.status).toBe(201);
    const created = (await response.json()) as { meeting: { id: string }; links: Record<string, string>; tokens: Record<string, string> };
    expect(Object.keys(created.tokens)).toEqual(["noteTaker"]);
    expect(Object.keys(created.links)).toEqual(["noteTaker"]);
    const next = { ...meeting, id: created.meeting.id, tokens: { ...meeting.tokens, noteTaker: created.tokens.noteTaker! } };
    expect(await (await callMeetingApi(server.url, next, "", { role: "noteTaker" })).json()).toMatchObject({ role: "noteTaker" });

    const listed = MeetingLinksResponseSchema.parse(await (await callMeetingApi(server.url, meeting, "/links")).json());
    expect(listed.next?.meeting.id).toBe(created.meeting.id);
    const chairToken = new URL(listed.next!.links.chair).searchParams.get("token")!;
    expect(await (await callMeetingApi(server.url, { ...next, tokens: { ...next.tokens, chair: chairToken } }, "")).json()).toMatchObject({ role: "chair" });
    const asNoteTaker = MeetingLinksResponseSchema.parse(await (await callMeetingApi(server.url, meeting, "/links", { role: "noteTaker" })).json());
    expect(asNoteTaker.next).toBeUndefined();

    const byChair = await callMeetingApi(server.url, meeting, "/next", { method: "POST", body: {} });
    expect(Object.keys(((await byChair.json()) as { tokens: object }).tokens)).toEqual(["chair"]);
  });
});

describe("replacing links on several instances", { timeout: 120_000 }, () => {
  it("SHARE5: a link replaced through one instance closes the sockets that used it on another (Redis relay) and is refused there", async () => {
    const cluster = clusterEnv();
    const a = await startServerProcess(instanceEnv(cluster));
    const b = await startServerProcess(instanceEnv(cluster));
    const meeting = await createMeetingViaApi(a.url, sampleMeetingRequest());
    const onB = openRawSocket(b.url, meeting.id, meeting.tokens.noteTaker);
    await onB.opened;
    const viewerOnB = connectClient(b.url, meeting, { role: "viewer" });
    await viewerOnB.synced;
    // A change made on A reaching B proves B's room has joined the relay (directly or by its catch-up after joining).
    const chairOnA = connectClient(a.url, meeting, { role: "chair" });
    await chairOnA.synced;
    writeParagraphInSection(chairOnA.doc, "AoB", "Relayed from A.");
    await waitUntil(() => expect(bodyText(viewerOnB.doc)).toContain("Relayed from A."), 10_000);

    await withReplaced(a.url, meeting, ["noteTaker"]);
    expect(await onB.closed).toEqual({ code: 4401, reason: LINK_REPLACED_MESSAGE });
    expect((await callMeetingApi(b.url, meeting, "", { role: "noteTaker" })).status).toBe(401);
    expect(viewerOnB.provider.wsconnected).toBe(true);
  });
});

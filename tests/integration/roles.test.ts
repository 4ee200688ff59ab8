import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import type { Role } from "@rapporteur/shared";
import { connectClient } from "../helpers/collab-client.js";
import { bodyText, writeParagraphInSection } from "../helpers/edit-body.js";
import { callMeetingApi, createMeetingViaApi, exportMarkdown, sampleMeetingRequest, type TestMeeting } from "../helpers/meetings-api.js";
import { openRawSocket } from "../helpers/raw-socket.js";
import { startTestServer, type TestServer } from "../helpers/test-server.js";
import { waitUntil } from "../helpers/wait-until.js";

type Caller = Role | "none" | "forged" | "expired" | "otherMeeting";
const CALLERS: Caller[] = ["chair", "noteTaker", "viewer", "none", "forged", "expired", "otherMeeting"];

async function tokenFor(server: TestServer, meeting: TestMeeting, other: TestMeeting, caller: Caller): Promise<string | undefined> {
  switch (caller) {
    case "none":
      return undefined;
    case "forged":
      return new SignJWT({ mid: meeting.id, role: "chair" }).setProtectedHeader({ alg: "HS256" }).setIssuer("rapporteur")
        .setExpirationTime("1d").sign(new TextEncoder().encode("not-the-server-secret-not-the-server-secret"));
    case "expired":
      return server.tokens.issue(meeting.id, "chair", new Date(Date.now() - 1000 * 86_400_000));
    case "otherMeeting":
      return other.tokens.chair;
    default:
      return meeting.tokens[caller];
  }
}

/** Each action, how to bring a fresh meeting to where it applies, and the least role that may do it. */
const ACTIONS: Array<{ name: string; path: string; method: string; body?: unknown; before?: string[]; least: Role }> = [
  { name: "read the meeting", path: "", method: "GET", least: "viewer" },
  { name: "export", path: "/export?format=md", method: "GET", least: "viewer" },
  { name: "list versions", path: "/versions", method: "GET", least: "viewer" },
  { name: "name a version", path: "/versions", method: "POST", body: { name: "Before the break" }, least: "noteTaker" },
  { name: "submit", path: "/submit", method: "POST", least: "noteTaker" },
  { name: "approve", path: "/approve", method: "POST", least: "chair" },
  { name: "request changes", path: "/request-changes", method: "POST", body: { comment: "Add the AoB" }, before: ["/submit"], least: "chair" },
  { name: "reopen", path: "/reopen", method: "POST", before: ["/approve"], least: "chair" },
  { name: "schedule the next meeting", path: "/next", method: "POST", body: {}, least: "noteTaker" },
];
const RANK: Record<Role, number> = { viewer: 0, noteTaker: 1, chair: 2 };

describe("roles", () => {
  it.each(ACTIONS.flatMap((action) => CALLERS.map((caller) => [action.name, caller, action] as const)))(
    "ROLE1: %s as %s gets the status its role allows, and nothing changes when refused",
    async (_name, caller, action) => {
      const server = await startTestServer();
      const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
      const other = await createMeetingViaApi(server.url, sampleMeetingRequest());
      for (const step of action.before ?? []) expect((await callMeetingApi(server.url, meeting, step, { method: "POST" })).status).toBe(200);
      const before = await (await callMeetingApi(server.url, meeting, "")).json();
      const versionsBefore = await (await callMeetingApi(server.url, meeting, "/versions")).json();

      const token = await tokenFor(server, meeting, other, caller);
      const response = await fetch(`${server.url}/api/meetings/${meeting.id}${action.path}`, {
        method: action.method,
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        ...(action.body === undefined ? {} : { body: JSON.stringify(action.body) }),
      });
      const allowed = caller === "chair" || caller === "noteTaker" || caller === "viewer" ? RANK[caller] >= RANK[action.least] : false;
      const expected = allowed ? (action.path === "/next" || (action.path === "/versions" && action.method === "POST") ? 201 : 200) : ["chair", "noteTaker", "viewer"].includes(caller) ? 403 : 401;
      expect(response.status).toBe(expected);
      if (!allowed) {
        expect(await (await callMeetingApi(server.url, meeting, "")).json()).toEqual(before);
        expect(await (await callMeetingApi(server.url, meeting, "/versions")).json()).toEqual(versionsBefore);
      }
    },
  );

  it.each(["none", "forged", "expired", "otherMeeting"] as const)("ROLE2: a websocket with %s token is closed with 4401 and gets nothing", async (caller) => {
    const server = await startTestServer();
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    const other = await createMeetingViaApi(server.url, sampleMeetingRequest());
    const socket = openRawSocket(server.url, meeting.id, await tokenFor(server, meeting, other, caller));
    expect((await socket.closed).code).toBe(4401);
    expect(socket.messages).toHaveLength(0);
    expect(server.rooms.loadedCount).toBe(0);
  });

  it("ROLE3: a viewer reads live but its updates are rejected, not applied; chair and note-taker write", async () => {
    const server = await startTestServer();
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    const viewer = connectClient(server.url, meeting, { role: "viewer" });
    const chair = connectClient(server.url, meeting, { role: "chair" });
    const noteTaker = connectClient(server.url, meeting, { role: "noteTaker" });
    await Promise.all([viewer.synced, chair.synced, noteTaker.synced]);
    writeParagraphInSection(viewer.doc, "AoB", "The viewer tried to write this.");
    writeParagraphInSection(chair.doc, "AoB", "The chair wrote this.");
    writeParagraphInSection(noteTaker.doc, "Activities of the WG Strategy for 2023", "The note-taker wrote this.");
    await waitUntil(() => expect(bodyText(viewer.doc)).toContain("The note-taker wrote this."));
    await waitUntil(() => expect(bodyText(noteTaker.doc)).toContain("The chair wrote this."));
    const markdown = await exportMarkdown(server.url, meeting);
    expect(markdown).toContain("The chair wrote this.");
    expect(markdown).not.toContain("The viewer tried to write this.");
    expect(bodyText(noteTaker.doc)).not.toContain("The viewer tried to write this.");
  });

  it("ROLE4: links for each role come back when a meeting is created", async () => {
    const server = await startTestServer();
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    for (const role of ["chair", "noteTaker", "viewer"] as const) {
      const link = new URL(meeting.links[role]);
      expect(link.port).toBe(String(server.port));
      expect(link.pathname).toBe(`/m/${meeting.id}`);
      expect(link.searchParams.get("token")).toBe(meeting.tokens[role]);
    }
  });

  it("ROLE5: with ADMIN_TOKEN configured, creating and listing all meetings need it", async () => {
    const server = await startTestServer({ env: { ADMIN_TOKEN: "secretariat-admin-token" } });
    const post = (headers: Record<string, string>) =>
      fetch(`${server.url}/api/meetings`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(sampleMeetingRequest()) });
    expect((await post({})).status).toBe(401);
    expect((await post({ authorization: "Bearer wrong-token-wrong-token" })).status).toBe(401);
    expect((await fetch(`${server.url}/api/meetings`)).status).toBe(401);
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest(), { authorization: "Bearer secretariat-admin-token" });
    expect((await fetch(`${server.url}/api/meetings`, { headers: { authorization: "Bearer secretariat-admin-token" } })).status).toBe(200);
    expect((await callMeetingApi(server.url, meeting, "", { role: "viewer" })).status).toBe(200);
  });
});

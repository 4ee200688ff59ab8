import { describe, expect, it } from "vitest";
import { ApprovalSchema, VersionInfoSchema } from "@rapporteur/shared";
import { connectClient } from "../helpers/collab-client.js";
import { bodyText, writeParagraphInSection } from "../helpers/edit-body.js";
import { callMeetingApi, createMeetingViaApi, exportMarkdown, sampleMeetingRequest } from "../helpers/meetings-api.js";
import { subscribeToStatus } from "../helpers/status-messages.js";
import { startTestServer } from "../helpers/test-server.js";
import { waitUntil } from "../helpers/wait-until.js";

describe("review and approval", () => {
  it("APPROVE1: a client that was offline while the chair approved reconnects with edits: the document stays as approved, the client is told", async () => {
    const server = await startTestServer();
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    const noteTaker = connectClient(server.url, meeting);
    await noteTaker.synced;
    const status = subscribeToStatus(noteTaker.provider);
    writeParagraphInSection(noteTaker.doc, "AoB", "Agreed text before approval.");
    await waitUntil(async () => expect(await exportMarkdown(server.url, meeting)).toContain("Agreed text before approval."));

    noteTaker.provider.disconnect();
    writeParagraphInSection(noteTaker.doc, "AoB", "Typed offline after the approval.");
    const approved = await callMeetingApi(server.url, meeting, "/approve", { method: "POST" });
    expect(approved.status).toBe(200);
    const { approval } = (await approved.json()) as { approval: unknown };
    const stamp = ApprovalSchema.parse(approval);
    const approvedMarkdown = await exportMarkdown(server.url, meeting);

    noteTaker.provider.connect();
    await waitUntil(() => expect(status.notices.map((notice) => notice.kind)).toContain("locked"));
    expect(bodyText(noteTaker.doc)).toContain("Typed offline after the approval."); // kept locally
    expect(await exportMarkdown(server.url, meeting)).toBe(approvedMarkdown);
    expect(approvedMarkdown).not.toContain("Typed offline after the approval.");
    const again = ApprovalSchema.parse(((await (await callMeetingApi(server.url, meeting, "/approval")).json()) as { approval: unknown }).approval);
    expect(again).toEqual(stamp);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

    const late = connectClient(server.url, meeting, { role: "chair" });
    await late.synced;
    expect(bodyText(late.doc)).not.toContain("Typed offline after the approval.");
  });

  it("APPROVE2: the approval hash and the approved Markdown bytes are stable across a server restart", async () => {
    const first = await startTestServer();
    const meeting = await createMeetingViaApi(first.url, sampleMeetingRequest());
    const client = connectClient(first.url, meeting);
    await client.synced;
    writeParagraphInSection(client.doc, "AoB", "Titti closed the meeting.");
    await waitUntil(async () => expect(await exportMarkdown(first.url, meeting)).toContain("Titti closed the meeting."));
    expect((await callMeetingApi(first.url, meeting, "/submit", { method: "POST", role: "noteTaker" })).status).toBe(200);
    const { approval } = (await (await callMeetingApi(first.url, meeting, "/approve", { method: "POST" })).json()) as { approval: { sha256: string; version: number } };
    expect(approval.sha256).toMatch(/^[0-9a-f]{64}$/);
    const exportVersion = async (url: string) =>
      Buffer.from(await (await callMeetingApi(url, meeting, `/versions/${approval.version}/export?format=md`)).arrayBuffer());
    const bytes = await exportVersion(first.url);
    expect(await exportVersion(first.url)).toEqual(bytes);
    client.destroy();
    await first.close();

    const second = await startTestServer({ dataDir: first.dataDir });
    const after = (await (await callMeetingApi(second.url, meeting, "/approval")).json()) as { approval: unknown };
    expect(after.approval).toEqual(approval);
    expect(await exportVersion(second.url)).toEqual(bytes);
    expect((await callMeetingApi(second.url, meeting, "")).status).toBe(200);
  });

  it("APPROVE3: the workflow goes drafting → in review → changes requested → in review → approved → reopened, each step kept", async () => {
    const server = await startTestServer();
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    const step = async (path: string, body?: unknown) => {
      const response = await callMeetingApi(server.url, meeting, path, { method: "POST", ...(body ? { body } : {}) });
      expect(response.status, path).toBe(200);
      return ((await response.json()) as { meeting: { status: string } }).meeting.status;
    };
    expect(await step("/submit")).toBe("in_review");
    expect(await step("/request-changes", { comment: "Please add Jorge's point." })).toBe("changes_requested");
    expect((await callMeetingApi(server.url, meeting, "/request-changes", { method: "POST", body: {} })).status).toBe(400);
    expect(await step("/submit")).toBe("in_review");
    expect(await step("/approve")).toBe("approved");
    expect((await callMeetingApi(server.url, meeting, "/approve", { method: "POST" })).status).toBe(409);
    expect(await step("/reopen")).toBe("drafting");
    const audit = ((await (await callMeetingApi(server.url, meeting, "/audit")).json()) as { entries: Array<{ action: string; detail: string }> }).entries;
    expect(audit.map((entry) => entry.action)).toEqual(["submit", "request_changes", "submit", "approve", "reopen"]);
    expect(audit[1]!.detail).toBe("Please add Jorge's point.");
    const versions = ((await (await callMeetingApi(server.url, meeting, "/versions")).json()) as { versions: unknown[] }).versions.map((v) => VersionInfoSchema.parse(v));
    expect(versions.map((version) => version.reason)).toEqual(["submit", "request_changes", "submit", "approve", "reopen"]);
  });

  it("VERSION1: restoring an old version is a new change that keeps the history, and a diff shows what changed", async () => {
    const server = await startTestServer();
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    const client = connectClient(server.url, meeting);
    await client.synced;
    writeParagraphInSection(client.doc, "AoB", "First wording of the conclusion.");
    await waitUntil(async () => expect(await exportMarkdown(server.url, meeting)).toContain("First wording"));
    const named = await callMeetingApi(server.url, meeting, "/versions", { method: "POST", body: { name: "First draft" }, role: "noteTaker" });
    expect(named.status).toBe(201);
    const first = VersionInfoSchema.parse(((await named.json()) as { version: unknown }).version);
    writeParagraphInSection(client.doc, "AoB", "A second paragraph added later.");
    await waitUntil(async () => expect(await exportMarkdown(server.url, meeting)).toContain("A second paragraph"));
    const second = VersionInfoSchema.parse(((await (await callMeetingApi(server.url, meeting, "/versions", { method: "POST", body: { name: "Second" } })).json()) as { version: unknown }).version);

    const diff = ((await (await callMeetingApi(server.url, meeting, `/versions/${first.version}/diff/${second.version}`)).json()) as { parts: Array<{ op: string; text: string }> }).parts;
    expect(diff.filter((part) => part.op === "insert").map((part) => part.text).join("")).toContain("A second paragraph added later.");
    expect(diff.filter((part) => part.op === "delete")).toHaveLength(0);

    expect((await callMeetingApi(server.url, meeting, `/versions/${first.version}/restore`, { method: "POST", role: "viewer" })).status).toBe(403);
    expect((await callMeetingApi(server.url, meeting, `/versions/${first.version}/restore`, { method: "POST", role: "noteTaker" })).status).toBe(200);
    await waitUntil(() => expect(bodyText(client.doc)).not.toContain("A second paragraph"));
    expect(bodyText(client.doc)).toContain("First wording of the conclusion.");
    expect(bodyText(client.doc).match(/Summary Report/g)).toHaveLength(1);
    const versions = ((await (await callMeetingApi(server.url, meeting, "/versions")).json()) as { versions: Array<{ reason: string }> }).versions;
    expect(versions.map((version) => version.reason)).toEqual(["named", "named", "restore"]);
    const old = await callMeetingApi(server.url, meeting, `/versions/${second.version}/export?format=md`, { role: "viewer" });
    expect(await old.text()).toContain("A second paragraph added later.");
    expect((await callMeetingApi(server.url, meeting, "/versions/99")).status).toBe(404);
  });
});

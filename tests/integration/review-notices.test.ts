import { describe, expect, it } from "vitest";
import { AuditEntrySchema, MeetingSchema } from "@rapporteur/shared";
import { SqliteDocumentStore } from "@rapporteur/server";
import { connectClient } from "../helpers/collab-client.js";
import { authHeaders, callMeetingApi, createMeetingViaApi, sampleMeetingRequest } from "../helpers/meetings-api.js";
import { subscribeToStatus } from "../helpers/status-messages.js";
import { makeTempDir, startTestServer } from "../helpers/test-server.js";
import { waitUntil } from "../helpers/wait-until.js";

/** A real store whose review commits take a while, as a busy disk or database would. */
function storeWithSlowReviewCommits(delayMs: number): SqliteDocumentStore {
  const store = new SqliteDocumentStore(makeTempDir());
  const commit = store.review.recordReview.bind(store.review);
  // The store contract allows a promise (Postgres answers with one); SQLite's happens to be synchronous.
  const slowCommit = async (change: Parameters<typeof commit>[0]) => {
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    return commit(change);
  };
  Object.assign(store.review, { recordReview: slowCommit });
  return store;
}

describe("review notices and names", () => {
  it("REVIEW-UI7: the locked notice goes out once the approval is committed: a client that re-reads the meeting on it sees it approved", async () => {
    const server = await startTestServer({ store: storeWithSlowReviewCommits(300) });
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    const noteTaker = connectClient(server.url, meeting);
    await noteTaker.synced;
    const status = subscribeToStatus(noteTaker.provider);
    await status.subscribed;

    const approving = callMeetingApi(server.url, meeting, "/approve", { method: "POST" });
    await waitUntil(() => expect(status.notices.map((notice) => notice.kind)).toContain("locked"), 10_000, 5);
    const reread = (await (await callMeetingApi(server.url, meeting, "", { role: "noteTaker" })).json()) as { meeting: unknown };
    expect(MeetingSchema.parse(reread.meeting).status).toBe("approved");
    expect((await approving).status).toBe(200);
  });

  it("REVIEW-UI8: the name the web client sends percent-encoded is recorded as typed in the audit log", async () => {
    const server = await startTestServer();
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    const name = "Anja Gengo-Ñúñez";
    const submitted = await fetch(`${server.url}/api/meetings/${meeting.id}/submit`, {
      method: "POST",
      headers: { ...authHeaders(meeting, "noteTaker"), "content-type": "application/json", "x-rapporteur-user": encodeURIComponent(name) },
      body: "{}",
    });
    expect(submitted.status).toBe(200);
    const { entries } = (await (await callMeetingApi(server.url, meeting, "/audit")).json()) as { entries: unknown[] };
    expect(entries.map((entry) => AuditEntrySchema.parse(entry).actor)).toEqual([name]);
  });

  it("REVIEW-UI9: submitting and requesting changes are announced live to subscribed clients, with who and the chair's comment", async () => {
    const server = await startTestServer();
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    const noteTaker = connectClient(server.url, meeting);
    await noteTaker.synced;
    const status = subscribeToStatus(noteTaker.provider);
    await status.subscribed;

    const submitted = await fetch(`${server.url}/api/meetings/${meeting.id}/submit`, {
      method: "POST",
      headers: { ...authHeaders(meeting, "noteTaker"), "content-type": "application/json", "x-rapporteur-user": "Anja%20Gengo" },
      body: "{}",
    });
    expect(submitted.status).toBe(200);
    await waitUntil(() => expect(status.notices).toContainEqual({ kind: "status", message: "Anja Gengo submitted the draft for review." }));
    const requested = await callMeetingApi(server.url, meeting, "/request-changes", { method: "POST", body: { comment: "Add the dates of the consultations." } });
    expect(requested.status).toBe(200);
    await waitUntil(() => expect(status.notices.at(-1)).toEqual({ kind: "status", message: "chair requested changes: Add the dates of the consultations." }));
  });
});

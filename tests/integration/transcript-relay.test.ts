import { describe, expect, it } from "vitest";
import { clusterEnv, instanceEnv } from "../helpers/cluster.js";
import { connectClient } from "../helpers/collab-client.js";
import { bodyText, writeParagraphInSection } from "../helpers/edit-body.js";
import { callMeetingApi, createMeetingViaApi, sampleMeetingRequest } from "../helpers/meetings-api.js";
import { startServerProcess } from "../helpers/server-process.js";
import { subscribeToStatus } from "../helpers/status-messages.js";
import { waitUntil } from "../helpers/wait-until.js";

const VTT = "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Anja Gengo>Welcome, everyone.\n";

describe("Transcript notices across instances", () => {
  it("HARD-RELAY1: a transcript upload and live captions sent to an instance where nobody has the meeting open reach the open pages on another instance (Redis relay)", async () => {
    const cluster = clusterEnv();
    // A unloads a meeting as soon as its last client leaves: the REST calls below find it closed there.
    const [a, b] = [await startServerProcess({ ...instanceEnv(cluster), UNLOAD_AFTER_MS: "0" }), await startServerProcess(instanceEnv(cluster))];
    const meeting = await createMeetingViaApi(a.url, sampleMeetingRequest());
    const page = connectClient(b.url, meeting);
    const received = subscribeToStatus(page.provider);
    await page.synced;
    // An edit made through A reaching B proves B's room has joined the relay.
    const writer = connectClient(a.url, meeting);
    await writer.synced;
    writeParagraphInSection(writer.doc, "AoB", "Relayed from A.");
    await waitUntil(() => expect(bodyText(page.doc)).toContain("Relayed from A."), 10_000);
    writer.destroy();
    await waitUntil(async () => expect((await (await fetch(`${a.url}/healthz`)).json()).rooms).toBe(0), 10_000);

    const uploaded = await callMeetingApi(a.url, meeting, "/transcript", { method: "POST", role: "noteTaker", body: { text: VTT } });
    expect(uploaded.status).toBe(201);
    await waitUntil(() => expect(received.notices.filter((notice) => notice.kind === "transcript")).toHaveLength(1), 10_000);

    const { token } = (await (await callMeetingApi(a.url, meeting, "/transcript/captioner", { method: "POST" })).json()) as { token: string };
    const captions = await fetch(`${a.url}/api/meetings/${meeting.id}/captions`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ cues: [{ speaker: "Anja Gengo", text: "Live from the call." }] }),
    });
    expect(captions.status).toBe(201);
    await waitUntil(() => expect(received.notices.map((notice) => notice.message)).toContain("1 caption arrived."), 10_000);
  }, 120_000);
});

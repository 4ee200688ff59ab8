import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { connectClient } from "../helpers/collab-client.js";
import { clusterEnv, instanceEnv } from "../helpers/cluster.js";
import { bodyText, writeParagraphInSection } from "../helpers/edit-body.js";
import { callMeetingApi, createMeetingViaApi, exportMarkdown, sampleMeetingRequest } from "../helpers/meetings-api.js";
import { startServerProcess } from "../helpers/server-process.js";
import { subscribeToStatus } from "../helpers/status-messages.js";
import { waitUntil } from "../helpers/wait-until.js";

/** The sentences the test clients wrote (two written into one empty paragraph at once share a line). */
const linesOf = (doc: Y.Doc) => [...bodyText(doc).matchAll(/(?:Anja|Titti|Bob) \d+[^.]*\./g)].map((match) => match[0]);

describe("several instances on one Postgres and one Redis", { timeout: 180_000 }, () => {
  it("MULTI1: note-takers on three instances co-edit live, awareness crosses, links from one instance work on all, readers and exports agree byte for byte", async () => {
    const cluster = clusterEnv();
    const a = await startServerProcess(instanceEnv(cluster));
    const b = await startServerProcess(instanceEnv(cluster));
    const c = await startServerProcess(instanceEnv(cluster));
    const servers = [a, b, c];
    // Made on A: its tokens must open the meeting on B and C (one shared secret).
    const meeting = await createMeetingViaApi(a.url, sampleMeetingRequest());
    const anja = connectClient(a.url, meeting);
    const titti = connectClient(b.url, meeting);
    const bob = connectClient(c.url, meeting);
    await Promise.all([anja.synced, titti.synced, bob.synced]);
    titti.provider.awareness.setLocalStateField("user", { name: "Titti on B" });
    await waitUntil(() => expect([...anja.provider.awareness.getStates().values()].map((state) => state.user?.name)).toContain("Titti on B"));
    for (let i = 0; i < 20; i++) {
      writeParagraphInSection(anja.doc, "AoB", `Anja ${i}.`);
      writeParagraphInSection(titti.doc, "AoB", `Titti ${i}.`);
      writeParagraphInSection(bob.doc, "Activities of the WG Strategy for 2023", `Bob ${i}.`);
    }
    await waitUntil(() => {
      expect(linesOf(anja.doc)).toHaveLength(60);
      expect(bodyText(titti.doc)).toBe(bodyText(anja.doc));
      expect(bodyText(bob.doc)).toBe(bodyText(anja.doc));
    }, 15_000);
    for (const server of servers) {
      const reader = connectClient(server.url, meeting, { role: "viewer" });
      await reader.synced;
      expect(bodyText(reader.doc)).toBe(bodyText(anja.doc));
      reader.destroy();
    }
    const exports = await Promise.all(servers.map((server) => exportMarkdown(server.url, meeting)));
    expect(exports[0]).toContain("Bob 19.");
    expect(new Set(exports).size).toBe(1);
  });

  it("MULTI2: a SIGKILLed instance loses nothing any client received; its clients finish on another instance; it restarts and catches up", async () => {
    const cluster = clusterEnv();
    const a = await startServerProcess(instanceEnv(cluster));
    const b = await startServerProcess(instanceEnv(cluster));
    const meeting = await createMeetingViaApi(a.url, sampleMeetingRequest());
    const writer = connectClient(a.url, meeting);
    const observer = connectClient(b.url, meeting, { role: "viewer" });
    await Promise.all([writer.synced, observer.synced]);
    for (let i = 0; i < 60; i++) writeParagraphInSection(writer.doc, "AoB", `Anja ${i} before the crash.`);
    await waitUntil(() => expect(bodyText(observer.doc)).toContain("Anja 20 before"));
    await a.kill();
    const seen = linesOf(observer.doc);
    // The writer moves to B with its own document (what a browser does after the balancer moves it).
    writer.destroy();
    const moved = connectClient(b.url, meeting, { doc: writer.doc });
    await moved.synced;
    writeParagraphInSection(moved.doc, "AoB", "Anja finished on B.");
    await waitUntil(() => expect(bodyText(observer.doc)).toBe(bodyText(moved.doc)));
    for (const line of seen) expect(bodyText(observer.doc)).toContain(line);

    const restarted = await startServerProcess(instanceEnv(cluster));
    const reader = connectClient(restarted.url, meeting, { role: "viewer" });
    await reader.synced;
    expect(bodyText(reader.doc)).toBe(bodyText(moved.doc));
    writeParagraphInSection(moved.doc, "AoB", "Seen live on the restarted instance.");
    await waitUntil(() => expect(bodyText(reader.doc)).toContain("Seen live on the restarted instance."));
  });

  it("MULTI3: an approval through one instance locks the record on every instance: a writer on another, and one offline during the approval, add nothing stored or broadcast", async () => {
    const cluster = clusterEnv();
    const a = await startServerProcess(instanceEnv(cluster));
    const b = await startServerProcess(instanceEnv(cluster));
    const meeting = await createMeetingViaApi(a.url, sampleMeetingRequest());
    const online = connectClient(b.url, meeting);
    const offline = connectClient(b.url, meeting);
    const observer = connectClient(a.url, meeting, { role: "viewer" });
    await Promise.all([online.synced, offline.synced, observer.synced]);
    const status = subscribeToStatus(online.provider);
    writeParagraphInSection(online.doc, "AoB", "Agreed before the approval.");
    await waitUntil(async () => expect(await exportMarkdown(a.url, meeting)).toContain("Agreed before the approval."));
    offline.provider.disconnect();
    writeParagraphInSection(offline.doc, "AoB", "Typed offline during the approval.");

    expect((await callMeetingApi(a.url, meeting, "/approve", { method: "POST" })).status).toBe(200);
    const approved = await exportMarkdown(a.url, meeting);
    await waitUntil(() => expect(status.notices.map((notice) => notice.kind)).toContain("locked"));
    writeParagraphInSection(online.doc, "AoB", "Typed on B after the approval.");
    offline.provider.connect();
    await waitUntil(() => expect(offline.provider.wsconnected).toBe(true));
    // A sync round-trip through B after both edits: whatever B would relay has been relayed.
    const probe = connectClient(b.url, meeting, { role: "viewer" });
    await probe.synced;
    expect(bodyText(probe.doc)).not.toMatch(/after the approval|during the approval/);
    expect(bodyText(observer.doc)).not.toMatch(/after the approval|during the approval/);
    for (const server of [a, b]) expect(await exportMarkdown(server.url, meeting)).toBe(approved);
    const restarted = await startServerProcess(instanceEnv(cluster));
    expect(await exportMarkdown(restarted.url, meeting)).toBe(approved);
  });

  it("MULTI4: an instance without REDIS_URL refuses to start beside a live one, saying why; once that one is killed it starts", async () => {
    const cluster = clusterEnv();
    const first = await startServerProcess(instanceEnv(cluster));
    const { REDIS_URL: _url, REDIS_PREFIX: _prefix, ...withoutRedis } = cluster;
    await expect(startServerProcess(instanceEnv(withoutRedis))).rejects.toThrow(/REDIS_URL: another instance .* is live on this database/);
    await first.kill();
    const alone = await startServerProcess(instanceEnv(withoutRedis));
    expect((await fetch(`${alone.url}/readyz`)).status).toBe(200);
  });
});

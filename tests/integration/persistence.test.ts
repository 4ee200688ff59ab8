import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { connectClient } from "../helpers/collab-client.js";
import { bodyText, writeParagraphInSection } from "../helpers/edit-body.js";
import { createMeetingViaApi, exportMarkdown, sampleMeetingRequest } from "../helpers/meetings-api.js";
import { startServerProcess } from "../helpers/server-process.js";
import { makeTempDir, startTestServer } from "../helpers/test-server.js";
import { waitUntil } from "../helpers/wait-until.js";

describe("persistence", () => {
  it("PERSIST1: every update a client received survives a SIGKILL of the server", async () => {
    const dataDir = makeTempDir();
    const first = await startServerProcess({ PORT: "0", DATA_DIR: dataDir, COMPACT_AFTER_UPDATES: "25" });
    const meeting = await createMeetingViaApi(first.url, sampleMeetingRequest());
    const writer = connectClient(first.url, meeting);
    const observer = connectClient(first.url, meeting);
    await Promise.all([writer.synced, observer.synced]);

    // The observer only learns of an update from the server's broadcast, which comes after the store.
    for (let i = 0; i < 60; i++) writeParagraphInSection(writer.doc, "AoB", `Sentence ${i} typed before the crash.`);
    await waitUntil(() => expect(bodyText(observer.doc)).toContain("Sentence 30 typed"));
    await first.kill();
    const seenByObserver = bodyText(observer.doc);
    writer.destroy();
    observer.destroy();

    const second = await startServerProcess({ PORT: "0", DATA_DIR: dataDir });
    const reader = connectClient(second.url, meeting);
    await reader.synced;
    const reloaded = bodyText(reader.doc);
    for (const line of seenByObserver.split("\n").filter((line) => line.startsWith("Sentence"))) {
      expect(reloaded, `missing ${line}\nreloaded:\n${reloaded}\n\nobserver:\n${seenByObserver}`).toContain(line);
    }
    await second.kill();
  });

  it("PERSIST2: clients reconnect after a crash and converge, offline edits included", async () => {
    const dataDir = makeTempDir();
    const first = await startServerProcess({ PORT: "0", DATA_DIR: dataDir });
    const meeting = await createMeetingViaApi(first.url, sampleMeetingRequest());
    const anja = connectClient(first.url, meeting);
    const titti = connectClient(first.url, meeting);
    await Promise.all([anja.synced, titti.synced]);
    writeParagraphInSection(anja.doc, "AoB", "Written before the crash.");
    await waitUntil(() => expect(bodyText(titti.doc)).toContain("Written before the crash."));
    await first.kill();

    // Both keep typing while the server is down; their local docs hold the text.
    writeParagraphInSection(anja.doc, "AoB", "Anja typed while the server was down.");
    writeParagraphInSection(titti.doc, "Activities of the WG Strategy for 2023", "Titti typed while the server was down.");

    const second = await startServerProcess({ PORT: String(first.port), DATA_DIR: dataDir });
    await waitUntil(() => {
      expect(bodyText(anja.doc)).toContain("Titti typed while the server was down.");
      expect(bodyText(titti.doc)).toContain("Anja typed while the server was down.");
    }, 15_000);
    expect(bodyText(anja.doc)).toBe(bodyText(titti.doc));
    await waitUntil(async () => expect(await exportMarkdown(second.url, meeting)).toContain("Anja typed while the server was down."));
    anja.destroy();
    titti.destroy();
    await second.kill();
  });

  it("PERSIST3: compaction keeps every update, and a restart loads snapshot plus log", async () => {
    const dataDir = makeTempDir();
    const server = await startTestServer({ dataDir, env: { COMPACT_AFTER_UPDATES: "7", UNLOAD_AFTER_MS: "0" } });
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    const client = connectClient(server.url, meeting);
    await client.synced;
    for (let i = 0; i < 50; i++) writeParagraphInSection(client.doc, "AoB", `Line ${i}.`);
    const expected = bodyText(client.doc);
    await waitUntil(async () => expect(await exportMarkdown(server.url, meeting)).toContain("Line 49."));
    // Compaction runs on a later turn than the write that crossed its threshold.
    await waitUntil(async () => expect((await server.store.loadDocument(meeting.id))!.updates.length).toBeLessThan(50));
    client.destroy();
    await server.close();

    const restarted = await startTestServer({ dataDir });
    const reader = connectClient(restarted.url, meeting);
    await reader.synced;
    expect(bodyText(reader.doc)).toBe(expected);
    expect(Y.encodeStateVector(reader.doc)).toEqual(Y.encodeStateVector(client.doc));
  });
});

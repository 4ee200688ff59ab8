import { threadId } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { LIMITS } from "@rapporteur/shared";
import { connectClient } from "../helpers/collab-client.js";
import { bodyText, writeParagraphInSection } from "../helpers/edit-body.js";
import { createMeetingViaApi, sampleMeetingRequest } from "../helpers/meetings-api.js";
import { startTestServer } from "../helpers/test-server.js";
import { waitUntil } from "../helpers/wait-until.js";

function postImport(serverUrl: string, text: string) {
  return fetch(`${serverUrl}/api/meetings/import`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text }) });
}

/** 2,000,000 characters of a plausible report: a title block, then short paragraphs. */
const largestImport = () => {
  const head = "MAG Working Group on Strategy\nOnline Meeting 12\n16 February 2023\n\n";
  return (head + "The group discussed the work plan and agreed to continue. ".repeat(40_000)).slice(0, LIMITS.maxImportTextChars);
};

describe("Large imports are read off the event loop, within limits", () => {
  it("HARD-IMPORT1: while a 2,000,000-character import is read in a worker thread, another meeting's edit still goes round to its other client", async () => {
    const server = await startTestServer();
    const other = await createMeetingViaApi(server.url, sampleMeetingRequest({ title: "Another meeting" }));
    const [typist, reader] = [connectClient(server.url, other), connectClient(server.url, other)];
    await Promise.all([typist.synced, reader.synced]);

    const importing = postImport(server.url, largestImport());
    await waitUntil(() => expect(server.importReader.running).toBe(1), 20_000, 2);
    writeParagraphInSection(typist.doc, "AoB", "Typed while a big summary was being imported.");
    await waitUntil(() => expect(bodyText(reader.doc)).toContain("Typed while a big summary"), 20_000, 2);
    const roundTripDuringImport = server.importReader.running === 1;

    const response = await importing;
    expect(response.status).toBe(201);
    expect(server.importReader.lastThreadId).toBeGreaterThan(0);
    expect(server.importReader.lastThreadId).not.toBe(threadId);
    expect(roundTripDuringImport).toBe(true);
  }, 120_000);

  it("HARD-IMPORT2: an import with more paragraphs and list items than LIMITS.maxImportBlocks is a 413 import_too_large (a long list used to freeze the server, then overflow the stack)", async () => {
    const server = await startTestServer();
    for (const items of [LIMITS.maxImportBlocks + 1, 130_000]) {
      const response = await postImport(server.url, "1. x\n".repeat(items));
      const body = (await response.json()) as { error: { code: string } };
      expect([response.status, body.error.code]).toEqual([413, "import_too_large"]);
    }
    const fits = await postImport(server.url, "Report\n\n" + "- an item of the list\n".repeat(LIMITS.maxImportBlocks - 10));
    expect(fits.status).toBe(201);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  }, 120_000);

  it("HARD-IMPORT3: a large import still being read after IMPORT_TIMEOUT_MS is a 503 import_timeout with Retry-After; a small one is read at once, and the server stays healthy", async () => {
    const server = await startTestServer({ env: { IMPORT_TIMEOUT_MS: "1" } });
    const response = await postImport(server.url, largestImport());
    expect(response.status).toBe(503);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("import_timeout");
    expect(response.headers.get("retry-after")).toBe("30");
    const small = await postImport(server.url, "MAG Working Group\nOnline Meeting 3\n16 February 2023\n\nAgenda\n1. Welcome\n\n1. Welcome\nThe chair opened the meeting.");
    expect(small.status).toBe(201);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  }, 60_000);

  it("HARD-IMPORT4: past LIMITS.maxQueuedImports waiting imports, another is a 503 import_busy with Retry-After at once; the waiting ones are all created", async () => {
    const server = await startTestServer();
    // Slow to read (one long run of short lines), so the first is still in the worker when the last arrives.
    const text = "Report\n\n" + "a\n".repeat(300_000);
    const waiting = Array.from({ length: LIMITS.maxQueuedImports + 1 }, () => postImport(server.url, text));
    await waitUntil(() => expect(server.importReader.running).toBe(LIMITS.maxQueuedImports + 1), 30_000, 2);
    const refused = await postImport(server.url, text);
    expect(refused.status).toBe(503);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("import_busy");
    expect(refused.headers.get("retry-after")).toBe("30");
    expect((await Promise.all(waiting)).map((response) => response.status)).toEqual(waiting.map(() => 201));
  }, 180_000);
});

import { describe, expect, it } from "vitest";
import { threadId } from "node:worker_threads";
import { connectClient } from "../helpers/collab-client.js";
import { bodyText, writeParagraphInSection } from "../helpers/edit-body.js";
import { callMeetingApi, createMeetingViaApi, sampleMeetingRequest, type TestMeeting } from "../helpers/meetings-api.js";
import { startTestServer, type TestServer } from "../helpers/test-server.js";
import { waitUntil } from "../helpers/wait-until.js";

/** A meeting whose report takes the PDF renderer a few seconds: long unbroken words, many paragraphs. */
async function writeBigReport(server: TestServer, meeting: TestMeeting, paragraphs: number): Promise<void> {
  const writer = connectClient(server.url, meeting);
  await writer.synced;
  for (let index = 0; index < paragraphs; index++) {
    writeParagraphInSection(writer.doc, "AoB", `Paragraph ${index}: ${"word ".repeat(400)}${"x".repeat(4000)}`);
  }
  await waitUntil(async () => expect((await (await callMeetingApi(server.url, meeting, "/export?format=md", { role: "viewer" })).text())).toContain(`Paragraph ${paragraphs - 1}:`), 20_000);
  writer.destroy();
}

describe("PDF and Word render off the event loop, within limits", () => {
  it("EXPORT-W1: while a big PDF renders in a worker thread, another meeting's edit still goes round to its other client", async () => {
    const server = await startTestServer();
    const big = await createMeetingViaApi(server.url, sampleMeetingRequest({ title: "Big report" }));
    const other = await createMeetingViaApi(server.url, sampleMeetingRequest({ title: "Another meeting" }));
    await writeBigReport(server, big, 40);
    const [typist, reader] = [connectClient(server.url, other), connectClient(server.url, other)];
    await Promise.all([typist.synced, reader.synced]);

    const exporting = callMeetingApi(server.url, big, "/export?format=pdf", { role: "viewer" });
    await waitUntil(() => expect(server.exportRenderer.running).toBe(1), 10_000, 2);
    writeParagraphInSection(typist.doc, "AoB", "Typed while the big report was being exported.");
    await waitUntil(() => expect(bodyText(reader.doc)).toContain("Typed while the big report"), 10_000, 2);
    const roundTripDuringExport = server.exportRenderer.running === 1;

    const response = await exporting;
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString()).toBe("%PDF-");
    expect(server.exportRenderer.lastThreadId).toBeGreaterThan(0);
    expect(server.exportRenderer.lastThreadId).not.toBe(threadId);
    expect(roundTripDuringExport).toBe(true);
  });

  it("EXPORT-W2: a report past EXPORT_MAX_CHARS is 413 for PDF and Word (Markdown still served); a rendering past EXPORT_TIMEOUT_MS is stopped with 503", async () => {
    const small = await startTestServer({ env: { EXPORT_MAX_CHARS: "2000" } });
    const meeting = await createMeetingViaApi(small.url, sampleMeetingRequest());
    await writeBigReport(small, meeting, 1);
    for (const format of ["pdf", "docx"]) {
      const response = await callMeetingApi(small.url, meeting, `/export?format=${format}`, { role: "viewer" });
      expect(response.status, format).toBe(413);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe("export_too_large");
    }
    expect((await callMeetingApi(small.url, meeting, "/export?format=md", { role: "viewer" })).status).toBe(200);

    const hurried = await startTestServer({ env: { EXPORT_TIMEOUT_MS: "1" } });
    const slow = await createMeetingViaApi(hurried.url, sampleMeetingRequest());
    await writeBigReport(hurried, slow, 5);
    const response = await callMeetingApi(hurried.url, slow, "/export?format=pdf", { role: "viewer" });
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("30");
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("export_timeout");
    expect((await callMeetingApi(hurried.url, slow, "/export?format=md", { role: "viewer" })).status).toBe(200);
  });

  it("EXPORT-W3: a stored title with a lone surrogate still exports in every format, its file name encoded as RFC 6266/5987 filename*", async () => {
    const server = await startTestServer();
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest({ title: "Réunion 7" }));
    const stored = (await server.store.getMeeting(meeting.id))!;
    await server.store.updateMeeting({ ...stored, title: "Réunion \ud800 7" });
    for (const format of ["md", "pdf", "docx"]) {
      const response = await callMeetingApi(server.url, meeting, `/export?format=${format}`, { role: "viewer" });
      expect(response.status, format).toBe(200);
      expect(response.headers.get("content-disposition")).toBe(
        `attachment; filename="2023-02-16 MAG Working Group on IGF Strengthening and Strategy R?union ? 7 Summary Report.${format}"; ` +
          `filename*=UTF-8''2023-02-16%20MAG%20Working%20Group%20on%20IGF%20Strengthening%20and%20Strategy%20R%C3%A9union%20%EF%BF%BD%207%20Summary%20Report.${format}`,
      );
    }
  });
});

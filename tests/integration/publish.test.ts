import { describe, expect, it } from "vitest";
import { YDOC } from "@rapporteur/shared";
import { connectClient } from "../helpers/collab-client.js";
import { docxText, pdfText } from "../helpers/document-text.js";
import { writeParagraphInSection } from "../helpers/edit-body.js";
import { createMeetingViaApi, exportMarkdown, sampleMeetingRequest } from "../helpers/meetings-api.js";
import { insertAfterHeading, yElement } from "../helpers/minute-blocks-y.js";
import { download, findPublishedLinks, seriesUrl, setPublishing, transition, writeStored } from "../helpers/publish.js";
import { startTestServer } from "../helpers/test-server.js";
import { waitUntil } from "../helpers/wait-until.js";

const SERIES = "MAG Working Group on IGF Strengthening and Strategy";

describe("public archive", () => {
  it("PUBLISH1: only the approved snapshot is public: drafts, reviews, later edits, internal notes, comments and tokens never appear on a public URL", async () => {
    const server = await startTestServer();
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    await setPublishing(server.url, SERIES, true);
    const client = connectClient(server.url, meeting);
    await client.synced;
    writeParagraphInSection(client.doc, "AoB", "Approved sentence about the work plan.");
    insertAfterHeading(client.doc, "AoB", [yElement("internalNote", { id: "note-1" }, ["Internal note: check Munyan spelling"])]);
    client.doc.getMap(YDOC.comments).set("c1", { id: "c1", anchor: "", head: "", quote: "work plan", text: "Comment text never public", author: "Anja", createdAt: new Date().toISOString(), resolved: false, replies: [] });
    await waitUntil(async () => expect(await exportMarkdown(server.url, meeting)).toContain("Approved sentence"));

    const before = await fetch(seriesUrl(server.url, SERIES));
    expect(before.status).toBe(200);
    expect(await before.text()).not.toContain("Approved sentence");
    await transition(server.url, meeting, "submit");
    expect(await (await fetch(seriesUrl(server.url, SERIES))).text()).not.toContain(meeting.title);
    expect(await (await fetch(`${seriesUrl(server.url, SERIES)}feed.atom`)).text()).not.toContain(meeting.title);

    await transition(server.url, meeting, "approve");
    await transition(server.url, meeting, "reopen");
    await writeStored(server.url, meeting, client.doc, "AoB", "Draft sentence typed after the reopen.");

    const links = await findPublishedLinks(server.url, SERIES);
    const pageHtml = await (await fetch(links.page)).text();
    const feed = await (await fetch(`${seriesUrl(server.url, SERIES)}feed.atom`)).text();
    const index = await (await fetch(seriesUrl(server.url, SERIES))).text();
    const pdf = pdfText(await download(links.files.pdf));
    const docx = (await docxText(await download(links.files.docx))).body;
    const md = (await download(links.files.md)).toString("utf8");
    expect(pageHtml).toContain("Approved sentence about the work plan.");
    expect(pdf.replace(/\s+/g, " ")).toContain("Approved sentence about the work plan.");
    expect(docx).toContain("Approved sentence about the work plan.");
    expect(md).toContain("Approved sentence about the work plan.");
    for (const text of [pageHtml, feed, index, pdf, docx, md]) {
      expect(text).not.toContain("Draft sentence typed after the reopen");
      expect(text).not.toContain("Munyan");
      expect(text).not.toContain("Comment text never public");
      for (const token of Object.values(meeting.tokens)) expect(text).not.toContain(token);
    }
    client.destroy();
  });

  it("PUBLISH2: a series with publishing off (the default) answers 404 on every public URL, approved or not", async () => {
    const server = await startTestServer();
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    await createMeetingViaApi(server.url, sampleMeetingRequest({ title: "Online Meeting 52", number: 52, startsAt: "2099-03-02T14:00:00Z" }));
    await transition(server.url, meeting, "approve");
    const series = (await (await fetch(`${server.url}/api/series`)).json()) as { series: Array<{ name: string; publish: boolean }> };
    expect(series.series.find((entry) => entry.name === SERIES)?.publish).toBe(false);
    const base = seriesUrl(server.url, SERIES);
    await setPublishing(server.url, SERIES, true);
    const links = await findPublishedLinks(server.url, SERIES);
    const urls = [base, `${base}feed.atom`, `${base}next.ics`, links.page, links.files.pdf, links.files.md, links.manifest];
    for (const url of urls) expect((await fetch(url)).status, url).toBe(200);
    await setPublishing(server.url, SERIES, false);
    for (const url of urls) expect((await fetch(url)).status, url).toBe(404);
    expect((await fetch(`${server.url}/p/no-such-series/`)).status).toBe(404);
  });
});

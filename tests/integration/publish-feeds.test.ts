import http from "node:http";
import ICAL from "ical.js";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { connectClient } from "../helpers/collab-client.js";
import { foldSpace, pdfText } from "../helpers/document-text.js";
import { writeParagraphInSection } from "../helpers/edit-body.js";
import { ONLINE_MEETING_REPORTS, readFixture002Discussion } from "../helpers/fixture-002.js";
import { callMeetingApi, createMeetingViaApi, exportMarkdown, sampleMeetingRequest } from "../helpers/meetings-api.js";
import { download, fetchManifest, findPublishedLinks, publishTwoRevisions, seriesUrl, setPublishing, sha256Hex, transition } from "../helpers/publish.js";
import { startTestServer } from "../helpers/test-server.js";
import { waitUntil } from "../helpers/wait-until.js";
import { readFixture } from "../unit/parse/fixture-sections.js";

/** A plain GET with exactly these headers. */
function get(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    http.get(url, { headers }, (response) => {
      response.resume();
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers }));
    }).on("error", reject);
  });
}

const SERIES = "MAG Working Group on IGF Strengthening and Strategy";

/** The text of each block of the public report (headings, paragraphs, list items), entities decoded. */
function articleBlocks(html: string): string[] {
  const article = html.slice(html.indexOf("<article"), html.indexOf("</article>"));
  return [...article.matchAll(/<(h[1-6]|p|li)\b[^>]*>([^]*?)<\/\1>/g)]
    .map((match) => foldSpace(match[2]!.replace(/<[^>]+>/g, " ").replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code)))))
    .filter(Boolean);
}

describe("public pages, feed and calendar", () => {
  it.each(ONLINE_MEETING_REPORTS.map((report) => [report.file, report] as const))("PUBLISH3: the public HTML of %s has every paragraph of the PDF, in the same order, and the participants as a real table", async (file, report) => {
    const fixture002Agenda = report.agenda;
    const server = await startTestServer();
    const meeting = await createMeetingViaApi(server.url, {
      series: SERIES, title: "Online Meeting 51", number: 51, startsAt: "2023-02-16T14:00:00Z", moderators: ["Titti Cassa"],
      agenda: fixture002Agenda.map((title) => ({ title })), participantsText: readFixture(file).slice(readFixture(file).indexOf("List of participants")),
    });
    await setPublishing(server.url, SERIES, true);
    const client = connectClient(server.url, meeting);
    await client.synced;
    const sections = readFixture002Discussion(report);
    const plain = (text: string) => text.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1");
    sections.forEach((paragraphs, index) => paragraphs.forEach((paragraph) => writeParagraphInSection(client.doc, fixture002Agenda[index]!, plain(paragraph))));
    await waitUntil(async () => expect(await exportMarkdown(server.url, meeting)).toContain(report.closing));
    await transition(server.url, meeting, "approve");
    client.destroy();

    const links = await findPublishedLinks(server.url, SERIES);
    const page = await (await fetch(links.page)).text();
    const blocks = articleBlocks(page);
    const pdf = pdfText(await download(links.files.pdf), { series: SERIES, title: meeting.title }).replace(/\s+/g, "");
    // The running header (the series' name on every page) is taken out of the PDF's text, and with it the title line that says the same.
    expect(blocks[0]).toBe(SERIES);
    let cursor = 0;
    for (const block of blocks.filter((text) => text !== SERIES)) {
      const at = pdf.indexOf(block.replace(/\s+/g, ""), cursor);
      expect(at, `"${block.slice(0, 60)}" in the PDF after position ${cursor}`).toBeGreaterThanOrEqual(cursor);
      cursor = at + 1;
    }
    for (const paragraph of sections.flat()) expect(blocks).toContain(foldSpace(plain(paragraph)));
    expect(page).toMatch(/<html lang="en">/);
    expect(page).toMatch(new RegExp(`<table class="participants">[^]*<th scope="col">Name</th>[^]*<td>${report.participants[1]!.name}</td>`));
    expect(page).not.toMatch(/<script|style="/);
  });

  it("PUBLISH4: public pages carry an ETag and answer 304 to a matching If-None-Match", async () => {
    const server = await startTestServer();
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    await setPublishing(server.url, SERIES, true);
    await transition(server.url, meeting, "approve");
    const links = await findPublishedLinks(server.url, SERIES);
    for (const url of [seriesUrl(server.url, SERIES), links.page, links.files.pdf, `${seriesUrl(server.url, SERIES)}feed.atom`]) {
      const first = await get(url);
      const etag = first.headers.etag;
      expect(etag, url).toBeTruthy();
      expect(first.headers["cache-control"]).toMatch(/public/);
      // node:http, not fetch: fetch adds "Cache-Control: no-cache" to conditional requests, as its spec says.
      expect((await get(url, { "if-none-match": etag! })).status, url).toBe(304);
      expect((await get(url, { "if-none-match": 'W/"other"' })).status, url).toBe(200);
    }
  });

  it("PUBLISH5: the Atom feed and the next meeting's .ics parse back with libraries; the event starts at the right UTC time", async () => {
    const server = await startTestServer();
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    await setPublishing(server.url, SERIES, true);
    await transition(server.url, meeting, "approve");
    const scheduled = await callMeetingApi(server.url, meeting, "/next", { method: "POST", role: "noteTaker", body: { startsAt: "2099-03-02T15:30:00Z" } });
    expect(scheduled.status).toBe(201);

    const index = await (await fetch(seriesUrl(server.url, SERIES))).text();
    expect(index).toMatch(/<link rel="alternate" type="application\/atom\+xml"[^>]*href="\/p\/[a-z0-9-]+\/feed\.atom">/);
    expect(index).toMatch(/<link rel="alternate" type="text\/calendar"[^>]*href="\/p\/[a-z0-9-]+\/next\.ics">/);

    const feedResponse = await fetch(`${seriesUrl(server.url, SERIES)}feed.atom`);
    expect(feedResponse.headers.get("content-type")).toMatch(/^application\/atom\+xml/);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(await feedResponse.text()) as { feed: { title: string; entry: { title: { "#text": string }; link: { "@_href": string }; updated: string } } };
    expect(feed.feed.title).toContain(SERIES);
    expect(feed.feed.entry.title["#text"]).toContain(meeting.title);
    const links = await findPublishedLinks(server.url, SERIES);
    expect(feed.feed.entry.link["@_href"]).toBe(links.page);
    expect(new Date(feed.feed.entry.updated).toISOString()).toBe((await fetchManifest(links)).statement.approvedAt);

    const calendarResponse = await fetch(`${seriesUrl(server.url, SERIES)}next.ics`);
    expect(calendarResponse.headers.get("content-type")).toMatch(/^text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(await calendarResponse.text()));
    const event = new ICAL.Event(calendar.getFirstSubcomponent("vevent")!);
    expect(event.startDate.toJSDate().toISOString()).toBe("2099-03-02T15:30:00.000Z");
    expect(event.startDate.zone?.tzid).toBe("UTC");
    expect(event.summary).toContain("Online Meeting 52");
  });

  it("PUBLISH6: reopening and approving again publishes Revision 2 beside the original; both are listed and verify; the page shows what changed", async () => {
    const server = await startTestServer();
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    const [first, second] = await publishTwoRevisions(server.url, meeting, ["AoB", "The first text of the decision."], ["AoB", "A correction added after reopening."]);
    const index = await (await fetch(seriesUrl(server.url, SERIES))).text();
    expect(index).toContain("Revision 2");
    expect(index).toContain("Original");
    for (const [links, revision] of [[first, 1], [second, 2]] as const) {
      const manifest = await fetchManifest(links);
      expect(manifest.statement.revision).toBe(revision);
      const pdf = await download(links.files.pdf);
      expect(await (await fetch(`${server.url}/api/verify?sha256=${sha256Hex(pdf)}`)).json()).toMatchObject({ approved: true, statement: { revision } });
    }
    const firstPage = await (await fetch(first.page)).text();
    expect(firstPage).not.toContain("A correction added after reopening.");
    const secondPage = await (await fetch(second.page)).text();
    expect(secondPage).toContain("What changed in Revision 2");
    expect(secondPage).toMatch(/<ins>[^]*A correction added after reopening\.[^]*<\/ins>/);
    expect(secondPage).toContain(`href="${new URL(first.page).pathname}"`);
    // The meeting's own address shows the newest revision.
    expect(await (await fetch(second.page.replace(/\/r\/2$/, ""))).text()).toContain("What changed in Revision 2");
  });
});

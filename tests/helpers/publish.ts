import { createHash } from "node:crypto";
import { expect } from "vitest";
import { slugify, type ApprovalManifest } from "@rapporteur/shared";
import type * as Y from "yjs";
import { connectClient } from "./collab-client.js";
import { writeParagraphInSection } from "./edit-body.js";
import { callMeetingApi, exportMarkdown, type TestMeeting } from "./meetings-api.js";
import { waitUntil } from "./wait-until.js";

export const sha256Hex = (bytes: Uint8Array | string) => createHash("sha256").update(bytes).digest("hex");

/** Turns a series' public archive on or off through the series API, as its owner would. */
export async function setPublishing(serverUrl: string, series: string, publish: boolean): Promise<void> {
  const response = await fetch(`${serverUrl}/api/series`, { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify({ name: series, publish }) });
  expect(response.status, await response.clone().text()).toBe(200);
}

export function seriesUrl(serverUrl: string, series: string): string {
  return `${serverUrl}/p/${slugify(series)}/`;
}

export async function transition(serverUrl: string, meeting: TestMeeting, action: "submit" | "approve" | "reopen"): Promise<void> {
  const response = await callMeetingApi(serverUrl, meeting, `/${action}`, { method: "POST", role: action === "submit" ? "noteTaker" : "chair" });
  expect(response.status, await response.clone().text()).toBe(200);
}

export interface PublishedLinks {
  page: string;
  files: { pdf: string; docx: string; md: string };
  manifest: string;
}

/** The public links of the newest listed revision of a meeting, read from the series page. */
export async function findPublishedLinks(serverUrl: string, series: string, revision = 1): Promise<PublishedLinks> {
  const html = await (await fetch(seriesUrl(serverUrl, series))).text();
  const page = [...html.matchAll(/href="(\/p\/[^"]+\/r\/(\d+))"/g)].find((match) => Number(match[2]) === revision)?.[1];
  expect(page, html).toBeDefined();
  const base = `${serverUrl}${page}`;
  return { page: base, files: { pdf: `${base}/report.pdf`, docx: `${base}/report.docx`, md: `${base}/report.md` }, manifest: `${base}/manifest.json` };
}

export async function download(url: string): Promise<Buffer> {
  const response = await fetch(url);
  expect(response.status, url).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

export async function fetchManifest(links: PublishedLinks): Promise<ApprovalManifest> {
  return (await (await fetch(links.manifest)).json()) as ApprovalManifest;
}

/** The same bytes with one byte changed, by default late in the file: past a Markdown file's front matter. */
export function changeOneByte(bytes: Buffer, at = Math.floor(bytes.length * 0.9)): Buffer {
  const changed = Buffer.from(bytes);
  changed[at] = changed[at]! ^ 0x01;
  return changed;
}

/** Writes a paragraph into a section through a real client and waits until the server has stored it. */
export async function writeStored(serverUrl: string, meeting: TestMeeting, doc: Y.Doc, section: string, text: string): Promise<void> {
  writeParagraphInSection(doc, section, text);
  await waitUntil(async () => expect(await exportMarkdown(serverUrl, meeting)).toContain(text));
}

/**
 * A published series with one report approved twice: `first` written and approved, reopened,
 * `second` written and approved again. Returns the links of both revisions.
 */
export async function publishTwoRevisions(serverUrl: string, meeting: TestMeeting, first: [string, string], second: [string, string]): Promise<[PublishedLinks, PublishedLinks]> {
  await setPublishing(serverUrl, meeting.series, true);
  const client = connectClient(serverUrl, meeting);
  await client.synced;
  await writeStored(serverUrl, meeting, client.doc, ...first);
  await transition(serverUrl, meeting, "approve");
  await transition(serverUrl, meeting, "reopen");
  await writeStored(serverUrl, meeting, client.doc, ...second);
  await transition(serverUrl, meeting, "approve");
  client.destroy();
  return [await findPublishedLinks(serverUrl, meeting.series, 1), await findPublishedLinks(serverUrl, meeting.series, 2)];
}

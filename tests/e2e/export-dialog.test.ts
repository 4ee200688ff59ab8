import fs from "node:fs";
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { openPerson, saveScreenshot } from "../helpers/browser.js";
import { pdfText } from "../helpers/document-text.js";
import { callMeetingApi, createMeetingViaApi, sampleMeetingRequest, type TestMeeting } from "../helpers/meetings-api.js";
import { openMeetingAs, typeUnderHeading } from "../helpers/meeting-page.js";
import { startTestServer, type TestServer } from "../helpers/test-server.js";
import { waitUntil } from "../helpers/wait-until.js";

const FIRST = "Anja presented the draft work plan for 2023.";
const LATER = "Titti added a paragraph after the version was named.";
const PARTICIPANTS = [
  { name: "Anja Gengo", affiliation: "IGF Secretariat" },
  { name: "Wolfgang Kleinwächter", affiliation: "University of Aarhus" },
];

/** Clicks a download button in the dialog and returns the file's suggested name and bytes. */
async function download(page: Page, label: string): Promise<{ name: string; body: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: label }).click()]);
  const saved = await file.path();
  return { name: file.suggestedFilename(), body: fs.readFileSync(saved) };
}

/** Reads a blob: address the page made (the preview), as the page itself would. */
async function readBlob(page: Page, url: string): Promise<{ type: string; body: Buffer }> {
  const read = await page.evaluate(async (address) => {
    const blob = await (await fetch(address)).blob();
    let binary = "";
    for (const byte of new Uint8Array(await blob.arrayBuffer())) binary += String.fromCharCode(byte);
    return { type: blob.type, base64: btoa(binary) };
  }, url);
  return { type: read.type, body: Buffer.from(read.base64, "base64") };
}

describe("export dialog", () => {
  let server: TestServer;
  let meeting: TestMeeting;
  let page: Page;

  beforeAll(async () => {
    server = await startTestServer();
    meeting = await createMeetingViaApi(server.url, sampleMeetingRequest({ participants: PARTICIPANTS }));
    page = (await openPerson()).page;
    await openMeetingAs(page, meeting.links.noteTaker, "Anja Gengo");
    await typeUnderHeading(page, "Activities of the WG Strategy", FIRST);
    await waitUntil(async () => expect(await page.getByTestId("connection-status").innerText()).toBe("Saved"), 10_000);
  });

  it("EXPORT-UI1: the dialog previews the PDF inline and downloads each format under the report's file name", async () => {
    await page.getByRole("button", { name: "Export…" }).click();
    const preview = page.getByTitle("Preview of the PDF export");
    await preview.waitFor();
    // The preview is a blob: address of a PDF fetched with the token in a header (UI-TICKET1).
    const previewUrl = String(await preview.getAttribute("src"));
    expect(previewUrl).toMatch(/^blob:/);
    const inline = await readBlob(page, previewUrl);
    expect(inline.type).toBe("application/pdf");
    expect(pdfText(inline.body)).toContain(FIRST);
    await page.waitForTimeout(1500);
    await saveScreenshot(page, "e2e-export-dialog");

    const pdf = await download(page, "Download PDF");
    expect(pdf.name).toBe("2023-02-16 MAG Working Group on IGF Strengthening and Strategy Online Meeting 51 Summary Report.pdf");
    expect(pdfText(pdf.body)).toContain("Wolfgang Kleinwächter");
    const word = await download(page, "Download Word");
    expect(word.name).toMatch(/Online Meeting 51 Summary Report\.docx$/);
    expect(word.body.subarray(0, 2).toString()).toBe("PK");
    const markdown = await download(page, "Download Markdown");
    expect(markdown.name).toMatch(/Online Meeting 51 Summary Report\.md$/);
    expect(markdown.body.toString()).toContain(FIRST);
  });

  it("EXPORT-UI2: unticking the participants annex and ticking front matter change what is exported", async () => {
    await page.getByLabel("Participants annex").uncheck();
    await page.getByLabel("YAML front matter (Markdown)").check();
    const markdown = (await download(page, "Download Markdown")).body.toString();
    expect(markdown.startsWith("---\n")).toBe(true);
    expect(markdown).not.toContain("Kleinwächter");
    const preview = page.getByTitle("Preview of the PDF export");
    await waitUntil(async () => expect(pdfText((await readBlob(page, String(await preview.getAttribute("src")))).body)).not.toContain("Kleinwächter"));
    await page.getByLabel("Participants annex").check();
    await page.getByLabel("YAML front matter (Markdown)").uncheck();
  });

  it("EXPORT-UI3: a saved version exports as it was, its file name marked with the version", async () => {
    const named = await callMeetingApi(server.url, meeting, "/versions", { method: "POST", body: { name: "Before the AoB" }, role: "noteTaker" });
    expect(named.status).toBe(201);
    const { version } = (await named.json()) as { version: { version: number } };
    await page.getByRole("button", { name: "Close the export dialog" }).click();
    await typeUnderHeading(page, "AoB", LATER);
    await waitUntil(async () => expect(await page.getByTestId("connection-status").innerText()).toBe("Saved"), 10_000);

    await page.getByRole("button", { name: "Export…" }).click();
    const versionSelect = page.getByLabel("Version");
    await waitUntil(async () => expect(await versionSelect.locator("option").allInnerTexts()).toContainEqual(expect.stringContaining("Before the AoB")));
    await versionSelect.selectOption(String(version.version));
    const old = await download(page, "Download Markdown");
    expect(old.name).toMatch(new RegExp(`Summary Report v${version.version}\\.md$`));
    expect(old.body.toString()).toContain(FIRST);
    expect(old.body.toString()).not.toContain(LATER);

    await versionSelect.selectOption("");
    expect((await download(page, "Download Markdown")).body.toString()).toContain(LATER);
  });
});

import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { openPerson, saveScreenshot } from "../helpers/browser.js";
import { callMeetingApi, createMeetingViaApi, sampleMeetingRequest } from "../helpers/meetings-api.js";
import { openMeetingAs } from "../helpers/meeting-page.js";
import { startTestServer, type TestServer } from "../helpers/test-server.js";
import { waitUntil } from "../helpers/wait-until.js";

const AGENDA = "1. Adoption of the agenda\n2. Work plan for 2026\n3. AoB";
const PEOPLE = "Anja Gengo (IGF Secretariat)\nTitti Cassa, Government of Italy, Co-chair";

const editorOf = (page: Page) => page.locator(".ProseMirror");

async function fillFacts(page: Page, title: string): Promise<void> {
  await page.getByLabel("Series (working group)").fill("Coalition on Accessibility");
  await page.getByLabel("Meeting title").fill(title);
  await page.getByLabel("Date").fill("2026-03-05");
}

describe("the first hour: set-up, downloads, approval (UI-)", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });

  it("UI-PASTE1: an agenda and participant list pasted on /new are in the created meeting without clicking “Use …”; a hand-made agenda blocks Create with a message instead of being replaced", async () => {
    const { page } = await openPerson();
    await page.goto(`${server.url}/new`);
    await fillFacts(page, "Call 1");
    await page.getByLabel("Paste the agenda").fill(AGENDA);
    await page.getByLabel("Paste the participant list").fill(PEOPLE);
    await page.getByRole("button", { name: "Create meeting" }).click();
    await page.waitForURL(/\/m\/[A-Za-z0-9_-]{22}$/);
    await page.getByLabel("Name", { exact: true }).fill("Anja Gengo");
    await page.getByRole("button", { name: "Continue" }).click();
    await waitUntil(async () => expect(await editorOf(page).locator("h3").allInnerTexts()).toEqual(["1. Adoption of the agenda", "2. Work plan for 2026", "3. AoB"]), 10_000);
    await waitUntil(async () => expect(await editorOf(page).locator(".participants-annex").innerText()).toContain("Titti Cassa"), 10_000);

    // A list typed by hand and a different paste: Create says what would be lost, and creates nothing.
    await page.goto(`${server.url}/new`);
    await fillFacts(page, "Call 2");
    await page.getByRole("textbox", { name: "Agenda item 1", exact: true }).fill("Typed by hand");
    await page.getByLabel("Paste the agenda").fill(AGENDA);
    await page.getByRole("button", { name: "Create meeting" }).click();
    await waitUntil(async () => expect(await page.locator(".form-actions .field-error").innerText()).toContain("The pasted agenda (3 entries) is not in the list below"));
    expect(new URL(page.url()).pathname).toBe("/new");
    const listed = await (await fetch(`${server.url}/api/meetings`)).json() as { meetings: Array<{ title: string }> };
    expect(listed.meetings.map((meeting) => meeting.title)).not.toContain("Call 2");
  });

  it("UI-TICKET1: no address the page uses or shows carries a token: the invitation's ?token= leaves the address bar, the preview and downloads go through headers, and the API refuses a token in its URL", async () => {
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    const { page } = await openPerson();
    const requested: string[] = [];
    page.on("request", (request) => requested.push(request.url()));
    await openMeetingAs(page, meeting.links.chair, "Titti Cassa");
    expect(page.url()).not.toContain("token");
    await page.getByRole("button", { name: "Export…" }).click();
    const preview = page.getByTitle("Preview of the PDF export");
    await preview.waitFor({ timeout: 15_000 });
    expect(await preview.getAttribute("src")).toMatch(/^blob:/);
    const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download PDF" }).click()]);
    expect(file.url()).toMatch(/^blob:/);
    const dialogAddresses = await page.locator("dialog [href], dialog [src]").evaluateAll((nodes) => nodes.map((node) => node.getAttribute("href") ?? node.getAttribute("src") ?? ""));
    // The invitation link itself is the one address with a token: what the person was sent.
    const used = requested.filter((url) => url !== meeting.links.chair && !url.includes("/collab"));
    for (const address of [...dialogAddresses, ...used]) expect(address).not.toMatch(/token=/);

    const inUrl = await fetch(`${server.url}/api/meetings/${meeting.id}/export?format=md&token=${meeting.tokens.chair}`);
    expect(inUrl.status).toBe(401);
  });

  it("UI-BANNER1: an approved report opens with “Approved by NAME on DATE (version N)”, and no “not applied” until a change is really refused", async () => {
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    expect((await callMeetingApi(server.url, meeting, "/submit", { method: "POST" })).status).toBe(200);
    const approved = await fetch(`${server.url}/api/meetings/${meeting.id}/approve`, {
      method: "POST",
      headers: { authorization: `Bearer ${meeting.tokens.chair}`, "content-type": "application/json", "x-rapporteur-user": "Titti Cassa" },
      body: "{}",
    });
    expect(approved.status).toBe(200);
    const approval = (await (await callMeetingApi(server.url, meeting, "/approval")).json()) as { approval: { version: number; approvedAt: string } };

    const { page } = await openPerson();
    await openMeetingAs(page, meeting.links.noteTaker, "Anja Gengo");
    const banner = page.getByTestId("approved-banner");
    const day = approval.approval.approvedAt.slice(0, 10);
    await waitUntil(async () => expect(await banner.innerText()).toContain(`Approved by Titti Cassa on ${day}`), 10_000);
    expect(await banner.innerText()).toContain(`(version ${approval.approval.version})`);
    await waitUntil(async () => expect(await page.getByTestId("connection-status").innerText()).not.toBe("Connecting…"), 10_000);
    // The first sync (which changes nothing) has been answered by now.
    await page.getByRole("tab", { name: "History" }).click();
    await page.getByRole("list", { name: "Versions" }).waitFor();
    expect(await page.locator("body").innerText()).not.toContain("not applied");
    await saveScreenshot(page, "e2e-ui-approved-banner");
  });
});

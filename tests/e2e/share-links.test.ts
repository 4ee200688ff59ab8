import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openPerson, saveScreenshot } from "../helpers/browser.js";
import { openMeetingAs } from "../helpers/meeting-page.js";
import { createMeetingViaApi, sampleMeetingRequest } from "../helpers/meetings-api.js";
import { startTestServer } from "../helpers/test-server.js";
import { waitUntil } from "../helpers/wait-until.js";

/** A person whose browser lets the page use the clipboard (as a click on "Copy" does for a real user). */
async function openPersonWithClipboard(origin: string, viewport?: { width: number; height: number }): Promise<Page> {
  const { context, page } = await openPerson(viewport ? { viewport } : {});
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
  return page;
}

/** The role pill of the meeting header ("Chair", "Note-taker", "Viewer"). */
async function rolePill(page: Page): Promise<string> {
  const pills = await page.locator(".meeting-status .pill").allInnerTexts();
  return pills.find((text) => ["Chair", "Note-taker", "Viewer"].includes(text)) ?? "";
}

async function copyLink(page: Page, name: string): Promise<string> {
  const dialog = page.getByRole("dialog", { name: "Share this meeting" });
  await dialog.getByRole("button", { name: `Copy the ${name} link` }).click();
  await dialog.getByText(`${name} link copied`).waitFor({ state: "attached" });
  return page.evaluate(() => navigator.clipboard.readText());
}

/** The role a link opens its meeting with, as the server answers it (undefined when refused). */
async function roleOfLink(link: string): Promise<string | undefined> {
  const url = new URL(link);
  const response = await fetch(`${url.origin}/api${url.pathname.replace(/^\/m\//, "/meetings/")}`, {
    headers: { authorization: `Bearer ${url.searchParams.get("token")}` },
  });
  return response.ok ? ((await response.json()) as { role: string }).role : undefined;
}

/** "Schedule next…" with the proposed date, then wait to land in meeting 52. */
async function scheduleNextAndLand(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Schedule next…" }).click();
  await page.getByRole("dialog", { name: "Schedule the next meeting" }).getByRole("button", { name: "Create the next meeting" }).click();
  await waitUntil(async () => expect(await page.locator(".meeting-title h1").innerText()).toBe("Online Meeting 52"), 10_000);
}

const REPLACED = "This invitation link was replaced";

describe("sharing invitation links from the meeting page", () => {
  it("SHARE-UI1: the chair link in a fresh browser shows Share with the three links; Copy confirms; after Replace the old note-taker link shows the no-access message, open or opened anew", async () => {
    const server = await startTestServer();
    // Created elsewhere (another browser, or by a script): this browser holds only the chair link.
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    const chair = await openPersonWithClipboard(server.url, { width: 1280, height: 800 });
    await openMeetingAs(chair, meeting.links.chair, "Titti Cassa");
    const noteTaker = (await openPerson()).page;
    await openMeetingAs(noteTaker, meeting.links.noteTaker, "Anja Gengo");

    await chair.getByRole("button", { name: "Share…" }).click();
    const dialog = chair.getByRole("dialog", { name: "Share this meeting" });
    for (const role of ["Chair", "Note-taker", "Viewer"]) await dialog.getByRole("button", { name: `Copy the ${role} link` }).waitFor();
    expect(await dialog.innerText()).toContain("Approves the report");
    const copied = await copyLink(chair, "Note-taker");
    expect(new URL(copied).pathname).toBe(`/m/${meeting.id}`);
    expect(await roleOfLink(copied)).toBe("noteTaker");
    expect(await dialog.getByRole("button", { name: "Copy the Note-taker link" }).innerText()).toContain("Copied");
    await saveScreenshot(chair, "share-dialog-1280");

    await dialog.getByRole("button", { name: "Replace links…" }).click();
    const confirmation = dialog.getByRole("group", { name: /Replace the note-taker and viewer links\?/ });
    expect(await confirmation.innerText()).toContain("stop working immediately");
    await saveScreenshot(chair, "share-dialog-replace-1280");
    await confirmation.getByRole("button", { name: "Replace links" }).click();
    await dialog.getByText("Links replaced").waitFor();

    // The page already open with the old link, and the old link opened in a new browser, both say so.
    await noteTaker.getByRole("heading", { name: REPLACED }).waitFor({ timeout: 10_000 });
    const late = (await openPerson()).page;
    await late.goto(meeting.links.noteTaker);
    await late.getByRole("heading", { name: REPLACED }).waitFor({ timeout: 10_000 });

    // The new link works; the chair's own (not replaced) goes on.
    const newLink = await copyLink(chair, "Note-taker");
    expect(await roleOfLink(copied)).toBeUndefined();
    expect(await roleOfLink(newLink)).toBe("noteTaker");
    const colleague = (await openPerson()).page;
    await openMeetingAs(colleague, newLink, "Jorge Echeberría");
    expect(await rolePill(colleague)).toBe("Note-taker");
    await dialog.getByRole("button", { name: "Close" }).click();
    expect(await chair.getByTestId("connection-status").innerText()).not.toContain("Link not valid");
  });

  it("SHARE-UI3: a note-taker's Share dialog has no chair link and no Replace; a viewer has no Share; the dialog fits 420 px", async () => {
    const server = await startTestServer();
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    const noteTaker = await openPersonWithClipboard(server.url);
    await openMeetingAs(noteTaker, meeting.links.noteTaker, "Anja Gengo");
    await noteTaker.getByRole("button", { name: "Share…" }).click();
    const dialog = noteTaker.getByRole("dialog", { name: "Share this meeting" });
    expect(await roleOfLink(await copyLink(noteTaker, "Viewer"))).toBe("viewer");
    expect(await roleOfLink(await copyLink(noteTaker, "Note-taker"))).toBe("noteTaker");
    expect(await dialog.getByRole("button", { name: "Copy the Chair link" }).count()).toBe(0);
    expect(await dialog.getByRole("button", { name: "Replace links…" }).count()).toBe(0);

    const viewer = (await openPerson()).page;
    await openMeetingAs(viewer, meeting.links.viewer, "Observer");
    await viewer.getByRole("button", { name: "Export…" }).waitFor();
    expect(await viewer.getByRole("button", { name: "Share…" }).count()).toBe(0);

    const phone = await openPersonWithClipboard(server.url, { width: 420, height: 800 });
    await openMeetingAs(phone, meeting.links.chair, "Titti Cassa");
    await phone.getByRole("button", { name: "Share…" }).click();
    const narrow = phone.getByRole("dialog", { name: "Share this meeting" });
    await narrow.getByRole("button", { name: "Copy the Viewer link" }).waitFor();
    await copyLink(phone, "Chair");
    await saveScreenshot(phone, "share-dialog-420");
    const box = (await narrow.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(420);
    expect(await narrow.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
  });
});

describe("schedule next keeps everyone's role", () => {
  it("SHARE-UI2: a note-taker who schedules the next meeting lands in it as note-taker; this meeting's chair, from another browser, finds the next meeting's chair link in Share", async () => {
    const server = await startTestServer();
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    const noteTaker = (await openPerson()).page;
    await openMeetingAs(noteTaker, meeting.links.noteTaker, "Anja Gengo");
    await scheduleNextAndLand(noteTaker);
    expect(await rolePill(noteTaker)).toBe("Note-taker");
    const nextId = new URL(noteTaker.url()).pathname.split("/").pop();

    const chair = (await openPerson()).page;
    await openMeetingAs(chair, meeting.links.chair, "Titti Cassa");
    await chair.getByRole("button", { name: "Share…" }).click();
    const next = chair.getByRole("region", { name: "Next meeting: Online Meeting 52" });
    await next.getByRole("button", { name: "Copy the Next meeting chair link" }).waitFor();
    await next.getByRole("link", { name: "Open it as chair" }).click();
    await waitUntil(async () => expect(await chair.locator(".meeting-title h1").innerText()).toBe("Online Meeting 52"), 10_000);
    expect(new URL(chair.url()).pathname).toBe(`/m/${nextId}`);
    expect(await rolePill(chair)).toBe("Chair");
  });

  it("SHARE-UI2: the chair who schedules the next meeting lands in it as chair", async () => {
    const server = await startTestServer();
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    const chair = (await openPerson()).page;
    await openMeetingAs(chair, meeting.links.chair, "Titti Cassa");
    await scheduleNextAndLand(chair);
    expect(await rolePill(chair)).toBe("Chair");
    await chair.getByRole("button", { name: "Share…" }).click();
    await chair.getByRole("dialog", { name: "Share this meeting" }).getByRole("button", { name: "Copy the Chair link" }).waitFor();
  });
});

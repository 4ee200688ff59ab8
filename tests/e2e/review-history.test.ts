import type { Locator, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { ApprovalSchema } from "@rapporteur/shared";
import { openPerson, saveScreenshot } from "../helpers/browser.js";
import { callMeetingApi, sampleMeetingRequest, type TestMeeting } from "../helpers/meetings-api.js";
import { openMeetingAs, typeUnderHeading } from "../helpers/meeting-page.js";
import { openNoteTakerAndChair, type Person } from "../helpers/note-taker-and-chair.js";
import type { TestServer } from "../helpers/test-server.js";
import { waitUntil } from "../helpers/wait-until.js";

const PARTICIPANTS = [
  { name: "Anja Gengo", affiliation: "IGF Secretariat", role: "Secretariat" },
  { name: "Titti Cassa", affiliation: "Government of Italy" },
];
const TYPED = "The WG reviewed the draft work plan for 2023.";
const ACTION = "Book the room for March.";
const CHANGES = "Please give the date of the next meeting.";
const ADDED = "The WG adopted the work plan unanimously.";
// A page learns of a review step from the server: its own from the answer, another page's from the live notice.
const NOTICE_WAIT_MS = 15_000;

const editorOf = (page: Page) => page.locator(".ProseMirror");
const openTab = (page: Page, title: string) => page.getByRole("tab", { name: title }).click();
const panelOf = (page: Page) => page.getByRole("tabpanel");
const statusOf = (page: Page) => page.getByTestId("review-status").innerText();
const waitForStatus = (page: Page, status: string, timeoutMs = NOTICE_WAIT_MS) =>
  waitUntil(async () => expect(await statusOf(page)).toBe(status), timeoutMs, 200);
const isVisible = (locator: Locator) => locator.isVisible();

async function submitAnyway(page: Page): Promise<void> {
  await openTab(page, "Review");
  await panelOf(page).getByRole("button", { name: "Submit for review…" }).click();
  await panelOf(page).getByRole("button", { name: "Submit anyway" }).click();
  await waitForStatus(page, "In review");
}

/** Selects `length` characters ending `fromEnd` characters before the caret and comments on them. */
async function commentOnLastWords(page: Page, fromEnd: number, length: number, text: string): Promise<void> {
  for (let i = 0; i < fromEnd; i += 1) await page.keyboard.press("ArrowLeft");
  for (let i = 0; i < length; i += 1) await page.keyboard.press("Shift+ArrowLeft");
  await page.getByRole("button", { name: "Comment on the selected text" }).click();
  const form = page.getByRole("form", { name: "New comment" });
  await form.getByLabel("Comment").fill(text);
  await form.getByRole("button", { name: "Save comment" }).click();
  await waitUntil(async () => expect(await form.count()).toBe(0));
}

describe("review and history panels", () => {
  let server: TestServer;
  let meeting: TestMeeting;
  let chair: Person;
  let noteTaker: Person;

  beforeAll(async () => {
    ({ server, meeting, noteTaker, chair } = await openNoteTakerAndChair(sampleMeetingRequest({ participants: PARTICIPANTS })));
  });

  it("REVIEW-UI1: before submitting, the note-taker sees the checks as a list; a warning jumps to its place in the text", async () => {
    const page = noteTaker.page;
    await typeUnderHeading(page, "Activities of the WG Strategy", TYPED);
    await commentOnLastWords(page, " for 2023.".length, "draft work plan".length, "Which draft: June or July?");
    await typeUnderHeading(page, "AoB", `action: ${ACTION}`);
    await waitUntil(async () => expect(await editorOf(chair.page).innerText()).toContain(ACTION), 10_000);

    await openTab(page, "Review");
    expect(await statusOf(page)).toBe("Drafting");
    await panelOf(page).getByRole("button", { name: "Submit for review…" }).click();
    const warnings = panelOf(page).getByRole("list", { name: "Pre-submission warnings" });
    await waitUntil(async () => expect(await warnings.innerText()).toContain(`Action "${ACTION}" has no owner`));
    expect(await warnings.innerText()).toContain("The next meeting has no date");
    await saveScreenshot(page, "e2e-review-checks");

    await warnings.getByRole("button", { name: `Go to: Action "${ACTION}" has no owner` }).click();
    const caretInAction = () => page.evaluate(() => {
      const node = window.getSelection()?.anchorNode;
      return (node instanceof Element ? node : node?.parentElement)?.closest(".action-item-view")?.textContent ?? "";
    });
    await waitUntil(async () => expect(await caretInAction()).toContain(ACTION));
    await warnings.getByRole("button", { name: /Go to: Unresolved comment by Anja Gengo/ }).click();
    const caretParagraph = () => page.evaluate(() => {
      const node = window.getSelection()?.anchorNode;
      return (node instanceof Element ? node : node?.parentElement)?.closest("p")?.textContent ?? "";
    });
    await waitUntil(async () => expect(await caretParagraph()).toContain(TYPED));

    await panelOf(page).getByRole("button", { name: "Submit anyway" }).click();
    await waitForStatus(page, "In review");
  });

  it("REVIEW-UI2: the chair requests changes with a required comment; the note-taker's page shows the comment", async () => {
    const page = chair.page;
    await openTab(page, "Review");
    await waitForStatus(page, "In review");
    await panelOf(page).getByRole("button", { name: "Request changes…" }).click();
    await panelOf(page).getByRole("button", { name: "Send request for changes" }).click();
    expect(await panelOf(page).getByText("Say what should change").isVisible()).toBe(true);
    await saveScreenshot(page, "e2e-review-request-changes-empty");
    await panelOf(page).getByLabel("What should change?").fill(CHANGES);
    await panelOf(page).getByRole("button", { name: "Send request for changes" }).click();
    await waitForStatus(page, "Changes requested");

    const note = panelOf(noteTaker.page).getByRole("note", { name: "Changes requested by the chair" });
    await waitUntil(async () => expect(await note.innerText()).toContain(CHANGES), NOTICE_WAIT_MS, 200);
    expect(await note.innerText()).toContain("Titti Cassa");
    expect(await statusOf(noteTaker.page)).toBe("Changes requested");
    await saveScreenshot(noteTaker.page, "e2e-review-changes-requested");
    const banner = noteTaker.page.getByRole("status").filter({ hasText: `Titti Cassa requested changes: ${CHANGES}` });
    await banner.waitFor();
    await banner.getByRole("button", { name: "Dismiss" }).click();
    await waitUntil(async () => expect(await banner.count()).toBe(0));
  });

  it("REVIEW-UI3: after a resubmission the chair approves, and the note-taker's open editor turns read-only live with the reason, keeping its text", async () => {
    await submitAnyway(noteTaker.page);
    const page = chair.page;
    await waitForStatus(page, "In review");
    await panelOf(page).getByRole("button", { name: "Approve…" }).click();
    const confirm = panelOf(page).getByRole("group", { name: "Confirm approval" });
    expect(await confirm.innerText()).toMatch(/lock/i);
    await saveScreenshot(page, "e2e-review-approve-confirm");
    expect(await editorOf(noteTaker.page).getAttribute("contenteditable")).toBe("true");
    await confirm.getByRole("button", { name: "Approve and lock" }).click();

    const other = noteTaker.page;
    await waitUntil(async () => expect(await editorOf(other).getAttribute("contenteditable")).toBe("false"), NOTICE_WAIT_MS);
    // The banner names the approval (UI-BANNER1) and says why the text no longer takes changes.
    const banner = other.getByTestId("approved-banner");
    await waitUntil(async () => expect(await banner.innerText()).toMatch(/Approved by Titti Cassa on .*\(version \d+\)\.[\s\S]*locked/), NOTICE_WAIT_MS);
    expect(await editorOf(other).innerText()).toContain(TYPED);

    const approval = ApprovalSchema.parse(((await (await callMeetingApi(server.url, meeting, "/approval", { role: "viewer" })).json()) as { approval: unknown }).approval);
    const summary = panelOf(other).getByLabel("Last approval");
    await waitUntil(async () => expect(await summary.innerText()).toContain(`v${approval.version}`), NOTICE_WAIT_MS);
    expect(await summary.innerText()).toContain("Titti Cassa");
    expect(await summary.innerText()).toContain(approval.sha256.slice(0, 12));
    expect(await summary.innerText()).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);
    expect(await isVisible(panelOf(other).getByRole("button", { name: "Submit for review…" }))).toBe(false);
    await saveScreenshot(other, "e2e-review-approved-locked");
    await saveScreenshot(page, "e2e-review-chair-approved");
  });

  it("REVIEW-UI3b: a viewer sees the status and the approval, and no review or history controls", async () => {
    const viewer = await openPerson();
    await openMeetingAs(viewer.page, meeting.links.viewer, "Amrita Choudhury");
    await openTab(viewer.page, "Review");
    await waitForStatus(viewer.page, "Approved");
    expect(await panelOf(viewer.page).getByLabel("Last approval").innerText()).toContain("Titti Cassa");
    expect(await panelOf(viewer.page).getByRole("button").count()).toBe(0);
    await openTab(viewer.page, "History");
    await waitUntil(async () => expect(await panelOf(viewer.page).getByRole("list", { name: "Versions" }).innerText()).toContain("Approved"));
    expect(await panelOf(viewer.page).getByLabel("Name this version").count()).toBe(0);
    expect(await panelOf(viewer.page).getByRole("button", { name: /^Restore/ }).count()).toBe(0);
    await viewer.context.close();
  });

  it("REVIEW-UI4: History lists the approval version and the audit log; a version opens read-only", async () => {
    const page = noteTaker.page;
    await openTab(page, "History");
    const versions = panelOf(page).getByRole("list", { name: "Versions" });
    await waitUntil(async () => expect(await versions.innerText()).toMatch(/v\d+ Approved/));
    // The audit log is a query of its own, shown empty until it answers: the versions being there says nothing about it.
    const audit = panelOf(page).getByRole("list", { name: "Audit log" });
    await waitUntil(async () => {
      const log = await audit.innerText();
      expect(log).toMatch(/Anja Gengo \(Note-taker\) submitted for review/);
      expect(log).toMatch(/Titti Cassa \(Chair\) requested changes/);
      expect(log).toContain(CHANGES);
      expect(log).toMatch(/Titti Cassa \(Chair\) approved/);
    }, NOTICE_WAIT_MS);
    expect(await isVisible(panelOf(page).getByRole("button", { name: /^Restore version/ }).first())).toBe(false);

    const approved = versions.getByRole("listitem").filter({ hasText: "Approved" }).first();
    await approved.getByRole("button", { name: /^View version/ }).click();
    const dialog = page.getByRole("dialog");
    await waitUntil(async () => expect(await dialog.innerText()).toContain(TYPED));
    expect(await dialog.locator("[contenteditable='true']").count()).toBe(0);
    await saveScreenshot(page, "e2e-history-view-version");
    await dialog.getByRole("button", { name: "Close" }).click();
  });

  it("REVIEW-UI5: after the chair reopens, a named version compared with the approved one shows the inserted words in <ins>", async () => {
    await openTab(chair.page, "Review");
    await panelOf(chair.page).getByRole("button", { name: "Reopen for editing" }).click();
    await waitForStatus(chair.page, "Drafting");
    const page = noteTaker.page;
    await waitUntil(async () => expect(await editorOf(page).getAttribute("contenteditable")).toBe("true"), NOTICE_WAIT_MS);

    await editorOf(page).locator("p", { hasText: TYPED }).click();
    await page.keyboard.press("End");
    await page.keyboard.type(` ${ADDED}`, { delay: 5 });
    await waitUntil(async () => expect(await editorOf(chair.page).innerText()).toContain(ADDED), 10_000);

    await openTab(page, "History");
    await panelOf(page).getByLabel("Name this version").fill("After the adoption");
    await panelOf(page).getByRole("button", { name: "Save" }).click();
    const versions = panelOf(page).getByRole("list", { name: "Versions" });
    await waitUntil(async () => expect(await versions.innerText()).toContain("After the adoption"));

    const numberOf = async (text: string) => Number(await versions.getByRole("listitem").filter({ hasText: text }).first().getAttribute("data-version"));
    const approvedVersion = await numberOf("Approved");
    const namedVersion = await numberOf("After the adoption");
    await panelOf(page).getByLabel("Compare from version").selectOption(String(approvedVersion));
    await panelOf(page).getByLabel("Compare to version").selectOption(String(namedVersion));
    await panelOf(page).getByRole("button", { name: "Compare" }).click();
    const dialog = page.getByRole("dialog", { name: `Changes from version ${approvedVersion} to version ${namedVersion}` });
    await waitUntil(async () => expect((await dialog.locator(".diff ins").allInnerTexts()).join("")).toContain("adopted the work plan unanimously."));
    await saveScreenshot(page, "e2e-history-diff");
    expect((await dialog.locator(".diff del").allInnerTexts()).join("")).not.toContain("reviewed");
    await dialog.getByRole("button", { name: "Close" }).click();
  });

  it("REVIEW-UI6: restoring the approved version (after a confirm) changes the text back on both pages and is in the audit log", async () => {
    const page = noteTaker.page;
    const versions = panelOf(page).getByRole("list", { name: "Versions" });
    const approved = versions.getByRole("listitem").filter({ hasText: "Approved" }).first();
    const number = await approved.getAttribute("data-version");
    await approved.getByRole("button", { name: `Restore version ${number}…` }).click();
    await approved.getByRole("button", { name: `Restore version ${number}`, exact: true }).click();

    for (const { page: each } of [noteTaker, chair]) {
      await waitUntil(async () => expect(await editorOf(each).innerText()).not.toContain(ADDED), 10_000);
      expect(await editorOf(each).innerText()).toContain(TYPED);
    }
    const audit = panelOf(page).getByRole("list", { name: "Audit log" });
    await waitUntil(async () => expect(await audit.innerText()).toMatch(new RegExp(`Anja Gengo \\(Note-taker\\) restored a version[\\s\\S]*restored version ${number}`)));
    await saveScreenshot(page, "e2e-history-restored");
  });
});

import type { BrowserContext, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { openPerson, saveScreenshot } from "../helpers/browser.js";
import { connectClient } from "../helpers/collab-client.js";
import { createMeetingViaApi, exportMarkdown, sampleMeetingRequest, type TestMeeting } from "../helpers/meetings-api.js";
import { openMeetingAs } from "../helpers/meeting-page.js";
import { startTestServer, type TestServer } from "../helpers/test-server.js";
import { waitUntil } from "../helpers/wait-until.js";

type Person = { context: BrowserContext; page: Page; name: string; role: string };

const AGENDA = ["Welcome and adoption of the agenda", "Activities of the WG Strategy for 2023", "IGF 2023 preparations", "AoB"];
/** The discussion headings as the default template numbers them. */
const ITEM = AGENDA.map((title, index) => `${index + 1}. ${title}`) as [string, string, string, string];
const WAIT = 10_000;

const avatarLabels = (page: Page) =>
  page.getByRole("list", { name: /^People in this meeting/ }).getByRole("img").evaluateAll((elements) => elements.map((element) => element.getAttribute("aria-label") ?? ""));
const outlineItem = (page: Page, title: string) => page.getByRole("list", { name: "Agenda outline" }).getByRole("listitem").filter({ hasText: title });
/** Who the outline places in each agenda item, by name ("(you)" removed), sorted. */
const dotsByItem = (page: Page) =>
  Promise.all(ITEM.map(async (title) => (await outlineItem(page, title).getByRole("img").evaluateAll((dots) => dots.map((dot) => dot.getAttribute("aria-label") ?? "")))
    .map((label) => label.replace(" (you)", "").replace(/ is here$/, "")).sort()));
const currentItems = (page: Page) =>
  page.getByRole("list", { name: "Agenda outline" }).locator("li[aria-current='true']").evaluateAll((items) => items.map((item) => item.querySelector(".outline-jump")?.textContent ?? ""));
const bannerText = (page: Page) => page.getByRole("status", { name: "Now discussing" }).innerText();
const headingIn = (page: Page, title: string) => page.locator(".ProseMirror h3[data-agenda-item]", { hasText: title });

/** Every "HH:MM" a clock could read between two instants (UTC), to check recorded times without guessing them. */
function minutesBetween(start: Date, end: Date): string[] {
  const minutes: string[] = [];
  for (let at = Math.floor(start.getTime() / 60_000) * 60_000; at <= end.getTime(); at += 60_000) minutes.push(new Date(at).toISOString().slice(11, 16));
  return minutes;
}

describe("presence, agenda outline and now discussing", () => {
  let server: TestServer;
  let meeting: TestMeeting;
  let titti: Person;
  let anja: Person;
  let amrita: Person;
  let everyone: Person[];
  const clock: Record<"beforeTwo" | "afterTwo" | "beforeThree" | "afterThree", Date> = {} as never;

  beforeAll(async () => {
    server = await startTestServer();
    meeting = await createMeetingViaApi(server.url, sampleMeetingRequest({ agenda: AGENDA.map((title) => ({ title })) }));
    const people = await Promise.all([openPerson(), openPerson(), openPerson()]);
    titti = { ...people[0]!, name: "Titti Cassa", role: "Chair" };
    anja = { ...people[1]!, name: "Anja Gengo", role: "Note-taker" };
    amrita = { ...people[2]!, name: "Amrita Choudhury", role: "Note-taker" };
    everyone = [titti, anja, amrita];
    await openMeetingAs(titti.page, meeting.links.chair, titti.name);
    await openMeetingAs(anja.page, meeting.links.noteTaker, anja.name);
    await openMeetingAs(amrita.page, meeting.links.noteTaker, amrita.name);
  });

  it("PRESENCE1: every page shows the three people connected, with name and role, itself marked as you", async () => {
    const expected = everyone.map((person) => `${person.name}, ${person.role}`).sort();
    for (const person of everyone) {
      await waitUntil(async () => {
        const labels = await avatarLabels(person.page);
        expect(labels.map((label) => label.replace(" (you)", "")).sort()).toEqual(expected);
        expect(labels.filter((label) => label.endsWith("(you)"))).toEqual([`${person.name}, ${person.role} (you)`]);
      }, WAIT);
      expect(await person.page.getByRole("tab", { name: "Outline" }).getAttribute("aria-selected")).toBe("true");
    }
  });

  it("PRESENCE2: each person's dot is in the agenda section their cursor is in, on every page", async () => {
    // Before anyone has been in the text, nobody claims a section.
    expect(await dotsByItem(titti.page)).toEqual([[], [], [], []]);
    const placed: Array<[Person, string]> = [[titti, ITEM[1]], [anja, ITEM[0]], [amrita, ITEM[3]]];
    for (const [person, title] of placed) {
      await headingIn(person.page, title).click();
      await person.page.keyboard.press("End");
    }
    for (const person of everyone) {
      await waitUntil(async () => expect(await dotsByItem(person.page)).toEqual([[anja.name], [titti.name], [], [amrita.name]]), WAIT);
    }
    for (const person of everyone) await saveScreenshot(person.page, `e2e-presence-${person.name.split(" ")[0]!.toLowerCase()}`);
  });

  it("PRESENCE3: a click on an outline item moves the cursor into that section; the dot follows on the other pages", async () => {
    await amrita.page.getByRole("button", { name: `Go to ${ITEM[2]}` }).click();
    for (const person of everyone) {
      await waitUntil(async () => expect(await dotsByItem(person.page)).toEqual([[anja.name], [titti.name], [amrita.name], []]), WAIT);
    }
    await amrita.page.keyboard.type("Preparations are on track.", { delay: 5 });
    // The paragraph under the heading, without the carets drawn into it.
    const underItemThree = () => headingIn(titti.page, ITEM[2]).evaluate((heading) => {
      const copy = heading.nextElementSibling?.cloneNode(true) as HTMLElement | undefined;
      copy?.querySelectorAll(".collaboration-carets__caret").forEach((caret) => caret.remove());
      return copy?.textContent ?? "";
    });
    await waitUntil(async () => expect(await underItemThree()).toBe("Preparations are on track."), WAIT);
  });

  it("PRESENCE4: an invalid awareness state from another client is ignored; a valid one without a role is still shown", async () => {
    const forged = connectClient(server.url, meeting);
    const plain = connectClient(server.url, meeting);
    await Promise.all([forged.synced, plain.synced]);
    forged.provider.awareness.setLocalState({ user: { name: "Mallory", color: "red; background: url(https://example.com/x)" }, presence: { role: "chair", agendaItemId: null } });
    plain.provider.awareness.setLocalState({ user: { name: "Stock Client", color: "#3b5b92" } });
    await waitUntil(async () => expect(await avatarLabels(anja.page)).toContain("Stock Client"), WAIT);
    expect((await avatarLabels(anja.page)).some((label) => label.includes("Mallory"))).toBe(false);
    expect(await anja.page.getByRole("img", { name: "Stock Client is here" }).count()).toBe(1);
    forged.destroy();
    plain.destroy();
    await waitUntil(async () => expect(await avatarLabels(anja.page)).toHaveLength(3), WAIT);
  });

  it("NOW1: marking item 2 as now discussing shows the banner and the highlight on every page", async () => {
    clock.beforeTwo = new Date();
    await titti.page.getByRole("button", { name: `Discuss ${ITEM[1]} now` }).click();
    clock.afterTwo = new Date();
    const since = minutesBetween(clock.beforeTwo, clock.afterTwo);
    for (const person of everyone) {
      await waitUntil(async () => expect(await currentItems(person.page)).toEqual([ITEM[1]]), WAIT);
      const banner = await bannerText(person.page);
      expect(banner).toMatch(new RegExp(`^Now discussing: ${ITEM[1]} \\(since (${since.join("|")}) UTC\\)\\s*Jump$`));
    }
  });

  it("NOW2: marking item 3 ends item 2 (its time range shows) and highlights item 3 everywhere", async () => {
    clock.beforeThree = new Date();
    await anja.page.getByRole("button", { name: `Discuss ${ITEM[2]} now` }).click();
    clock.afterThree = new Date();
    for (const person of everyone) {
      await waitUntil(async () => expect(await currentItems(person.page)).toEqual([ITEM[2]]), WAIT);
      expect(await bannerText(person.page)).toContain(`Now discussing: ${ITEM[2]}`);
      expect(await outlineItem(person.page, ITEM[1]).getByLabel(/^Discussed /).innerText()).toMatch(/^\d\d:\d\d–\d\d:\d\d UTC$/);
      expect(await outlineItem(person.page, ITEM[2]).getByLabel(/^Discussed /).innerText()).toMatch(/^\d\d:\d\d UTC$/);
    }
    // The person who marked an item has no Discuss button for it, only Stop.
    expect(await anja.page.getByRole("button", { name: `Stop discussing ${ITEM[2]}` }).count()).toBe(1);
    expect(await anja.page.getByRole("button", { name: `Discuss ${ITEM[2]} now` }).count()).toBe(0);
    await headingIn(titti.page, ITEM[2]).scrollIntoViewIfNeeded();
    await saveScreenshot(titti.page, "e2e-presence-now-discussing");
  });

  it("NOW3: the Markdown export with times=true prints the start and end of item 2 and the start of item 3; without it, none", async () => {
    const two = minutesBetween(clock.beforeTwo, clock.afterTwo).join("|");
    const three = minutesBetween(clock.beforeThree, clock.afterThree).join("|");
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const markdown = await exportMarkdown(server.url, meeting, "&times=true");
    expect(markdown).toMatch(new RegExp(`#+ ${escape(ITEM[1])}\\n\\n\\*(${two})–(${three}) UTC\\*\\n`));
    expect(markdown).toMatch(new RegExp(`#+ ${escape(ITEM[2])}\\n\\n\\*(${three}) UTC\\*\\n`));
    expect(markdown).not.toMatch(new RegExp(`#+ ${escape(ITEM[0])}\\n\\n\\*`));
    expect(await exportMarkdown(server.url, meeting)).not.toMatch(/^\*\d\d:\d\d.* UTC\*$/m);
  });

  it("NOW4: a viewer sees the banner and the outline with everyone's dots (and is in no section), but no Discuss or Stop buttons; Jump brings the item into view", async () => {
    const viewer = await openPerson();
    await openMeetingAs(viewer.page, meeting.links.viewer, "Bertrand de La Chapelle");
    await waitUntil(async () => expect(await bannerText(viewer.page)).toContain(`Now discussing: ${ITEM[2]}`), WAIT);
    await waitUntil(async () => expect(await currentItems(viewer.page)).toEqual([ITEM[2]]), WAIT);
    await waitUntil(async () => expect(await dotsByItem(viewer.page)).toEqual([[anja.name], [titti.name], [amrita.name], []]), WAIT);
    // A viewer cannot write, so claims no section: the others see them outside every item.
    await waitUntil(async () => expect(await titti.page.getByText("Not in an agenda item:").getByRole("img").getAttribute("aria-label")).toBe("Bertrand de La Chapelle is here"), WAIT);
    expect(await viewer.page.getByRole("button", { name: /^Discuss .* now$/ }).count()).toBe(0);
    expect(await viewer.page.getByRole("button", { name: /^Stop discussing/ }).count()).toBe(0);
    expect(await titti.page.getByRole("button", { name: /^Discuss .* now$/ }).count()).toBe(3);
    await waitUntil(async () => expect(await avatarLabels(titti.page)).toContain("Bertrand de La Chapelle, Viewer"), WAIT);

    await viewer.page.getByRole("button", { name: `Jump to ${ITEM[2]}` }).click();
    await waitUntil(async () => {
      const box = await headingIn(viewer.page, ITEM[2]).boundingBox();
      expect(box && box.y >= 0 && box.y + box.height <= 720).toBe(true);
    }, WAIT);
    await saveScreenshot(viewer.page, "e2e-presence-viewer");
    await viewer.context.close();
  });

  it("NOW5: Stop ends the item under discussion: the banner and highlight go away on every page and item 3 gets its end time", async () => {
    await amrita.page.getByRole("button", { name: `Stop discussing ${ITEM[2]}` }).click();
    for (const person of everyone) {
      await waitUntil(async () => expect(await currentItems(person.page)).toEqual([]), WAIT);
      expect(await person.page.getByRole("status", { name: "Now discussing" }).count()).toBe(0);
      expect(await outlineItem(person.page, ITEM[2]).getByLabel(/^Discussed /).innerText()).toMatch(/^\d\d:\d\d–\d\d:\d\d UTC$/);
    }
    expect(await exportMarkdown(server.url, meeting, "&times=true")).toMatch(new RegExp(`#+ 3\\. IGF 2023 preparations\\n\\n\\*\\d\\d:\\d\\d–\\d\\d:\\d\\d UTC\\*`));
  });

  it("NOW6: an item discussed again keeps its first start time and loses its end time", async () => {
    const itemTwoTimes = (page: Page) => outlineItem(page, ITEM[1]).getByLabel(/^Discussed /).innerText();
    const firstStart = (await itemTwoTimes(anja.page)).slice(0, 5);
    // An hour later on the chair's clock, so a new start time could not pass for the first one.
    await titti.page.clock.setFixedTime(new Date(Date.now() + 3_600_000));
    await titti.page.getByRole("button", { name: `Discuss ${ITEM[1]} now` }).click();
    for (const person of everyone) {
      await waitUntil(async () => expect(await currentItems(person.page)).toEqual([ITEM[1]]), WAIT);
      expect(await itemTwoTimes(person.page)).toBe(`${firstStart} UTC`);
      expect(await bannerText(person.page)).toContain(`(since ${firstStart} UTC)`);
    }
  });

  it("PRESENCE5: the outline follows the live headings: an agenda heading retyped on one page is renamed in every outline", async () => {
    await headingIn(anja.page, ITEM[3]).click();
    await anja.page.keyboard.press("End");
    await anja.page.keyboard.type(" and closing", { delay: 5 });
    for (const person of everyone) {
      await waitUntil(async () => expect(await person.page.getByRole("button", { name: `Go to ${ITEM[3]} and closing` }).count()).toBe(1), WAIT);
    }
    await waitUntil(async () => expect(await dotsByItem(titti.page)).toEqual([[], [titti.name], [amrita.name], [anja.name]]), WAIT);
  });
});

import { describe, expect, it } from "vitest";
import { openPerson, saveScreenshot } from "../helpers/browser.js";
import { createMeetingViaApi, exportMarkdown, sampleMeetingRequest } from "../helpers/meetings-api.js";
import { openMeetingAs, typeUnderHeading } from "../helpers/meeting-page.js";
import { startTestServer } from "../helpers/test-server.js";
import { waitUntil } from "../helpers/wait-until.js";

describe("links typed or pasted in the editor", () => {
  it("LINK2: a web address typed then followed by a space, or pasted, becomes a link (target _blank, rel noopener) without the sentence's full stop, and the Markdown export keeps it", async () => {
    const server = await startTestServer();
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    const { page } = await openPerson();
    await openMeetingAs(page, meeting.links.noteTaker, "Anja Gengo");
    const editor = page.locator(".ProseMirror");

    await typeUnderHeading(page, "AoB", "The draft is at https://igf.org/wg/draft. Comments to www.intgovforum.org please.");
    await page.keyboard.press("Enter");
    await page.keyboard.type("Pasted: ", { delay: 5 });
    await editor.evaluate((root) => {
      const data = new DataTransfer();
      data.setData("text/plain", "see http://example.org/notes today");
      root.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    });

    const links = editor.locator("a");
    await waitUntil(async () => expect(await links.count()).toBe(3), 10_000);
    const found = await links.evaluateAll((anchors) => anchors.map((a) => [a.textContent, a.getAttribute("href"), a.getAttribute("target"), a.getAttribute("rel")]));
    expect(found).toEqual([
      ["https://igf.org/wg/draft", "https://igf.org/wg/draft", "_blank", "noopener noreferrer nofollow"],
      ["www.intgovforum.org", "https://www.intgovforum.org", "_blank", "noopener noreferrer nofollow"],
      ["http://example.org/notes", "http://example.org/notes", "_blank", "noopener noreferrer nofollow"],
    ]);
    await waitUntil(async () => {
      const markdown = await exportMarkdown(server.url, meeting);
      expect(markdown).toContain("The draft is at <https://igf.org/wg/draft>. Comments to [www.intgovforum.org](https://www.intgovforum.org) please.");
      expect(markdown).toContain("Pasted: see <http://example.org/notes> today");
    }, 10_000);
    await server.close();
  }, 90_000);

  it("LINK3: a web address pasted over selected words links those words (the text stays), and the Markdown export has the link", async () => {
    const server = await startTestServer();
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    const { page } = await openPerson();
    await openMeetingAs(page, meeting.links.noteTaker, "Anja Gengo");
    const editor = page.locator(".ProseMirror");

    await typeUnderHeading(page, "AoB", "Read the agenda");
    for (let i = 0; i < "the agenda".length; i += 1) await page.keyboard.press("Shift+ArrowLeft");
    await editor.evaluate((root) => {
      const data = new DataTransfer();
      data.setData("text/plain", " https://igf.org/agenda ");
      root.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    });

    const links = editor.locator("a");
    await waitUntil(async () => expect(await links.count()).toBe(1), 10_000);
    expect(await links.evaluateAll((anchors) => anchors.map((a) => [a.textContent, a.getAttribute("href")]))).toEqual([["the agenda", "https://igf.org/agenda"]]);
    await waitUntil(async () => expect(await exportMarkdown(server.url, meeting)).toContain("Read [the agenda](https://igf.org/agenda)"), 10_000);
    await server.close();
  }, 90_000);

  it("LINK4: a web address typed then followed by Enter (new paragraph, new list item) or Shift+Enter becomes a link without the sentence's full stop, and the Markdown export keeps it", async () => {
    const server = await startTestServer();
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    const { page } = await openPerson();
    await openMeetingAs(page, meeting.links.noteTaker, "Anja Gengo");
    const editor = page.locator(".ProseMirror");
    const typeThen = async (text: string, key: string) => {
      await page.keyboard.type(text, { delay: 5 });
      await page.keyboard.press(key);
    };

    await typeUnderHeading(page, "AoB", "The draft is at https://igf.org/wg/draft.");
    await page.keyboard.press("Enter");
    await typeThen("Next paragraph", "Enter");
    await typeThen("- See the slides at www.intgovforum.org/slides", "Enter");
    await typeThen("Minutes at http://example.org/minutes", "Shift+Enter");
    await page.keyboard.type("(draft)", { delay: 5 });

    const links = editor.locator("a");
    await waitUntil(async () => expect(await links.count()).toBe(3), 10_000);
    await saveScreenshot(page, "link4-enter-1280");
    const found = await links.evaluateAll((anchors) => anchors.map((a) => [a.closest("li") ? "in list" : "paragraph", a.textContent, a.getAttribute("href")]));
    expect(found).toEqual([
      ["paragraph", "https://igf.org/wg/draft", "https://igf.org/wg/draft"],
      ["in list", "www.intgovforum.org/slides", "https://www.intgovforum.org/slides"],
      ["in list", "http://example.org/minutes", "http://example.org/minutes"],
    ]);
    // Two list items, the second with its line break after the link.
    const items = await editor.locator("li:has(a)").evaluateAll((found) => found.map((li) => [li.textContent, li.querySelectorAll("br:not(.ProseMirror-trailingBreak)").length]));
    expect(items).toEqual([["See the slides at www.intgovforum.org/slides", 0], ["Minutes at http://example.org/minutes(draft)", 1]]);
    await waitUntil(async () => {
      const markdown = await exportMarkdown(server.url, meeting);
      expect(markdown).toContain("The draft is at <https://igf.org/wg/draft>.\n\nNext paragraph");
      expect(markdown).toContain("- See the slides at [www.intgovforum.org/slides](https://www.intgovforum.org/slides)\n");
      expect(markdown).toContain("- Minutes at <http://example.org/minutes>");
    }, 10_000);
    await server.close();
  }, 90_000);
});

import type { Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { findAccessibilityViolations } from "../helpers/accessibility.js";
import { openPerson } from "../helpers/browser.js";
import { createMeetingViaApi, sampleMeetingRequest, type TestMeeting } from "../helpers/meetings-api.js";
import { openMeetingAs } from "../helpers/meeting-page.js";
import { startTestServer, type TestServer } from "../helpers/test-server.js";
import { waitUntil } from "../helpers/wait-until.js";

describe("accessibility (axe-core, WCAG 2 A and AA)", () => {
  let server: TestServer;
  let meeting: TestMeeting;
  let page: Page;

  beforeAll(async () => {
    server = await startTestServer();
    meeting = await createMeetingViaApi(server.url, sampleMeetingRequest({ participants: [{ name: "Anja Gengo", affiliation: "IGF Secretariat" }] }));
    page = (await openPerson()).page;
  });

  it("A11Y0: the check itself finds a button without a name and an image without a text alternative", async () => {
    await page.goto(`${server.url}/`);
    await page.locator("main").evaluate((main) => main.insertAdjacentHTML("beforeend", '<button type="button"></button><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">'));
    expect((await findAccessibilityViolations(page)).map((violation) => violation.id)).toEqual(expect.arrayContaining(["button-name", "image-alt"]));
  });

  it.each(["/", "/new", "/templates", "/import", "/series"])("A11Y1: the page %s has no WCAG A/AA violation", async (path) => {
    await page.goto(`${server.url}${path}`);
    await page.locator("main").waitFor();
    await page.waitForLoadState("networkidle");
    expect(await findAccessibilityViolations(page)).toEqual([]);
  });

  it("A11Y2: the meeting page, every side-panel tab and the export dialog have no WCAG A/AA violation", async () => {
    await openMeetingAs(page, meeting.links.chair, "Titti Cassa");
    const found: Record<string, unknown> = {};
    for (const tab of await page.getByRole("tab").allInnerTexts()) {
      const button = page.getByRole("tab", { name: tab });
      await button.click();
      // A panel's code and data load after its tab is chosen ("Loading…" meanwhile): checked once it shows them.
      await waitUntil(async () => {
        expect(await button.getAttribute("aria-selected")).toBe("true");
        expect(await page.getByRole("tabpanel").innerText()).not.toMatch(/Loading/);
      });
      const violations = await findAccessibilityViolations(page);
      if (violations.length > 0) found[tab] = violations;
    }
    await page.getByRole("button", { name: "Export…" }).click();
    await page.getByTitle("Preview of the PDF export").waitFor();
    const dialog = await findAccessibilityViolations(page);
    if (dialog.length > 0) found["export dialog"] = dialog;
    expect(found).toEqual({});
  });
});

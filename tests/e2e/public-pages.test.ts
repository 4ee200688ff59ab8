import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findAccessibilityViolations } from "../helpers/accessibility.js";
import { openPerson, saveScreenshot } from "../helpers/browser.js";
import { createMeetingViaApi, sampleMeetingRequest } from "../helpers/meetings-api.js";
import { download, publishTwoRevisions, seriesUrl } from "../helpers/publish.js";
import { makeTempDir, startTestServer } from "../helpers/test-server.js";

const SERIES = "MAG Working Group on IGF Strengthening and Strategy";
const WCAG21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

describe("public pages in Chromium", () => {
  it("PUBLISH7: the series archive, both revisions of a report, and /verify with a result have no WCAG 2.1 A/AA violation at 1280 px and 420 px, and nothing overflows a phone's width", async () => {
    const server = await startTestServer();
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest({
      participants: [{ name: "Anja Gengo", affiliation: "IGF Secretariat" }, { name: "Anriette Esterhuysen", affiliation: "former IGF MAG Chair with a long affiliation that must wrap on a phone" }],
    }));
    const [first, second] = await publishTwoRevisions(server.url, meeting,
      ["Activities of the WG Strategy for 2023", "Anriette suggested that the group review the work plan for 2023 before the MAG meeting."],
      ["AoB", "No other business was raised."]);
    const pdfPath = path.join(makeTempDir(), "report.pdf");
    fs.writeFileSync(pdfPath, await download(second.files.pdf));

    const found: Record<string, unknown> = {};
    for (const width of [1280, 420]) {
      const { page, context } = await openPerson({ viewport: { width, height: 900 } });
      const check = async (name: string) => {
        await page.locator("main").waitFor();
        const violations = await findAccessibilityViolations(page, WCAG21_AA);
        if (violations.length > 0) found[`${name} @${width}`] = violations;
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${name} @${width} scrolls sideways`).toBeLessThanOrEqual(0);
        await saveScreenshot(page, `public-${name}-${width}`);
      };
      await page.goto(seriesUrl(server.url, SERIES));
      await check("series");
      await page.goto(second.page);
      await page.getByRole("heading", { name: "What changed in Revision 2" }).waitFor();
      await check("report-r2");
      await page.goto(first.page);
      await check("report-r1");
      await page.goto(`${server.url}/verify`);
      await page.getByLabel("Report file (PDF, Word or Markdown)").setInputFiles(pdfPath);
      await page.getByRole("button", { name: "Check the file" }).click();
      await page.getByRole("heading", { name: /Approved record/ }).waitFor();
      await check("verify-result");
      await context.close();
    }
    expect(found).toEqual({});
  }, 180_000);
});

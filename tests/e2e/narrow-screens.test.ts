import { beforeAll, describe, expect, it } from "vitest";
import { openPerson } from "../helpers/browser.js";
import { createMeetingViaApi, sampleMeetingRequest, type TestMeeting } from "../helpers/meetings-api.js";
import { openMeetingAs } from "../helpers/meeting-page.js";
import { expectUsable, SCREENS, shoot } from "../helpers/narrow-checks.js";
import { findPublishedLinks, seriesUrl, setPublishing, transition, type PublishedLinks } from "../helpers/publish.js";
import { startTestServer, type TestServer } from "../helpers/test-server.js";

const AGENDA = ["Welcome and adoption of the agenda", "Activities of the WG Strategy for 2023", "Report from the IGF Secretariat on the 2023 annual meeting in Kyoto",
  "Intersessional work and best practice forums", "National and regional initiatives", "Youth engagement", "Parliamentary track", "Leadership Panel", "Next meeting", "AoB"];
const LONG_AFFILIATION = "Ministry of Communications and Information Technology, Department of International Cooperation";

describe("every page on a phone and on a laptop", () => {
  let server: TestServer;
  let meeting: TestMeeting;
  let published: PublishedLinks;

  beforeAll(async () => {
    server = await startTestServer();
    const request = sampleMeetingRequest({
      title: "Online Meeting 51 of the Working Group on Strengthening and Strategy",
      agenda: AGENDA.map((title) => ({ title })),
      participants: [{ name: "Anja Gengo", affiliation: "IGF Secretariat" }, { name: "Wolfgang Kleinwächter", affiliation: LONG_AFFILIATION }],
    });
    meeting = await createMeetingViaApi(server.url, request);
    const approved = await createMeetingViaApi(server.url, sampleMeetingRequest({ series: "Public archive group", title: "Online Meeting 12" }));
    await setPublishing(server.url, approved.series, true);
    await transition(server.url, approved, "approve");
    published = await findPublishedLinks(server.url, approved.series);
  }, 60_000);

  for (const screen of SCREENS) {
    const phone = screen.width < 500;

    it(`UI-NARROW1: at ${screen.width} px the meeting list, /new, /import, /templates and /series fit the width, with their inputs usable`, async () => {
      const { page, context } = await openPerson({ viewport: screen });
      await page.goto(meeting.links.chair);
      await page.getByLabel("Name", { exact: true }).waitFor();
      await page.goto(`${server.url}/`);
      await page.getByRole("link", { name: /Online Meeting 51/ }).waitFor();
      await expectUsable(page.getByRole("link", { name: "New meeting" }), "list: New meeting");
      await shoot(page, screen.name, "home");

      await page.goto(`${server.url}/new`);
      const agendaItem = page.getByRole("textbox", { name: /Agenda item 1$/ });
      await expectUsable(agendaItem, "/new: agenda item", phone ? 180 : 300);
      await expectUsable(page.getByRole("button", { name: "Create meeting" }), "/new: Create");
      await shoot(page, screen.name, "new");

      for (const path of ["import", "templates", "series"]) {
        await page.goto(`${server.url}/${path}`);
        await page.getByRole("heading", { level: 1 }).waitFor();
        await page.waitForLoadState("networkidle");
        await shoot(page, screen.name, path);
      }
      // The forms behind the lists: a template being edited, and the import's corrections opened.
      await page.goto(`${server.url}/templates`);
      await page.getByRole("button", { name: /^Copy / }).first().click();
      await page.getByRole("form", { name: "Template" }).waitFor();
      await shoot(page, screen.name, "template-form");
      await expectUsable(page.getByRole("button", { name: "Save template" }), "/templates: Save template");
      await shoot(page, screen.name, "template-form-end");
      await page.goto(`${server.url}/import`);
      await page.getByText(/^Corrections/).click();
      await expectUsable(page.getByRole("textbox", { name: "Series" }), "/import: corrections, series", phone ? 180 : 250);
      await shoot(page, screen.name, "import-corrections");
      await context.close();
    }, 60_000);

    it(`UI-NARROW2: at ${screen.width}×${screen.height} the meeting page keeps most of the screen for the report; the outline's last "Discuss now", the review and history panels and the export preview are usable`, async () => {
      const { page, context } = await openPerson({ viewport: screen });
      await openMeetingAs(page, meeting.links.chair, "Anja Gengo");
      await page.getByTestId("connection-status").getByText("Saved").waitFor();
      const toolbar = page.getByRole("toolbar").first();
      const chromeBottom = (await toolbar.boundingBox())!;
      expect(chromeBottom.y + chromeBottom.height, "header and toolbar height").toBeLessThanOrEqual(screen.height * (phone ? 0.3 : 0.25));
      await shoot(page, screen.name, "meeting");
      await page.getByRole("button", { name: "Share…" }).click();
      await page.getByRole("heading", { name: "Share this meeting" }).waitFor();
      await shoot(page, screen.name, "share");
      await page.keyboard.press("Escape");
      await page.getByRole("heading", { name: "Share this meeting" }).waitFor({ state: "detached" });

      // On a phone the panels are a sheet along the bottom, opened by choosing a tab.
      await page.getByRole("tab", { name: "Outline" }).click();
      await expectUsable(page.getByRole("button", { name: new RegExp(`^Discuss .*${AGENDA.at(-1)} now$`) }), "outline: last Discuss now");
      await shoot(page, screen.name, "meeting-outline");
      for (const tab of ["Participants", "Review", "History"]) {
        await page.getByRole("tab", { name: tab }).click();
        await expectUsable(page.getByRole("tabpanel"), `${tab} panel`, phone ? screen.width - 40 : 250);
        await page.getByRole("tabpanel").getByRole("heading").first().waitFor();
        await shoot(page, screen.name, `meeting-${tab.toLowerCase()}`);
      }
      const versionName = `Agenda as sent (${screen.name})`;
      await page.getByRole("tabpanel").getByLabel("Name this version").fill(versionName);
      await page.getByRole("tabpanel").getByRole("button", { name: "Save" }).click();
      const named = page.getByRole("tabpanel").getByRole("list", { name: "Versions" }).getByRole("listitem").filter({ hasText: versionName });
      await named.getByRole("button", { name: /^View version/ }).click();
      const viewer = page.getByRole("dialog");
      await viewer.getByText(AGENDA[1]!).first().waitFor();
      await expectUsable(viewer.getByRole("button", { name: "Close" }), "version viewer: Close");
      await shoot(page, screen.name, "version");
      await viewer.getByRole("button", { name: "Close" }).click();

      await page.getByRole("button", { name: "Export…" }).click();
      const preview = page.getByTitle("Preview of the PDF export");
      await preview.waitFor();
      const previewBox = (await preview.boundingBox())!;
      expect(previewBox.height, "PDF preview height").toBeGreaterThanOrEqual(screen.height * 0.4);
      expect(previewBox.width, "PDF preview width").toBeGreaterThanOrEqual(screen.width * 0.8 - (phone ? 0 : 400));
      await expectUsable(page.getByRole("button", { name: /Download PDF/ }), "export: Download PDF");
      await shoot(page, screen.name, "export");
      await context.close();
    }, 90_000);

    it(`UI-NARROW3: at ${screen.width} px the public archive and a published report fit the width`, async () => {
      const { page, context } = await openPerson({ viewport: screen });
      await page.goto(seriesUrl(server.url, "Public archive group"));
      await page.locator("main").waitFor();
      await shoot(page, screen.name, "public-series");
      await page.goto(published.page);
      await page.locator("main").waitFor();
      await shoot(page, screen.name, "public-report");
      await context.close();
    }, 60_000);
  }
});

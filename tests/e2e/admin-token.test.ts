import { describe, expect, it } from "vitest";
import { openPerson, saveScreenshot } from "../helpers/browser.js";
import { createMeetingViaApi, sampleMeetingRequest } from "../helpers/meetings-api.js";
import { startTestServer } from "../helpers/test-server.js";
import { waitUntil } from "../helpers/wait-until.js";

const ADMIN_TOKEN = "secretariat-admin-token-for-the-tests";

describe("a server with ADMIN_TOKEN, in the browser", () => {
  it("ADMIN-UI1: the secretariat is asked for the admin token when creating, a wrong one is refused, the right one creates meetings and opens the full list; others see only their links", async () => {
    const server = await startTestServer({ env: { ADMIN_TOKEN } });
    await createMeetingViaApi(server.url, sampleMeetingRequest({ title: "Online Meeting 50" }), { authorization: `Bearer ${ADMIN_TOKEN}` });
    const { page } = await openPerson();
    // Under the suite's own bound, yet room for a page load or a creation on a loaded 2-core CI machine.
    page.setDefaultTimeout(15_000);
    await page.goto(`${server.url}/new`);

    const dialog = page.getByRole("dialog", { name: "Administrator token" });
    await dialog.waitFor();
    await dialog.getByLabel("Administrator token").fill("not-the-token");
    await dialog.getByRole("button", { name: "Use this token" }).click();
    await dialog.getByRole("alert").waitFor();
    expect(await dialog.getByRole("alert").innerText()).toContain("was not accepted");
    await saveScreenshot(page, "e2e-admin-token");
    await dialog.getByLabel("Administrator token").fill(ADMIN_TOKEN);
    await dialog.getByRole("button", { name: "Use this token" }).click();

    await page.getByLabel("Series (working group)").waitFor();
    expect(await dialog.count()).toBe(0);
    await page.getByLabel("Series (working group)").fill("MAG Working Group on IGF Strengthening and Strategy");
    await page.getByLabel("Meeting title").fill("Online Meeting 51");
    await page.getByLabel("Date").fill("2023-02-16");
    await page.getByRole("textbox", { name: "Agenda item 1", exact: true }).fill("AoB");
    await page.getByRole("button", { name: "Create meeting" }).click();
    await page.waitForURL(/\/m\/[A-Za-z0-9_-]{22}$/);

    await page.goto(`${server.url}/`);
    const titles = page.locator(".meeting-row .title");
    await waitUntil(async () => expect(await titles.allInnerTexts()).toEqual(expect.arrayContaining(["Online Meeting 50", "Online Meeting 51"])), 10_000);

    const other = (await openPerson()).page;
    await other.goto(`${server.url}/`);
    await other.getByText("This server lists only the meetings you hold links for.").waitFor();
    expect(await other.getByRole("dialog").count()).toBe(0);
    expect(await other.locator(".meeting-row").count()).toBe(0);
  });
});

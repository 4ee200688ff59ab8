import { describe, expect, it } from "vitest";
import { CloseCode, LIMITS, MessageType } from "@rapporteur/shared";
import { openPerson, saveScreenshot } from "../helpers/browser.js";
import { createMeetingViaApi, exportMarkdown, sampleMeetingRequest } from "../helpers/meetings-api.js";
import { openMeetingAs, typeUnderHeading } from "../helpers/meeting-page.js";
import { startTestServer } from "../helpers/test-server.js";
import { waitUntil } from "../helpers/wait-until.js";

declare global {
  interface Window {
    __sockets: WebSocket[];
    __statuses: string[];
    __closes: number[];
  }
}

describe("a page the server slows down", () => {
  it("HARD-RATE1, UI-RATE1: on close code 4429 the web client says the changes come too fast and that nothing is lost, reconnects by itself and saves again", async () => {
    const server = await startTestServer();
    const meeting = await createMeetingViaApi(server.url, sampleMeetingRequest());
    const { page } = await openPerson();
    // Keeps the page's sockets and every text its status pill shows, so a short-lived status is not missed.
    await page.addInitScript(() => {
      window.__sockets = [];
      window.__statuses = [];
      window.__closes = [];
      const Native = window.WebSocket;
      window.WebSocket = class extends Native {
        constructor(url: string | URL, protocols?: string | string[]) {
          super(url, protocols);
          window.__sockets.push(this);
          this.addEventListener("close", (event) => window.__closes.push(event.code));
        }
      };
      new MutationObserver(() => {
        const text = document.querySelector('[data-testid="connection-status"]')?.textContent;
        if (text && window.__statuses[window.__statuses.length - 1] !== text) window.__statuses.push(text);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await openMeetingAs(page, meeting.links.noteTaker, "Anja Gengo");
    await waitUntil(async () => expect(await page.getByTestId("connection-status").innerText()).toBe("Saved"), 10_000);

    // Empty updates ([sync, update, length 2, no structs, no deletes]): valid, cheap, and counted.
    await page.evaluate(
      ({ count, sync }) => {
        const socket = window.__sockets.find((candidate) => candidate.readyState === WebSocket.OPEN)!;
        for (let index = 0; index < count; index++) socket.send(Uint8Array.of(sync, 2, 2, 0, 0));
      },
      { count: LIMITS.connectionUpdateBurst * 3, sync: MessageType.sync },
    );
    await waitUntil(async () => expect(await page.evaluate(() => window.__closes)).toContain(CloseCode.TooManyRequests), 10_000);
    await waitUntil(async () => expect(await page.evaluate(() => window.__statuses)).toContain("You are sending changes too fast: paused for a moment. Your text is kept and saving resumes by itself."), 10_000);
    await saveScreenshot(page, "throttle-status");

    await waitUntil(async () => expect(await page.getByTestId("connection-status").innerText()).toBe("Saved"), 15_000);
    await typeUnderHeading(page, "AoB", "Typed after the pause.");
    await waitUntil(async () => expect(await exportMarkdown(server.url, meeting)).toContain("Typed after the pause."), 15_000);
  });
});

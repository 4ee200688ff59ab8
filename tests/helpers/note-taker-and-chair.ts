import type { BrowserContext, Page } from "playwright-core";
import { openPerson } from "./browser.js";
import { createMeetingViaApi, type TestMeeting } from "./meetings-api.js";
import { openMeetingAs } from "./meeting-page.js";
import { startTestServer, type TestServer } from "./test-server.js";

/** One person in their own browser profile. */
export type Person = { context: BrowserContext; page: Page };

export interface NoteTakerAndChair {
  server: TestServer;
  meeting: TestMeeting;
  /** Anja Gengo, at the note-taker's link. */
  noteTaker: Person;
  /** Titti Cassa, at the chair's link. */
  chair: Person;
}

/** A fresh server with one meeting (created from `request`), open in two browsers: its note-taker and its chair. */
export async function openNoteTakerAndChair(request: unknown): Promise<NoteTakerAndChair> {
  const server = await startTestServer();
  const meeting = await createMeetingViaApi(server.url, request);
  const [noteTaker, chair] = await Promise.all([openPerson(), openPerson()]);
  await openMeetingAs(noteTaker.page, meeting.links.noteTaker, "Anja Gengo");
  await openMeetingAs(chair.page, meeting.links.chair, "Titti Cassa");
  return { server, meeting, noteTaker, chair };
}

import { expect } from "vitest";
import { MeetingLinksSchema, MeetingSchema, type Meeting, type MeetingLinks, type Role } from "@rapporteur/shared";

/** A meeting as its creator holds it: with the invitation tokens and links of each role. */
export type TestMeeting = Meeting & { tokens: MeetingLinks; links: MeetingLinks };

/** POST /api/meetings and return the created meeting with its tokens (asserting 201). */
export async function createMeetingViaApi(serverUrl: string, body: unknown, headers: Record<string, string> = {}): Promise<TestMeeting> {
  const response = await fetch(`${serverUrl}/api/meetings`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as { meeting?: unknown; tokens?: unknown; links?: unknown };
  expect(response.status, JSON.stringify(json)).toBe(201);
  return { ...MeetingSchema.parse(json.meeting), tokens: MeetingLinksSchema.parse(json.tokens), links: MeetingLinksSchema.parse(json.links) };
}

/** Headers that present the invitation token of `role` for this meeting. */
export function authHeaders(meeting: TestMeeting, role: Role = "chair"): Record<string, string> {
  return { authorization: `Bearer ${meeting.tokens[role]}` };
}

export async function exportMarkdown(serverUrl: string, meeting: TestMeeting, query = ""): Promise<string> {
  const response = await fetch(`${serverUrl}/api/meetings/${meeting.id}/export?format=md${query}`, { headers: authHeaders(meeting, "viewer") });
  expect(response.status).toBe(200);
  return response.text();
}

/** A request to the meeting's API as one role (the chair by default). */
export function callMeetingApi(serverUrl: string, meeting: TestMeeting, path: string, init: { method?: string; body?: unknown; role?: Role | null } = {}) {
  const role = init.role === undefined ? "chair" : init.role;
  return fetch(`${serverUrl}/api/meetings/${meeting.id}${path}`, {
    method: init.method ?? "GET",
    headers: { "content-type": "application/json", ...(role ? authHeaders(meeting, role) : {}) },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
}

/** A small valid meeting for tests that are not about the meeting itself. */
export function sampleMeetingRequest(overrides: Record<string, unknown> = {}) {
  return {
    series: "MAG Working Group on IGF Strengthening and Strategy",
    title: "Online Meeting 51",
    number: 51,
    startsAt: "2023-02-16T14:00:00Z",
    moderators: ["Titti Cassa"],
    agenda: [{ title: "Activities of the WG Strategy for 2023" }, { title: "AoB" }],
    participants: [{ name: "Anja Gengo", affiliation: "IGF Secretariat" }],
    ...overrides,
  };
}

import { expect } from "vitest";
import { MeetingSchema, type Meeting } from "@rapporteur/shared";

/** POST /api/meetings and return the created meeting (asserting 201). */
export async function createMeetingViaApi(serverUrl: string, body: unknown): Promise<Meeting> {
  const response = await fetch(`${serverUrl}/api/meetings`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as { meeting?: unknown };
  expect(response.status, JSON.stringify(json)).toBe(201);
  return MeetingSchema.parse(json.meeting);
}

export async function exportMarkdown(serverUrl: string, meetingId: string, query = ""): Promise<string> {
  const response = await fetch(`${serverUrl}/api/meetings/${meetingId}/export?format=md${query}`);
  expect(response.status).toBe(200);
  return response.text();
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

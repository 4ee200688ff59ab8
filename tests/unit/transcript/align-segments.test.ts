import { describe, expect, it } from "vitest";
import { alignSegments, flattenAgenda, type AgendaItem } from "@rapporteur/shared";

const agenda: AgendaItem[] = [
  { id: "intro", title: "Introduction", children: [] },
  { id: "plan", title: "Work plan", children: [{ id: "plan-a", title: "Budget" }] },
  { id: "aob", title: "AoB", children: [] },
];
const startsAt = "2023-02-16T14:00:00.000Z";
const at = (minutes: number, seconds = 0) => new Date(Date.parse(startsAt) + (minutes * 60 + seconds) * 1000).toISOString();
/** Segment starts in transcript time, minutes → ms. */
const segments = [0.5, 2, 6, 9, 12, 15, 21, 31, 40].map((minutes) => ({ start: minutes * 60_000 }));

describe("aligning a transcript to the agenda", () => {
  it("TRANSCRIPT6 segments follow the recorded 'Discuss now' times, sub-items included, with the recording's offset", () => {
    const itemTimes = {
      intro: { startedAt: at(1), endedAt: at(5) },
      plan: { startedAt: at(5), endedAt: at(12) },
      "plan-a": { startedAt: at(12) },
      aob: { startedAt: at(30), endedAt: at(35) },
    };
    const aligned = alignSegments({ segments, agenda: flattenAgenda(agenda), itemTimes, meetingStartsAt: startsAt, offsetMs: 0, boundaries: [] });
    expect(aligned).toEqual([null, "intro", "plan", "plan", "plan-a", "plan-a", "plan-a", "aob", null]);
    // The recording started two minutes late: transcript minute 2 is meeting minute 4.
    const late = alignSegments({ segments, agenda: flattenAgenda(agenda), itemTimes, meetingStartsAt: startsAt, offsetMs: 120_000, boundaries: [] });
    expect(late).toEqual(["intro", "intro", "plan", "plan", "plan-a", "plan-a", "plan-a", "aob", null]);
  });

  it("TRANSCRIPT7 a hand-placed boundary starts an item where no time was recorded, and moves one that was", () => {
    const itemTimes = { intro: { startedAt: at(0) }, plan: { startedAt: at(10) } };
    const boundaries = [
      { agendaItemId: "aob", start: 20 * 60_000 },
      { agendaItemId: "plan", start: 8 * 60_000 },
    ];
    const aligned = alignSegments({ segments, agenda: flattenAgenda(agenda), itemTimes, meetingStartsAt: startsAt, offsetMs: 0, boundaries });
    expect(aligned).toEqual(["intro", "intro", "intro", "plan", "plan", "plan", "aob", "aob", "aob"]);
    // Without any times or boundaries nothing is assigned.
    expect(alignSegments({ segments, agenda: flattenAgenda(agenda), itemTimes: {}, meetingStartsAt: startsAt, offsetMs: 0, boundaries: [] })).toEqual(segments.map(() => null));
  });

  it("TRANSCRIPT7 segments out of order are assigned by their own time", () => {
    const itemTimes = { intro: { startedAt: at(0) }, aob: { startedAt: at(10) } };
    const shuffled = [{ start: 11 * 60_000 }, { start: 60_000 }, { start: 10 * 60_000 }];
    expect(alignSegments({ segments: shuffled, agenda: flattenAgenda(agenda), itemTimes, meetingStartsAt: startsAt, offsetMs: 0, boundaries: [] })).toEqual(["aob", "intro", "aob"]);
  });
});

import { describe, expect, it } from "vitest";
import { CreateMeetingRequestSchema, UtcDateTimeSchema } from "@rapporteur/shared";

describe("meeting request schemas", () => {
  it.each([
    ["2023-02-16T14:00:00Z", "2023-02-16T14:00:00.000Z"],
    ["2023-02-16T16:00:00+02:00", "2023-02-16T14:00:00.000Z"],
    ["2023-02-16T14:00", "2023-02-16T14:00:00.000Z"],
    ["2023-02-16 14:00:00", "2023-02-16T14:00:00.000Z"],
    ["2023-02-16", "2023-02-16T00:00:00.000Z"],
  ])("SCHEMA1: %s is stored as %s (a time without offset is UTC, as minutes state it)", (input, stored) => {
    expect(UtcDateTimeSchema.parse(input)).toBe(stored);
  });

  it.each(["next tuesday", "16/02/2023", "2023-02-30T25:00:00Z", ""])("SCHEMA2: %j is refused", (input) => {
    expect(UtcDateTimeSchema.safeParse(input).success).toBe(false);
  });

  it("SCHEMA3: agenda items and participants may be plain strings; unsafe links and blank names are refused", () => {
    const parsed = CreateMeetingRequestSchema.parse({
      series: "WG", title: "Meeting 1", startsAt: "2024-01-10T10:00:00Z",
      agenda: ["Introduction", { title: "AoB", children: ["Next meeting date"] }],
      participants: ["Anja Gengo", { name: "Jorge Cancio", affiliation: "Government of Switzerland" }],
    });
    expect(parsed.agenda).toEqual([{ title: "Introduction" }, { title: "AoB", children: [{ title: "Next meeting date" }] }]);
    expect(parsed.participants).toEqual([{ name: "Anja Gengo" }, { name: "Jorge Cancio", affiliation: "Government of Switzerland" }]);
    const bad = CreateMeetingRequestSchema.safeParse({ series: "WG", title: "M", startsAt: "2024-01-10", agenda: [{ title: "X", href: "javascript:alert(1)" }], participants: ["  "] });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.map((issue) => issue.path.join(".")).sort()).toEqual(["agenda.0.href", "participants.0.name"]);
  });
});

import { describe, expect, it } from "vitest";
import { importSummary } from "@rapporteur/shared";
import { viewImport as view } from "./view-import.js";

const ROOM = "Working Group on Data Governance\nMeeting 5\n9 May 2024, 09:00 UTC\n\n";
const BODY = "1. Opening\nThe chair opened the meeting.\n\n2. Budget\nThe budget was approved.\n";

describe("agenda, participants and meeting lines in every usual form", () => {
  const agendaHeadings = ["Agenda", "Agenda:", "AGENDA", "## Agenda", "**Agenda**", "Provisional agenda"];
  const agendaLists = ["1. Opening\n2. Budget", "- Opening\n- Budget", "I. Opening\nII. Budget", "a) Opening\nb) Budget", "• Opening\n• Budget", "1) Opening\n2) Budget"];
  it.each(agendaHeadings.flatMap((heading) => agendaLists.map((list) => [heading, list])))("IMPORT-L8: %j above %j is the agenda, and the sections after it are its items", (heading, list) => {
    const result = importSummary(`${ROOM}${heading}\n${list}\n\n${BODY}`);
    expect(result.agenda).toEqual([{ title: "Opening" }, { title: "Budget" }]);
    expect(view(result).sections).toEqual([
      { heading: "1. Opening", level: 2, agendaIndex: 0, text: ["The chair opened the meeting."] },
      { heading: "2. Budget", level: 2, agendaIndex: 1, text: ["The budget was approved."] },
    ]);
    expect([result.agendaPlacement, result.preamble]).toEqual(["body", []]);
  });

  const participantHeadings = ["Participants", "Participants:", "List of participants", "Attendees", "Present", "PARTICIPANTS (2)", "### Attendees", "Attendance:"];
  const participantLists = [
    "Anna Smith, APC, Chair\nRavi Kumar, University of Delhi",
    "1. Anna Smith (APC, Chair)\n2. Ravi Kumar (University of Delhi)",
    "- 1) Anna Smith (APC, Chair)\n- 2) Ravi Kumar (University of Delhi)",
    "• Anna Smith, APC, Chair\n• Ravi Kumar, University of Delhi",
    "Anna Smith\tAPC\tChair\nRavi Kumar\tUniversity of Delhi",
    "1) Anna Smith, APC, Chair\n2) Ravi Kumar, University of Delhi",
  ];
  it.each(participantHeadings.flatMap((heading) => participantLists.map((list) => [heading, list])))("IMPORT-L9: %j above %j, before the agenda, gives the participants and leaves the rest in place", (heading, list) => {
    const result = importSummary(`${ROOM}${heading}\n${list}\n\nAgenda\n1. Opening\n2. Budget\n\n${BODY}`);
    expect(result.participants).toEqual([
      { name: "Anna Smith", affiliation: "APC", role: "Chair" },
      { name: "Ravi Kumar", affiliation: "University of Delhi" },
    ]);
    expect(result.agenda).toEqual([{ title: "Opening" }, { title: "Budget" }]);
    expect(view(result).sections.map((section) => [section.heading, section.text])).toEqual([
      ["1. Opening", ["The chair opened the meeting."]],
      ["2. Budget", ["The budget was approved."]],
    ]);
    expect(result.warnings).toEqual([]);
  });

  it.each([
    "Call 3 — 5 May 2022, 15:00 UTC",
    "Call 3 - 5 May 2022, 15:00 UTC",
    "Call 3, 5 May 2022, 15:00 UTC",
    "Call 3 | 5 May 2022 | 15:00 UTC",
    "Call 3 – May 5, 2022, 15:00 UTC",
    "Call 3: 5 May 2022 at 15:00 UTC",
    "5 May 2022, 15:00 UTC — Call 3",
  ])("IMPORT-L10: the meeting line %j gives the title, its number and the date and time", (line) => {
    const result = importSummary(`Best Practice Forum on Cybersecurity\n${line}\n\n${BODY}`);
    expect(view(result).facts).toEqual({ series: "Best Practice Forum on Cybersecurity", title: "Call 3", number: 3, startsAt: "2022-05-05T15:00:00.000Z" });
  });
});

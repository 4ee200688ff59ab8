import { describe, expect, it } from "vitest";
import { importSummary } from "@rapporteur/shared";
import { viewImport as view } from "./view-import.js";

/** Markdown call notes: group and call on the heading line, a bold "Date:" with an ISO date and a time range. */
const BPF_CALL = `# BPF Cybersecurity – Call 5

**Date:** 2023-07-12, 14:00–15:00 UTC

## Summary

The call reviewed the draft report.

## Action items

- Josephine to circulate the draft.
- All to comment by 20 July.
`;

/** Coalition notes: "Meeting notes – 15 Jan. 2024", the participants as one line of names, numbered headings above their text. */
const COALITION_NOTES = `Dynamic Coalition on Data and Trust
Meeting notes – 15 Jan. 2024

Participants:
Anna Smith, Bob Jones, Carl Lee and Wout de Natris

1. Introductions
Members introduced themselves.

2. Work plan
The work plan was adopted.
`;

/** Policy network notes: "Group: Meeting 4" on one line, plain headings above their text, "Name – Affiliation" attendees. */
const NETWORK_NOTES = `IGF Policy Network on Internet Fragmentation: Meeting 4
9 November 2023, 10:00 UTC

Agenda
1. Opening
2. Discussion paper

Opening
The co-facilitators opened the meeting.

Discussion paper
Comments were collected on the discussion paper.

Attendees
- Anna Smith – APC
- Bob Jones – Google, Co-facilitator
`;

describe("short call notes", () => {
  it("IMPORT-L12: Markdown call notes: series and title from one heading line, an ISO date with a time range, the opening kept, action items as a list", () => {
    expect(view(importSummary(BPF_CALL))).toEqual({
      facts: { series: "BPF Cybersecurity", title: "Call 5", number: 5, startsAt: "2023-07-12T14:00:00.000Z" },
      agenda: [{ title: "Action items" }],
      preamble: ["The call reviewed the draft report."],
      sections: [{ heading: "Action items", level: 2, agendaIndex: 0, text: ["* Josephine to circulate the draft.", "* All to comment by 20 July."] }],
      participants: [],
      numberedParagraphs: false,
    });
  });

  it("IMPORT-L13: coalition notes: an abbreviated month, a one-line list of names under Participants:, numbered headings above their text", () => {
    const result = importSummary(COALITION_NOTES);
    expect(view(result)).toEqual({
      facts: { series: "Dynamic Coalition on Data and Trust", title: undefined, number: undefined, startsAt: "2024-01-15T00:00:00.000Z" },
      agenda: [{ title: "Introductions" }, { title: "Work plan" }],
      preamble: [],
      sections: [
        { heading: "1. Introductions", level: 2, agendaIndex: 0, text: ["Members introduced themselves."] },
        { heading: "2. Work plan", level: 2, agendaIndex: 1, text: ["The work plan was adopted."] },
      ],
      participants: [{ name: "Anna Smith" }, { name: "Bob Jones" }, { name: "Carl Lee" }, { name: "Wout de Natris" }],
      numberedParagraphs: false,
    });
  });

  it("IMPORT-L14: policy network notes: \"Group: Meeting 4\", plain headings above their text after a numbered agenda, \"Name – Affiliation\" attendees", () => {
    expect(view(importSummary(NETWORK_NOTES))).toEqual({
      facts: { series: "IGF Policy Network on Internet Fragmentation", title: "Meeting 4", number: 4, startsAt: "2023-11-09T10:00:00.000Z" },
      agenda: [{ title: "Opening" }, { title: "Discussion paper" }],
      preamble: [],
      sections: [
        { heading: "Opening", level: 2, agendaIndex: 0, text: ["The co-facilitators opened the meeting."] },
        { heading: "Discussion paper", level: 2, agendaIndex: 1, text: ["Comments were collected on the discussion paper."] },
      ],
      participants: [
        { name: "Anna Smith", affiliation: "APC" },
        { name: "Bob Jones", affiliation: "Google", role: "Co-facilitator" },
      ],
      numberedParagraphs: false,
    });
  });
});

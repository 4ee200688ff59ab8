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

/** A title block of labelled lines: date, a time range, the moderator, the platform (whose "meeting" is no title). */
const LABELLED_TITLE_BLOCK = `Dynamic Coalition on Open Education

Meeting 2
Date: 4 March 2024
Time: 16:00-17:00 UTC
Moderator: Jane Doe
Platform: Zoom meeting

1. Welcome
Jane welcomed everyone.

2. Plans
The group discussed plans.
`;

/** Markdown with the participants as a table. */
const MARKDOWN_TABLE = `## Best Practice Forum on Local Content
### Meeting 6, 20 September 2022, 12:00 UTC

### Discussion

The group agreed on the outline.

### Participants

| Name | Organisation | Role |
|:-----|:-------------|:-----|
| Giacomo Mazzone | EBU | Co-facilitator |
| Anna Smith | APC | |
`;

/** Text hard-wrapped at 72 columns with the numbered headings directly above their paragraphs. */
const WRAPPED_TEXT = `Best Practice Forum on Cybersecurity
Virtual meeting – 14 June 2023, 13:00 UTC

1. Introduction
The BPF co-facilitators opened the call and presented the work plan for
2023, which focuses on the use of norms and their implementation in
national strategies.
2. Survey
Participants discussed the survey draft.
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

  it("IMPORT-L17: a title block of labelled lines gives the date, the start of the time range and the moderator; no line of it becomes a section", () => {
    const result = importSummary(LABELLED_TITLE_BLOCK);
    expect(view(result).facts).toEqual({ series: "Dynamic Coalition on Open Education", title: "Meeting 2", number: 2, startsAt: "2024-03-04T16:00:00.000Z" });
    expect(result.moderators).toEqual(["Jane Doe"]);
    expect(view(result).sections.map((section) => [section.heading, section.text])).toEqual([
      ["1. Welcome", ["Jane welcomed everyone."]],
      ["2. Plans", ["The group discussed plans."]],
    ]);
    expect(result.preamble).toEqual([]);
  });

  it("IMPORT-L18: Markdown participants as a table (header row and alignment rule skipped); text right under Discussion stays there", () => {
    const result = importSummary(MARKDOWN_TABLE);
    expect(view(result).facts).toEqual({ series: "Best Practice Forum on Local Content", title: "Meeting 6", number: 6, startsAt: "2022-09-20T12:00:00.000Z" });
    expect(result.participants).toEqual([
      { name: "Giacomo Mazzone", affiliation: "EBU", role: "Co-facilitator" },
      { name: "Anna Smith", affiliation: "APC" },
    ]);
    expect(view(result).sections).toEqual([{ heading: "Discussion", level: 2, agendaIndex: 0, text: ["The group agreed on the outline."] }]);
    expect(result.warnings).toEqual([]);
  });

  it("IMPORT-L19: hard-wrapped text with numbered headings directly above their paragraphs: each heading split off, each wrapped paragraph whole", () => {
    expect(view(importSummary(WRAPPED_TEXT))).toEqual({
      facts: { series: "Best Practice Forum on Cybersecurity", title: "Virtual meeting", number: undefined, startsAt: "2023-06-14T13:00:00.000Z" },
      agenda: [{ title: "Introduction" }, { title: "Survey" }],
      preamble: [],
      sections: [
        {
          heading: "1. Introduction",
          level: 2,
          agendaIndex: 0,
          text: ["The BPF co-facilitators opened the call and presented the work plan for 2023, which focuses on the use of norms and their implementation in national strategies."],
        },
        { heading: "2. Survey", level: 2, agendaIndex: 1, text: ["Participants discussed the survey draft."] },
      ],
      participants: [],
      numberedParagraphs: false,
    });
  });
});

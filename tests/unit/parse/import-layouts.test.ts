import { describe, expect, it } from "vitest";
import { importSummary } from "@rapporteur/shared";
import { viewImport as view } from "./view-import.js";
import { LAYOUT_CAPS_CRLF, LAYOUT_HYBRID, LAYOUT_ITEMS, LAYOUT_MARKDOWN, LAYOUT_MARKDOWN_NESTED, LAYOUT_NO_BLANK_LINES, LAYOUT_UNREADABLE } from "./import-layout-samples.js";

describe("importing summaries laid out in other ways", () => {
  it("IMPORT-L1: plain text with each heading directly above its text, an Agenda heading above a numbered list and a Participants: heading above bullets", () => {
    const result = importSummary(LAYOUT_HYBRID);
    expect(view(result)).toEqual({
      facts: { series: "IGF MAG Working Group on Hybrid Meetings", title: "Meeting VII", number: "VII", startsAt: "2023-04-12T13:00:00.000Z" },
      agenda: [{ title: "Welcome" }, { title: "Feedback from IGF 2022 hybrid sessions" }, { title: "AOB" }],
      preamble: [],
      sections: [
        { heading: "1. Welcome", level: 2, agendaIndex: 0, text: ["Chengetai welcomed participants."] },
        { heading: "2. Feedback from IGF 2022 hybrid sessions", level: 2, agendaIndex: 1, text: ["Roberto presented the survey results. Several participants noted that remote moderators need training."] },
        { heading: "3. AOB", level: 2, agendaIndex: 2, text: ["None."] },
      ],
      participants: [
        { name: "Chengetai Masango", affiliation: "IGF Secretariat" },
        { name: "Roberto Zambrana", role: "Independent Expert" },
        { name: "Анна Петрова", affiliation: "Ministry", role: "Member" },
      ],
      numberedParagraphs: false,
    });
    expect([result.agendaPlacement, result.agendaTitle, result.participantsTitle, result.suggestedTemplateId]).toEqual(["body", "Agenda", "Participants", "discussion-per-item"]);
    expect(result.warnings).toEqual([]);
  });

  it("IMPORT-L2: Markdown with ### Agenda and a numbered list, ### 1. headings with their text, ### Participants and a numbered list", () => {
    const result = importSummary(LAYOUT_MARKDOWN);
    expect(view(result)).toEqual({
      facts: { series: "Best Practice Forum on Cybersecurity", title: "Call 3", number: 3, startsAt: "2022-05-05T15:00:00.000Z" },
      agenda: [{ title: "Updates" }, { title: "Next steps" }],
      preamble: [],
      sections: [
        { heading: "1. Updates", level: 2, agendaIndex: 0, text: ["Markus reported on the survey."] },
        { heading: "2. Next steps", level: 2, agendaIndex: 1, text: ["* Draft report by June."] },
      ],
      participants: [
        { name: "Markus Kummer", affiliation: "IGF Support Association" },
        { name: "Wim Degezelle", affiliation: "Consultant" },
      ],
      numberedParagraphs: false,
    });
    expect(result.warnings).toEqual([]);
  });

  it("IMPORT-L3: Windows line endings, tabs, ALL-CAPS numbered headings, an Attendees: line of names, one paragraph per line, a Next meeting: line", () => {
    const result = importSummary(LAYOUT_CAPS_CRLF);
    expect(view(result)).toEqual({
      facts: { series: "DYNAMIC COALITION ON ACCESSIBILITY AND DISABILITY", title: "Monthly call", number: undefined, startsAt: "2024-03-08T14:00:00.000Z" },
      agenda: [{ title: "WELCOME AND ADOPTION OF THE AGENDA" }, { title: "IGF 2024 SESSION PROPOSAL" }, { title: "ANY OTHER BUSINESS" }],
      preamble: [],
      sections: [
        { heading: "1. WELCOME AND ADOPTION OF THE AGENDA", level: 2, agendaIndex: 0, text: ["Gunela opened the call and the agenda was adopted without changes."] },
        {
          heading: "2. IGF 2024 SESSION PROPOSAL",
          level: 2,
          agendaIndex: 1,
          text: ["Judith presented the draft proposal for the IGF 2024 session on accessible hybrid participation. Members asked for captioning in every room.", "Muhammad will circulate the final text."],
        },
        // Issue 13: a "Next meeting:" line goes to the next-meeting section, no longer under the last item.
        { heading: "3. ANY OTHER BUSINESS", level: 2, agendaIndex: 2, text: ["None."] },
        { heading: "Next meeting", level: 2, agendaIndex: undefined, text: ["Next meeting: 12 April 2024, 14:00 UTC"] },
      ],
      participants: [{ name: "Gunela Astbrink", role: "Chair" }, { name: "Judith Hellerstein" }, { name: "Muhammad Shabbir" }, { name: "Vidya Y" }],
      numberedParagraphs: false,
    });
    expect(result.participantsTitle).toBe("Attendees");
  });

  it("IMPORT-L4: Date: and Time: lines, AGENDA: with roman numerals, Item 1: headings, • and – bullets, Present above spreadsheet rows", () => {
    const result = importSummary(LAYOUT_ITEMS);
    expect(view(result)).toEqual({
      facts: { series: "Best Practice Forum on Gender and Digital Rights", title: undefined, number: undefined, startsAt: "2021-06-21T13:00:00.000Z" },
      agenda: [{ title: "Welcome" }, { title: "Draft output report" }, { title: "AOB" }],
      preamble: [],
      sections: [
        { heading: "Item 1: Welcome", level: 2, agendaIndex: 0, text: ["The coordinator welcomed participants and recalled the timeline."] },
        { heading: "Item 2: Draft output report", level: 2, agendaIndex: 1, text: ["* The draft was circulated on 14 June.", "* Comments are due by 30 June.", "* Sub-group leads will merge the comments."] },
        { heading: "Item 3: AOB", level: 2, agendaIndex: 2, text: ["No other business was raised."] },
      ],
      participants: [
        { name: "Anna Smith", affiliation: "APC", role: "Coordinator" },
        { name: "Ravi Kumar", affiliation: "University of Delhi" },
      ],
      numberedParagraphs: false,
    });
    expect([result.agendaTitle, result.participantsTitle]).toEqual(["AGENDA", "Present"]);
  });

  it("IMPORT-L5: Markdown with an underlined title, a | meeting line, a nested agenda, ## and ### sections, a rule and a bold participants heading", () => {
    const result = importSummary(LAYOUT_MARKDOWN_NESTED);
    expect(view(result)).toEqual({
      facts: { series: "Dynamic Coalition on Internet Standards", title: "Meeting VII", number: "VII", startsAt: "2023-04-12T13:00:00.000Z" },
      agenda: [{ title: "Welcome and introductions" }, { title: "Working group reports", children: [{ title: "Procurement" }, { title: "Education" }] }],
      preamble: [],
      sections: [
        { heading: "Welcome and introductions", level: 2, agendaIndex: 0, text: ["The chair opened the meeting."] },
        { heading: "Working group reports", level: 2, agendaIndex: 1, text: [] },
        // Issue 13: sub-item sections are matched to their sub-items (they were left unmatched).
        { heading: "Procurement", level: 3, agendaIndex: 1, agendaChildIndex: 0, text: ["Wout reported on the procurement study."] },
        { heading: "Education", level: 3, agendaIndex: 1, agendaChildIndex: 1, text: ["The education report is delayed."] },
      ],
      participants: [
        { name: "Wout de Natris", role: "Independent Expert" },
        { name: "Mallory Knodel", affiliation: "CDT" },
      ],
      numberedParagraphs: false,
    });
    expect(result.participantsTitle).toBe("List of participants");
  });

  it("IMPORT-L6: a summary typed without blank lines: Agenda: bullets, plain headings directly above their paragraphs and lists, List of participants with 1)", () => {
    const result = importSummary(LAYOUT_NO_BLANK_LINES);
    expect(view(result)).toEqual({
      facts: { series: "IGF Dynamic Coalition on Schools of Internet Governance", title: "Meeting 12", number: 12, startsAt: "2023-10-03T10:00:00.000Z" },
      agenda: [{ title: "Welcome" }, { title: "Report from the SIG survey" }, { title: "Next steps" }],
      preamble: [],
      sections: [
        { heading: "Welcome", level: 2, agendaIndex: 0, text: ["Sandra welcomed the members and introduced the new coordinator."] },
        {
          heading: "Report from the SIG survey",
          level: 2,
          agendaIndex: 1,
          text: ["Olga presented the results of the survey of 45 schools. Most schools now run hybrid sessions.", "Participants asked for a comparison with the 2022 results."],
        },
        { heading: "Next steps", level: 2, agendaIndex: 2, text: ["* Olga to share the slides.", "* Members to send comments by 20 October."] },
      ],
      participants: [
        { name: "Sandra Hoferichter", affiliation: "EuroSSIG" },
        { name: "Olga Cavalli", affiliation: "SSIG Argentina" },
        { name: "Avri Doria" },
      ],
      numberedParagraphs: false,
    });
  });

  it("IMPORT-L7: unreadable characters are never dropped: the line stays as a paragraph (shown as �) and a warning names its line", () => {
    const result = importSummary(LAYOUT_UNREADABLE);
    expect(view(result).sections).toEqual([
      { heading: "Summary of discussion", level: 2, agendaIndex: 0, text: ["The group reviewed the case studies.", "Sections \ufffd\ufffd were garbled in the copy.", "- \ufffd\ufffd\ufffd\ufffd"] },
    ]);
    expect(result.participants).toEqual([{ name: "Anna Smith", affiliation: "APC" }]);
    expect(result.warnings.map((warning) => [warning.line, warning.message])).toEqual([
      [13, "unreadable characters; kept as a paragraph, check it"],
      [7, "unreadable characters; kept as a paragraph"],
    ]);
  });
});

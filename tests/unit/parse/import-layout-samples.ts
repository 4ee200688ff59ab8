/**
 * Summaries laid out as secretariats type them, beyond the three seeds: each one a layout
 * the importer must read (see tests/SPEC.md, IMPORT-L*).
 */

/** Plain text: numbered headings directly above their text, "Agenda" above a list, "Participants:" above bullets. */
export const LAYOUT_HYBRID = `IGF MAG Working Group on Hybrid Meetings

Meeting VII

12 April 2023, 13:00 UTC

Summary

Agenda
1. Welcome
2. Feedback from IGF 2022 hybrid sessions
3. AOB

1. Welcome
Chengetai welcomed participants.

2. Feedback from IGF 2022 hybrid sessions
Roberto presented the survey results. Several participants noted that remote moderators need training.

3. AOB
None.

Participants:
- Chengetai Masango (IGF Secretariat)
- Roberto Zambrana (Independent Expert)
- Анна Петрова (Ministry, Member)
`;

/** Markdown: every heading "###", the meeting line giving title and date. */
export const LAYOUT_MARKDOWN = `# Best Practice Forum on Cybersecurity
## Call 3 — 5 May 2022, 15:00 UTC
### Agenda
1. Updates
2. Next steps
### 1. Updates
Markus reported on the survey.
### 2. Next steps
- Draft report by June.
### Participants
1. Markus Kummer, IGF Support Association
2. Wim Degezelle, Consultant
`;

/** A byte-order mark and Windows line endings (as Notepad saves), a tab, ALL-CAPS headings, an "Attendees:" line of names, one paragraph per long line, a "Next meeting:" line. */
export const LAYOUT_CAPS_CRLF = [
  "\ufeffDYNAMIC COALITION ON ACCESSIBILITY AND DISABILITY",
  "Monthly call, 8 March 2024, 14:00 UTC",
  "",
  "Attendees: Gunela Astbrink (Chair), Judith Hellerstein, Muhammad Shabbir and Vidya Y",
  "",
  "1. WELCOME AND ADOPTION OF THE AGENDA",
  "Gunela opened the call and the agenda was adopted without changes.",
  "",
  "2. IGF 2024 SESSION PROPOSAL",
  "Judith presented the draft proposal for the IGF 2024 session on accessible hybrid participation.\tMembers asked for captioning in every room.",
  "Muhammad will circulate the final text.",
  "",
  "3. ANY OTHER BUSINESS",
  "None.",
  "",
  "Next meeting: 12 April 2024, 14:00 UTC",
  "",
].join("\r\n");

/** "Date:" and "Time:" lines, "AGENDA:" with roman numerals, "Item 1: …" headings, "•" and "–" bullets, "Present" above spreadsheet rows. */
export const LAYOUT_ITEMS = `Best Practice Forum on Gender and Digital Rights
Date: 21 June 2021
Time: 13:00 UTC

AGENDA:
I. Welcome
II. Draft output report
III. AOB

Item 1: Welcome
The coordinator welcomed participants and recalled the timeline.

Item 2: Draft output report
• The draft was circulated on 14 June.
• Comments are due by 30 June.
– Sub-group leads will merge the comments.

Item 3: AOB
No other business was raised.

Present
Name\tOrganisation\tRole
Anna Smith\tAPC\tCoordinator
Ravi Kumar\tUniversity of Delhi
`;

/** Markdown with an underlined title, a "|" meeting line, a nested bulleted agenda, "##"/"###" sections, a rule and a bold participants heading. */
export const LAYOUT_MARKDOWN_NESTED = `Dynamic Coalition on Internet Standards
=======================================

Meeting VII | 12 April 2023 | 13:00 UTC

## Agenda

* Welcome and introductions
* Working group reports
  * Procurement
  * Education

## Welcome and introductions

The chair opened the meeting.

## Working group reports

### Procurement

Wout reported on the procurement study.

### Education

The education report is delayed.

---

**List of participants**

- Wout de Natris, Independent Expert
- Mallory Knodel, CDT
`;

/** Typed without a single blank line, as in an e-mail: "Agenda:" bullets, plain headings, Markdown task boxes, "List of participants" with "1)". */
export const LAYOUT_NO_BLANK_LINES = `IGF Dynamic Coalition on Schools of Internet Governance
Meeting 12 - 3 October 2023, 10:00 UTC
Agenda:
- Welcome
- Report from the SIG survey
- Next steps
Welcome
Sandra welcomed the members and introduced the new coordinator.
Report from the SIG survey
Olga presented the results of the survey of 45 schools. Most schools now run hybrid sessions.
Participants asked for a comparison with the 2022 results.
Next steps
- [ ] Olga to share the slides.
- [x] Members to send comments by 20 October.
List of participants
1) Sandra Hoferichter, EuroSSIG
2) Olga Cavalli, SSIG Argentina
3) Avri Doria
`;

/** Control characters from a bad copy, in the discussion and in the participant list. */
export const LAYOUT_UNREADABLE = `IGF Policy Network on Meaningful Access
Meeting 4
2 February 2022, 15:00 UTC

Participants:
- Anna Smith (APC)
- \u0001\u0002\u0003\u0004

Summary of discussion

The group reviewed the case studies.

Sections \u0007\u0008 were garbled in the copy.
`;

import type { ReportTemplate } from "./report-template.js";

const stamp = "2026-01-01T00:00:00.000Z";

/** Discussion per agenda item, as the WG-Strategy reports of 2023 (seed 002). */
const discussionPerItem: ReportTemplate = {
  id: "discussion-per-item",
  builtIn: true,
  name: "Discussion per agenda item",
  description: "Title block, agenda, one numbered discussion section per item, next steps, participants.",
  titleLines: ["{series}", "{title}", "{date} at {time} UTC", "Summary Report"],
  opening: [
    "The {ordinal} virtual meeting of the {series} was held on {date} at {time} UTC. {hostingSentence} {participantsSentence} The recording of the meeting is available upon request.",
    "The co-chair opened the meeting by introducing the agenda:",
  ],
  sections: [
    { kind: "agenda", title: "Agenda" },
    { kind: "followUp", title: "Follow-up on action items" },
    { kind: "discussion", title: "Discussion" },
    { kind: "nextSteps", title: "Next steps" },
    { kind: "nextMeeting", title: "Next meeting" },
    { kind: "participantsAnnex", title: "List of participants" },
  ],
  headingNumbering: "decimal",
  subItemNumbering: "lower-alpha",
  speakerName: "first",
  numberParagraphs: false,
  createdAt: stamp,
  updatedAt: stamp,
};

/** Numbered items, "Priorities and next steps", agenda and participants as Annex I and II (seed 000). */
const prioritiesWithAnnexes: ReportTemplate = {
  id: "priorities-annexes",
  builtIn: true,
  name: "Priorities and next steps, with annexes",
  description: "Numbered sections per agenda item, priorities and next steps, Annex I agenda, Annex II participants.",
  titleLines: ["{series}", "{title}", "Summary Report"],
  opening: [
    "The {ordinalWord} meeting of the {series} was held on {date}. {hostingSentence} {participantsSentence}",
    "The meeting summary shown below has been drafted in accordance to the agreed agenda (Annex I).",
  ],
  sections: [
    { kind: "followUp", title: "Follow-up on action items" },
    { kind: "discussion", title: "Discussion" },
    { kind: "nextSteps", title: "Priorities and next steps" },
    { kind: "nextMeeting", title: "Next meeting" },
    { kind: "agendaAnnex", title: "Annex I: Agenda" },
    { kind: "participantsAnnex", title: "Annex II: List of participants" },
  ],
  headingNumbering: "decimal",
  subItemNumbering: "lower-alpha",
  speakerName: "first",
  numberParagraphs: false,
  createdAt: stamp,
  updatedAt: stamp,
};

/** Formal UN style: numbered paragraphs, lettered work streams, two annexes (seed 004). */
const numberedParagraphs: ReportTemplate = {
  id: "numbered-paragraphs",
  builtIn: true,
  name: "Numbered paragraphs (formal)",
  description: "Every paragraph numbered, agenda items lettered A., B., …, agenda and participants annexed.",
  titleLines: ["{series}", "{title}", "{date} at {time} UTC", "Summary Report"],
  opening: [
    "The {ordinalWord} online meeting of the {series} was hosted on {date} at {time} UTC. {hostingSentence} The meeting's agenda is annexed to this report, as well as the list of participants.",
  ],
  sections: [
    { kind: "followUp", title: "Follow-up on action items" },
    { kind: "discussion", title: "Discussion" },
    { kind: "nextSteps", title: "Next steps" },
    { kind: "nextMeeting", title: "Next meeting" },
    { kind: "agendaAnnex", title: "Annex 1: Meeting Agenda" },
    { kind: "participantsAnnex", title: "Annex 2: List of participants" },
  ],
  headingNumbering: "upper-alpha",
  subItemNumbering: "lower-alpha",
  speakerName: "first",
  numberParagraphs: true,
  createdAt: stamp,
  updatedAt: stamp,
};

export const BUILT_IN_TEMPLATES: readonly ReportTemplate[] = [discussionPerItem, prioritiesWithAnnexes, numberedParagraphs];
export const DEFAULT_TEMPLATE_ID = discussionPerItem.id;

import {
  BUILT_IN_TEMPLATES,
  buildSummaryDocument,
  ExportOptionsSchema,
  type ApprovalStamp,
  type ExportOptions,
  type JsonNode,
  type LiveParticipant,
  type Meeting,
  type ReportTemplate,
  type SummaryExportInput,
} from "@rapporteur/shared";

/** Seed 002 (WG-Strategy Online Meeting 51), typed by hand, with a few names that test the fonts. */
const id = (seed: string) => seed.padEnd(22, "x");

const agendaTitles = [
  "Activities of the WG Strategy for 2023",
  "Open Consultations and MAG Meeting",
  "WSIS +20 action plan",
  "Update from the IGF Secretariat",
  "AoB",
];

const participantRows: [string, string, string?][] = [
  ["Anja Gengo", "IGF Secretariat"],
  ["Anriette Esterhuysen", "former IGF MAG Chair"],
  ["Chris Buckridge", "IGF MAG member", "Co-Chair"],
  ["Amrita Choudhury", "IGF MAG member", "Co-Chair"],
  ["Concettina Cassa", "Government of Italy", "Co-Chair"],
  ["Ben Wallis", "Microsoft, former MAG member"],
  ["Chris Disspain", "Independent Expert"],
  ["David Souter", "Independent Expert"],
  ["Flavio Wagner", "CGI.br and University of Federal do Rio Grande do Sul, Brasil"],
  ["Jim Prendergast", "Independent Expert"],
  ["Jorge Cancio", "Government of Switzerland"],
  ["Adam Peake", "IGF MAG member"],
  ["Carol Roach", "IGF MAG member"],
  ["Lucien Castex", "Mission Publiques"],
  ["Mark Carvell", "Independent Expert"],
  ["Mafi Mish", "Independent Expert"],
  ["Nigel Hickson", "Independent Expert"],
  ["Timea Suto", "ICC Basis, former MAG member"],
  ["Peace Olivier", "IGF MAG member"],
  ["Raúl Echeberría", "Independent Expert"],
  ["Roberto Zambrana", "former MAG member"],
  ["Rosalind Kenny Birch", "UK Government"],
  ["Роман Чуков (Roman Chukov)", "Russian Government, former MAG member"],
  ["Tereza Horejsova", "IGF MAG member"],
  ["Vera Major", "ICANN"],
  ["Wout de Natris", "Independent Expert"],
  ["Wolfgang Kleinwächter", "University of Aarhus"],
  ["Ελένη Παπαδοπούλου", "Hellenic Ministry of Digital Governance"],
];

export const sampleMeeting: Meeting = {
  id: id("meeting51"),
  series: "MAG Working Group on IGF Strengthening and Strategy",
  title: "Online Meeting 51",
  number: 51,
  startsAt: "2023-02-16T14:00:00.000Z",
  hosts: ["Concettina Cassa"],
  moderators: [],
  agenda: agendaTitles.map((title, index) => ({ id: id(`item${index + 1}`), title, children: [] })),
  participants: participantRows.map(([name, affiliation, role], index) => ({ id: id(`p${index + 1}`), name, affiliation, ...(role ? { role } : {}) })),
  templateId: "discussion-per-item",
  createdAt: "2023-02-01T00:00:00.000Z",
  status: "drafting",
};

export const sampleParticipants: LiveParticipant[] = sampleMeeting.participants.map((participant) => ({ ...participant }));

const text = (value: string, marks?: JsonNode["marks"]): JsonNode => ({ type: "text", text: value, ...(marks ? { marks } : {}) });
const paragraph = (...content: JsonNode[]): JsonNode => ({ type: "paragraph", content });
const mention = (label: string): JsonNode => ({ type: "mention", attrs: { id: label, label } });
const item = (...content: JsonNode[]): JsonNode => ({ type: "listItem", content });

/** What the note-takers wrote under each agenda item (seed 002, shortened), in the order it must print. */
const discussion: Record<number, JsonNode[]> = {
  1: [
    paragraph(
      text("Titti shared the "),
      text("document of the working group's proposed activities for 2023", [{ type: "link", attrs: { href: "https://www.intgovforum.org/en/content/wg-strategy-2023" } }]),
      text(". These activities have been commented on and "),
      text("approved", [{ type: "bold" }]),
      text(" by the MAG."),
    ),
    paragraph(
      mention("Amrita Choudhury"),
      text(" presented the activities and explained the general approach, particularly for the working group to serve as a "),
      text("bridge", [{ type: "italic" }]),
      text(" to other UN activities, including those related to 'Our Common Agenda', the Global Digital Compact, and the WSIS+20 review."),
    ),
    paragraph(text("Raúl Echeberría asked whether it was still possible to add activities to the list; "), text("a late addition", [{ type: "strike" }]), text(" Titti noted that this had been "), text("included", [{ type: "underline" }]), text(" in the discussion.")),
  ],
  2: [
    paragraph(text("Adam noted that there has been discussion of making the MAG/Leadership Panel open (virtually) to observers. Anriette also suggested that a report from the 2022 Expert Group Meeting (EGM) would be a useful way to create common ground between the MAG and LP.")),
    { type: "decision", attrs: { id: "decision-1" }, content: [text("The WG will ask that the MAG/Leadership Panel meeting be open to observers.")] },
    { type: "internalNote", attrs: { id: "note-1" }, content: [text("SECRET-NOTE: check with Anja before publishing")] },
    paragraph(text("Titti noted that the WG could include these suggestions for the agenda of the meetings in Vienna in March.")),
  ],
  3: [
    paragraph(text("Chris Buckridge presented the document as it currently stands. The short-term tasks are:")),
    {
      type: "orderedList",
      attrs: { start: 1 },
      content: [
        item(paragraph(text("Raising awareness with stakeholders")), { type: "bulletList", content: [item(paragraph(text("a session at IGF 2023"))), item(paragraph(text("briefings for the NRIs")))] }),
        item(paragraph(text("A report on developments since WSIS+10"))),
      ],
    },
    { type: "actionItem", attrs: { id: "action-1", owner: "Anja Gengo", due: "2023-03-02", status: "open" }, content: [text("Update the EGM page with the background document and both reports")] },
    paragraph(text("Nigel Hickson agreed that the document is ambitious, and noted the distinction between thinking in Geneva and New York.")),
  ],
  4: [
    paragraph(text("Роман Чуков (Roman Chukov) and Ελένη Παπαδοπούλου asked how the IGF 2022 Messages reached the Permanent Missions; Wolfgang Kleinwächter welcomed the translation into six languages.")),
  ],
  5: [paragraph(text("Titti closed the meeting, and noted that the next meeting will be on 2 March."))],
};

const nextSteps: JsonNode[] = [
  paragraph(text("The co-chairs will circulate the revised plan before the next meeting.")),
  { type: "actionItem", attrs: { id: "action-2", owner: "Chris Buckridge", due: "2023-03-01", status: "done" }, content: [text("Circulate the revised WSIS+20 action plan")] },
];

/** The report body: the template's first draft with the discussion typed into it. */
export function buildSampleBody(template: ReportTemplate = BUILT_IN_TEMPLATES[0]!): JsonNode {
  const doc = buildSummaryDocument(sampleMeeting, template);
  const content: JsonNode[] = [];
  let pending: JsonNode[] | undefined;
  for (const node of doc.content ?? []) {
    const isEmptyParagraph = node.type === "paragraph" && !node.content;
    if (isEmptyParagraph && pending) {
      content.push(...pending);
      pending = undefined;
      continue;
    }
    content.push(node);
    const itemIndex = sampleMeeting.agenda.findIndex((entry) => entry.id === node.attrs?.agendaItemId);
    if (node.type === "heading" && itemIndex >= 0) pending = discussion[itemIndex + 1];
    if (node.type === "heading" && node.attrs?.sectionKind === "nextSteps") pending = nextSteps;
    if (node.type === "heading" && node.attrs?.sectionKind === "nextMeeting") pending = [paragraph(text("The next meeting will be held on 2 March 2023 at 14:00 UTC."))];
  }
  return { type: "doc", content };
}

export const sampleApproval: ApprovalStamp = {
  approvedBy: "Concettina Cassa",
  approvedAt: "2023-03-03T10:15:00.000Z",
  version: 7,
  sha256: "3f7a9c21b4d8e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f70819",
};

export function buildSampleInput(overrides: Partial<SummaryExportInput> & { optionOverrides?: Partial<ExportOptions> } = {}): SummaryExportInput {
  const { optionOverrides, ...rest } = overrides;
  return {
    meeting: sampleMeeting,
    body: buildSampleBody(),
    participants: sampleParticipants,
    itemTimes: {
      [id("item1")]: { startedAt: "2023-02-16T14:05:00.000Z", endedAt: "2023-02-16T14:20:00.000Z" },
      [id("item2")]: { startedAt: "2023-02-16T14:20:00.000Z", endedAt: "2023-02-16T14:42:00.000Z" },
    },
    numberParagraphs: false,
    options: ExportOptionsSchema.parse({ includeTimeMarkers: true, ...optionOverrides }),
    ...rest,
  };
}

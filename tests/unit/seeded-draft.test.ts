import { describe, expect, it } from "vitest";
import {
  BUILT_IN_TEMPLATES,
  buildSummaryDocument,
  ExportOptionsSchema,
  speakerLabel,
  textOf,
  type JsonNode,
  type Meeting,
  type ReportTemplate,
  type SummaryExportInput,
} from "@rapporteur/shared";
import { renderSummaryDocx } from "../../server/src/export/to-docx.js";
import { renderSummaryMarkdown } from "../../server/src/export/to-markdown.js";
import { renderSummaryPdf } from "../../server/src/export/to-pdf.js";
import { docxText, pdfText } from "../helpers/document-text.js";

const id = (seed: string) => seed.padEnd(22, "x");
const base: Meeting = {
  id: id("m"),
  series: "MAG Working Group on IGF Strengthening and Strategy",
  title: "Online Meeting 51",
  number: 51,
  startsAt: "2023-02-16T14:00:00.000Z",
  hosts: [],
  moderators: [],
  agenda: [
    { id: id("a"), title: "Activities of the WG Strategy for 2023", children: [{ id: id("a1"), title: "Participation of the NRIs" }, { id: id("a2"), title: "Update from the Secretariat" }] },
    { id: id("b"), title: "AoB", children: [] },
  ],
  participants: [
    { id: id("p1"), name: "Concettina Cassa", affiliation: "Government of Italy", role: "Co-Chair" },
    { id: id("p2"), name: "Amrita Choudhury", affiliation: "IGF MAG member", role: "Co-Chair" },
    { id: id("p3"), name: "Anja Gengo", affiliation: "IGF Secretariat" },
  ],
  templateId: "discussion-per-item",
  createdAt: "2023-02-01T00:00:00.000Z",
  status: "drafting",
};
const [discussionPerItem, prioritiesWithAnnexes, numberedParagraphs] = BUILT_IN_TEMPLATES as [ReportTemplate, ReportTemplate, ReportTemplate];

/** The first paragraph after the title block. */
function opening(meeting: Meeting, template: ReportTemplate): string {
  const blocks = buildSummaryDocument(meeting, template).content ?? [];
  return textOf(blocks.find((node) => node.type === "paragraph" && node.attrs?.textAlign !== "center")!);
}

describe("the seeded draft in the group's words", () => {
  it("DRAFT1: the opening is grammatical and true: hosts and moderators with their roles, the annexed list, the recording as the template states it", () => {
    expect(opening(base, discussionPerItem)).toBe(
      "The 51st virtual meeting of the MAG Working Group on IGF Strengthening and Strategy was held on 16 February 2023 at 14:00 UTC. " +
        "The list of participants is annexed to this report. The recording of the meeting is available upon request.",
    );
    expect(opening({ ...base, hosts: ["Concettina Cassa", "Amrita Choudhury"], moderators: ["Anja Gengo"] }, discussionPerItem)).toBe(
      "The 51st virtual meeting of the MAG Working Group on IGF Strengthening and Strategy was held on 16 February 2023 at 14:00 UTC. " +
        "The meeting was hosted by the co-chairs Concettina Cassa and Amrita Choudhury and moderated with the support of Anja Gengo. " +
        "The list of participants is annexed to this report. The recording of the meeting is available upon request.",
    );
    expect(opening({ ...base, hosts: ["Concettina Cassa"], moderators: ["Concettina Cassa"] }, prioritiesWithAnnexes)).toBe(
      "The 51st meeting of the MAG Working Group on IGF Strengthening and Strategy was held on 16 February 2023. " +
        "The meeting was hosted and moderated by the co-chair Concettina Cassa. The list of participants is annexed to this report.",
    );
    expect(opening({ ...base, moderators: ["Anja Gengo"] }, numberedParagraphs)).toBe(
      "The 51st online meeting of the MAG Working Group on IGF Strengthening and Strategy was hosted on 16 February 2023 at 14:00 UTC. " +
        "The meeting was moderated by Anja Gengo. The meeting's agenda is annexed to this report, as well as the list of participants.",
    );
    const noAnnexNoRecording: ReportTemplate = {
      ...discussionPerItem,
      opening: ["The {ordinal} meeting of the {series} was held on {date}. {hostingSentence} {participantsSentence}"],
      sections: discussionPerItem.sections.filter((section) => section.kind !== "participantsAnnex"),
    };
    const text = opening(base, noAnnexNoRecording);
    expect(text).toBe("The 51st meeting of the MAG Working Group on IGF Strengthening and Strategy was held on 16 February 2023.");
    for (const template of BUILT_IN_TEMPLATES) expect(opening(base, template)).not.toMatch(/participants and the recording|is available upon request\.\s*\S|\s{2}|\s[.,]/);
  });

  it("DRAFT2: sub-items are lettered as the template says, and every format prints the same labels", async () => {
    const doc = buildSummaryDocument(base, discussionPerItem);
    const headings = (doc.content ?? []).filter((node) => node.attrs?.agendaItemId).map(textOf);
    expect(headings).toEqual(["1. Activities of the WG Strategy for 2023", "a. Participation of the NRIs", "b. Update from the Secretariat", "2. AoB"]);
    const nested = buildSummaryDocument(base, { ...numberedParagraphs, subItemNumbering: "decimal-nested" });
    expect((nested.content ?? []).filter((node) => node.attrs?.agendaItemId).map(textOf)).toEqual([
      "A. Activities of the WG Strategy for 2023", "1.1 Participation of the NRIs", "1.2 Update from the Secretariat", "B. AoB",
    ]);
    const paren = buildSummaryDocument(base, { ...discussionPerItem, subItemNumbering: "lower-alpha-paren" });
    expect((paren.content ?? []).filter((node) => node.attrs?.agendaItemId).map(textOf)[2]).toBe("b) Update from the Secretariat");

    const input: SummaryExportInput = {
      meeting: base, body: doc, participants: base.participants, itemTimes: {}, numberParagraphs: false, options: ExportOptionsSchema.parse({}),
    };
    const texts = {
      md: renderSummaryMarkdown(input).replace(/\\/g, ""),
      pdf: pdfText(await renderSummaryPdf(input)),
      docx: (await docxText(await renderSummaryDocx(input))).body,
    };
    for (const [format, text] of Object.entries(texts)) {
      expect(text, format).toMatch(/a\. Participation of the NRIs\s[\s\S]*b\. Update from the Secretariat\s[\s\S]*2\. AoB/);
    }
  });

  it("DRAFT3: a speaker is named as the group writes it: first name by default, in full, or title and surname", () => {
    expect(speakerLabel("Carlos Alberto Afonso")).toBe("Carlos");
    expect(speakerLabel("Dr. Carlos Alberto Afonso", "first")).toBe("Carlos");
    expect(speakerLabel("Carlos Alberto Afonso", "full")).toBe("Carlos Alberto Afonso");
    expect(speakerLabel("Dr. Carlos Alberto Afonso", "titleSurname")).toBe("Dr. Afonso");
    expect(speakerLabel("Carlos Alberto Afonso", "titleSurname")).toBe("Carlos Alberto Afonso");
    expect(speakerLabel("Cher", "first")).toBe("Cher");
  });
});

export type { JsonNode };

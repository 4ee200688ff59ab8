import { describe, expect, it } from "vitest";
import { BUILT_IN_TEMPLATES, type ReportTemplate, type SummaryExportInput } from "@rapporteur/shared";
import { buildExportBlocks } from "../../../server/src/export/build-export-blocks.js";
import type { ExportBlock } from "../../../server/src/export/export-blocks.js";
import { renderSummaryDocx } from "../../../server/src/export/to-docx.js";
import { renderSummaryMarkdown } from "../../../server/src/export/to-markdown.js";
import { renderSummaryPdf } from "../../../server/src/export/to-pdf.js";
import { docxText, pdfText } from "../../helpers/document-text.js";
import { findOutOfOrder } from "./pdf-tools.js";
import { buildSampleBody, buildSampleInput, sampleApproval, sampleMeeting, sampleParticipants } from "./sample-summary.js";

/** White space removed: each format wraps lines and pads table cells its own way. */
const squash = (text: string) => text.replace(/[\s|]+/g, "");

/** What a reader sees of a block, in the order the report prints it: the one list all three formats must follow. */
function readerTexts(blocks: readonly ExportBlock[], numbersAsText = true): string[] {
  return blocks.flatMap((block): string[] => {
    const inline = (runs: ReadonlyArray<{ text: string }>) => runs.map((run) => run.text).join("");
    switch (block.kind) {
      case "heading":
        return [inline(block.inlines), ...(block.timeMarker ? [block.timeMarker] : [])];
      case "paragraph":
        return [`${block.number === null || !numbersAsText ? "" : `${block.number}.`}${inline(block.inlines)}`];
      case "list":
        return block.items.flatMap((item) => readerTexts(item, numbersAsText));
      case "quote":
        return readerTexts(block.blocks, numbersAsText);
      case "action":
        return [`Action: ${inline(block.inlines)}${block.details ? ` (${block.details})` : ""}`];
      case "decision":
        return [`Decision: ${inline(block.inlines)}`];
      case "caption":
        return [block.text];
      case "approval":
        return [block.statement.text];
      case "table":
        return [block.header, ...block.rows].map((row) => row.join(""));
      case "rule":
        return [];
    }
  });
}

/** Markdown as a reader sees it: escapes undone, emphasis and link syntax dropped (the sample has no literal `*`, `_` or `~`). */
function markdownReaderText(markdown: string): string {
  return markdown
    .replace(/\]\((?:<[^>]*>|[^)]*)\)/g, "")
    .replace(/<((?:https?|mailto):[^>]*)>/g, "$1")
    .replace(/\\([\s\S])|\*+|_+|~~|\[(?=[^\]]*\])/g, (_whole, escaped: string | undefined) => escaped ?? "");
}

/** The PDF's text without running headers: the series line is kept where the title block prints it. */
async function pdfReaderText(input: SummaryExportInput): Promise<string> {
  const lines = pdfText(await renderSummaryPdf(input), { title: input.meeting.title }).split("\n");
  const titleLine = lines.indexOf(input.meeting.series);
  return lines.filter((line, index) => index === titleLine || (line !== input.meeting.series && line !== "DRAFT: not approved")).join("\n");
}

async function renderAll(input: SummaryExportInput): Promise<Record<"md" | "pdf" | "docx", string>> {
  return {
    md: squash(markdownReaderText(renderSummaryMarkdown(input))),
    pdf: squash(await pdfReaderText(input)),
    docx: squash((await docxText(await renderSummaryDocx(input))).body),
  };
}

const withoutNextSteps: ReportTemplate = {
  ...BUILT_IN_TEMPLATES[2]!,
  sections: BUILT_IN_TEMPLATES[2]!.sections.filter((section) => section.kind !== "nextSteps"),
};

const cases: Array<[string, SummaryExportInput]> = [
  ["approved, attendance taken, time markers", buildSampleInput({ approval: sampleApproval, participants: sampleParticipants.map((p, index) => ({ ...p, attended: index % 3 !== 1 })) })],
  ["numbered paragraphs, no Next steps section, annexes", buildSampleInput({ body: buildSampleBody(withoutNextSteps), numberParagraphs: true })],
  ["draft, attendance not taken, no decisions list", buildSampleInput({ optionOverrides: { includeDecisions: false, includeTimeMarkers: false } })],
];

describe("PDF, Word and Markdown say the same thing", () => {
  it.each(cases)("PIPE1: %s: same sections, paragraphs in order, participants table, action table, dates", async (_name, input) => {
    const blocks = buildExportBlocks(input);
    // Word numbers paragraphs with its own numbering (EXPORT-DOCX8), so the numbers are not in its text.
    const expected = (format: string) => readerTexts(blocks, format !== "docx").map(squash).filter(Boolean);
    expect(blocks.some((block) => block.kind === "table" && block.purpose === "actions")).toBe(true);
    expect(blocks.some((block) => block.kind === "table" && block.purpose === "participants")).toBe(true);
    const formats = await renderAll(input);
    for (const [format, text] of Object.entries(formats)) {
      expect(findOutOfOrder(text, expected(format)), format).toBeUndefined();
      expect(text, format).toContain(squash("Update the EGM page with the background document and both reports Anja Gengo 2 March 2023 Open"));
      expect(text, format).not.toContain("2023-03-02");
      // Printed once where written and once in the table: never a third time.
      expect(text.split(squash("Update the EGM page")).length - 1, format).toBe(2);
    }
  });

  it("PIPE2: once attendance is taken, every format lists everyone with an Attended column", async () => {
    const participants = sampleParticipants.map((participant, index) => ({ ...participant, attended: index !== 1 }));
    const formats = await renderAll(buildSampleInput({ participants }));
    for (const [format, text] of Object.entries(formats)) {
      expect(text, format).toContain(squash("No. Name Affiliation Role Attended"));
      expect(text, format).toContain(squash("2. Anriette Esterhuysen former IGF MAG Chair No"));
      expect(text, format).toContain(squash(`28. ${sampleMeeting.participants[27]!.name}`));
    }
  });
});

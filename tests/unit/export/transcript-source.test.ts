import { describe, expect, it } from "vitest";
import type { JsonNode } from "@rapporteur/shared";
import { renderSummaryDocx } from "../../../server/src/export/to-docx.js";
import { renderSummaryMarkdown } from "../../../server/src/export/to-markdown.js";
import { renderSummaryPdf } from "../../../server/src/export/to-pdf.js";
import { readPdfText } from "./pdf-tools.js";
import { readZipEntry } from "./read-zip-entry.js";
import { buildSampleInput } from "./sample-summary.js";

const source = (at: number, seq: number) => [{ type: "transcriptSource", attrs: { at, seq } }];
/** What the Transcript panel inserts: a mention, ": ", the segment's words with their provenance mark; and a quote. */
const body: JsonNode = {
  type: "doc",
  content: [
    {
      type: "paragraph",
      content: [
        { type: "mention", attrs: { id: "p1", label: "Anriette Esterhuysen" } },
        { type: "text", text: ": " },
        { type: "text", text: "We support the work plan.", marks: source(370_000, 2) },
        { type: "text", text: " As she added, " },
        { type: "text", text: "the budget is ", marks: source(375_000, 3) },
        { type: "text", text: "tight.", marks: [...source(375_000, 3), { type: "bold" }] },
      ],
    },
    { type: "blockquote", content: [{ type: "paragraph", content: [{ type: "text", text: "“I agree.”", marks: source(420_000, 4) }] }] },
  ],
};

describe("text inserted from the transcript in every export", () => {
  it("TRANSCRIPT16 the provenance mark is left out of Markdown, PDF and Word; the text stays", async () => {
    const input = buildSampleInput({ body, optionOverrides: { includeTimeMarkers: false } });
    const markdown = renderSummaryMarkdown(input);
    expect(markdown).toContain("Anriette Esterhuysen: We support the work plan. As she added, the budget is **tight.**");
    expect(markdown).toContain("> “I agree.”");
    expect(markdown).not.toMatch(/00:06|transcript/i);
    const pdf = readPdfText(await renderSummaryPdf(input)).replace(/\s+/g, " ");
    expect(pdf).toContain("Anriette Esterhuysen: We support the work plan. As she added, the budget is tight.");
    expect(pdf).not.toContain("00:06");
    const docx = await readZipEntry(await renderSummaryDocx(input), "word/document.xml");
    expect(docx).toContain("We support the work plan.");
    expect(docx).not.toMatch(/00:06|transcript/i);
  });

  it("TRANSCRIPT16 with the time-markers option each inserted segment is preceded by its time, once per segment", async () => {
    const input = buildSampleInput({ body, optionOverrides: { includeTimeMarkers: true } });
    const markdown = renderSummaryMarkdown(input);
    expect(markdown).toContain("Anriette Esterhuysen: *\\[00:06:10]* We support the work plan. As she added, *\\[00:06:15]* the budget is **tight.**");
    expect(markdown).toContain("> *\\[00:07:00]* “I agree.”");
    const pdf = readPdfText(await renderSummaryPdf(input)).replace(/\s+/g, " ");
    expect(pdf).toContain("Anriette Esterhuysen: [00:06:10] We support the work plan.");
  });
});

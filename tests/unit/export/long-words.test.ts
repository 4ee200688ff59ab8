import { describe, expect, it } from "vitest";
import type { JsonNode } from "@rapporteur/shared";
import { renderSummaryPdf } from "../../../server/src/export/to-pdf.js";
import { runPoppler } from "./pdf-tools.js";
import { buildSampleInput } from "./sample-summary.js";

describe("unbroken long words in the PDF", () => {
  it("EXPORT-W4: a 32,000-character word wraps within the page (every character printed, no zero-width spaces in the text) and a 120-character link is left whole", async () => {
    const word = "abcdefghij".repeat(3200);
    const link = `https://example.org/${"z".repeat(100)}`;
    const paragraph = (text: string): JsonNode => ({ type: "paragraph", content: [{ type: "text", text }] });
    const input = buildSampleInput({ body: { type: "doc", content: [paragraph(word), paragraph(link)] }, participants: [] });
    const text = runPoppler(await renderSummaryPdf(input), "pdftotext", ["-raw"]).replace(/\f/g, "");
    const lines = text.split("\n").filter((line) => /^[a-j]+$/.test(line));
    expect(lines.join("")).toBe(word);
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThan(100);
    expect(text).not.toContain("\u200b");
    expect(text.replace(/\s+/g, "")).toContain(link);
  });
});

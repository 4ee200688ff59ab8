import { describe, expect, it } from "vitest";
import type { JsonNode } from "@rapporteur/shared";
import { buildExportBlocks } from "../../../server/src/export/build-export-blocks.js";
import type { ExportBlock } from "../../../server/src/export/export-blocks.js";
import { buildSampleInput } from "./sample-summary.js";

const plain = (block: ExportBlock) => ("inlines" in block ? block.inlines.map((run) => run.text).join("") : "text" in block ? block.text : "");

describe("The block model both renderers print", () => {
  it("EXPORT-BLOCKS1: options leave out the participants annex, the action table, the gathered decisions and the time markers", () => {
    const blocks = buildExportBlocks(buildSampleInput({
      optionOverrides: { includeParticipants: false, includeActionTable: false, includeDecisions: false, includeTimeMarkers: false },
    }));
    expect(blocks.some((block) => block.kind === "table")).toBe(false);
    expect(blocks.map(plain)).not.toContain("List of participants");
    expect(blocks.map(plain)).not.toContain("Decisions");
    expect(blocks.some((block) => block.kind === "heading" && block.timeMarker !== null)).toBe(false);
    // Without the table, the action written under "Next steps" is printed where it stands.
    expect(blocks.filter((block) => block.kind === "action").map(plain)).toEqual([
      "Update the EGM page with the background document and both reports",
      "Circulate the revised WSIS+20 action plan",
    ]);
  });

  it("EXPORT-BLOCKS2: with no Next steps section the action table goes before the annexes; internal notes never appear", () => {
    const input = buildSampleInput();
    const content = (input.body.content ?? []).filter((node) => node.attrs?.sectionKind !== "nextSteps");
    const blocks = buildExportBlocks({ ...input, body: { type: "doc", content } });
    const tableAt = blocks.findIndex((block) => block.kind === "table" && block.purpose === "actions");
    const annexAt = blocks.findIndex((block) => plain(block) === "List of participants");
    expect(tableAt).toBeGreaterThan(0);
    expect(tableAt).toBeLessThan(annexAt);
    expect(JSON.stringify(blocks)).not.toContain("SECRET-NOTE");
  });

  it("EXPORT-BLOCKS3: only links a reader can follow from a file keep their target; the text always stays", () => {
    const link = (href: string): JsonNode => ({ type: "text", text: href.slice(0, 8), marks: [{ type: "link", attrs: { href } }] });
    const body: JsonNode = { type: "doc", content: [{ type: "paragraph", content: ["https://igf.org/a", "mailto:wg@igf.org", "#section", "/relative", "javascript:alert(1)"].map(link) }] };
    const [paragraph] = buildExportBlocks({ ...buildSampleInput(), body });
    expect(paragraph?.kind === "paragraph" && paragraph.inlines.map((run) => run.href ?? null)).toEqual(["https://igf.org/a", "mailto:wg@igf.org", null, null, null]);
  });
});

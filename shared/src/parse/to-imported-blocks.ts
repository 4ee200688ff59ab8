import { markerStyle } from "./classify-block.js";
import type { ImportedBlock } from "./imported-summary.js";
import { runsFor, type InlineRun } from "./inline-run.js";
import { readListMarker } from "./list-marker.js";
import { joinWrappedLines, type TextBlock } from "./read-text-blocks.js";

const hasMarker = (line: string) => readListMarker(line).kind !== "none";

function toItem(lines: readonly string[], runs: InlineRun[][] | undefined): ImportedBlock {
  const first = lines[0]!;
  const ordered = markerStyle(first.replace(/^[-•*\uf0b7]\s*/u, "")) !== "none";
  // A Markdown task box ("- [ ] Send the draft") is not part of the item's text.
  const rest = readListMarker(first).rest.replace(/^\[[ xX]\]\s+/, "");
  const text = joinWrappedLines([rest, ...lines.slice(1)]);
  const formatted = runsFor(text, runs);
  return { kind: "item", text, ordered, ...(formatted ? { runs: formatted } : {}) };
}

function paragraph(text: string, runs: InlineRun[][] | undefined): ImportedBlock {
  const formatted = runsFor(text, runs);
  return { kind: "paragraph", text, ...(formatted ? { runs: formatted } : {}) };
}

/**
 * A block of bullets or numbered lines is a list (an unmarked line introducing it stays a
 * paragraph, as does an unmarked line wrapped under an item); anything else is one paragraph.
 */
export function toImportedBlocks(block: TextBlock): ImportedBlock[] {
  const markerLines = block.lines.filter(hasMarker).length;
  const startsWithMarker = hasMarker(block.lines[0]!);
  const startsWithBullet = readListMarker(block.lines[0]!).kind === "bullet";
  if (!startsWithBullet && markerLines < 2 && !block.list) return [paragraph(block.text, block.runs)];
  const lead = startsWithMarker ? [] : block.lines.slice(0, Math.max(0, block.lines.findIndex(hasMarker)));
  const items: number[][] = [];
  block.lines.forEach((line, index) => {
    if (index < lead.length) return;
    if (hasMarker(line) || items.length === 0) items.push([index]);
    else items[items.length - 1]!.push(index);
  });
  const runsOf = (indexes: number[]) => (block.runs ? indexes.map((index) => block.runs![index]!) : undefined);
  const opening: ImportedBlock[] = lead.length > 0 ? [paragraph(joinWrappedLines(lead), runsOf(lead.map((_line, index) => index)))] : [];
  return [...opening, ...items.map((indexes) => toItem(indexes.map((index) => block.lines[index]!), runsOf(indexes)))];
}

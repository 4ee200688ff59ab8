import { markerStyle } from "./classify-block.js";
import type { ImportedBlock } from "./imported-summary.js";
import { readListMarker } from "./list-marker.js";
import { joinWrappedLines, type TextBlock } from "./read-text-blocks.js";

const hasMarker = (line: string) => readListMarker(line).kind !== "none";

function toItem(lines: readonly string[]): ImportedBlock {
  const first = lines[0]!;
  const ordered = markerStyle(first.replace(/^[-•*\uf0b7]\s*/u, "")) !== "none";
  // A Markdown task box ("- [ ] Send the draft") is not part of the item's text.
  const rest = readListMarker(first).rest.replace(/^\[[ xX]\]\s+/, "");
  return { kind: "item", text: joinWrappedLines([rest, ...lines.slice(1)]), ordered };
}

/**
 * A block of bullets or numbered lines is a list (an unmarked line introducing it stays a
 * paragraph, as does an unmarked line wrapped under an item); anything else is one paragraph.
 */
export function toImportedBlocks(block: TextBlock): ImportedBlock[] {
  const markerLines = block.lines.filter(hasMarker).length;
  const startsWithMarker = hasMarker(block.lines[0]!);
  const startsWithBullet = readListMarker(block.lines[0]!).kind === "bullet";
  if (!startsWithBullet && markerLines < 2) return [{ kind: "paragraph", text: block.text }];
  const lead = startsWithMarker ? [] : block.lines.slice(0, block.lines.findIndex(hasMarker));
  const items: string[][] = [];
  for (const line of block.lines.slice(lead.length)) {
    if (hasMarker(line) || items.length === 0) items.push([line]);
    else items[items.length - 1]!.push(line);
  }
  const paragraph: ImportedBlock[] = lead.length > 0 ? [{ kind: "paragraph", text: joinWrappedLines(lead) }] : [];
  return [...paragraph, ...items.map(toItem)];
}

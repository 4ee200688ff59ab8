import { isHeadingShaped } from "./heading-shaped.js";
import { readInlineParticipants } from "./inline-participants.js";
import { readListMarker } from "./list-marker.js";
import { stripMarkdownLinks } from "./markdown-links.js";
import type { TextBlock } from "./read-text-blocks.js";
import { AGENDA_HEADING, LABELLED_LINE, PARTICIPANTS_HEADING } from "./summary-keywords.js";

export type BlockRole =
  | { kind: "skip" }
  | { kind: "agenda-heading"; annex: boolean; title: string }
  | { kind: "participants-heading"; title: string }
  | { kind: "participants-inline"; title: string; people: string[] }
  | { kind: "discussion-heading"; title: string }
  | { kind: "heading"; title: string; label?: string; style: string; level?: number }
  | { kind: "labelled-line" }
  | { kind: "content" };

const MARKER_STYLE = /^\(?(\d{1,3}|[A-Za-z]|[ivxlcdm]{2,6}|[IVXLCDM]{2,6})([.)])\s/;
const LABEL = /^\(?(\d{1,3}|[A-Za-z]|[ivxlcdm]{2,6}|[IVXLCDM]{2,6})[.)]/;
/** "Item 1: Welcome", "Agenda item 2 – Updates": the item's number is the heading's label. */
const ITEM_LABEL = /^((agenda\s+)?item\s+(\d{1,3}|[ivxlcdm]{1,6})\s*[:.)–—-])\s*/i;
const LETTERED = /^\(?[a-z]{1,4}[.)]\s+\p{Lu}/u;
const DISCUSSION = /^(discussions?|summary of (the )?discussions?|discussion summary|main discussion points)$/i;

/** "1." and "1)" number alike but a summary uses them at different depths: the style keeps them apart. */
export function markerStyle(text: string): string {
  if (ITEM_LABEL.test(text)) return "item";
  const match = MARKER_STYLE.exec(text);
  if (!match) return "none";
  const family = /^\d/.test(match[1]!) ? "n" : match[1] === match[1]!.toUpperCase() ? "A" : "a";
  return `${family}${match[2]}`;
}

/** Headings are one short line (or a short label split over lines), no closing punctuation, no link. */
function isHeadingBlock(block: TextBlock): boolean {
  // Lower case starts text, except a lettered sub-item ("a. Participation of youth").
  if (!isHeadingShaped(block.text, 120) || (/^[a-z]/.test(block.text) && !LETTERED.test(block.text))) return false;
  return block.lines.slice(1).every((line) => readListMarker(line).kind === "none");
}

export function headingRole(block: TextBlock, bare: string, markdownLevel: number | undefined): BlockRole {
  const item = ITEM_LABEL.exec(block.text);
  const label = item?.[1] ?? LABEL.exec(block.text)?.[0];
  const title = item ? block.text.slice(item[0].length).trim() || block.text : bare;
  return { kind: "heading", title, ...(label ? { label } : {}), style: markerStyle(block.text), ...(markdownLevel ? { level: markdownLevel } : {}) };
}

/** What one block of a summary is: a section heading of some kind, or content. */
export function classifyBlock(block: TextBlock, markdownLevel: number | undefined): BlockRole {
  if (block.list && markdownLevel === undefined) return { kind: "content" };
  const bare = stripMarkdownLinks(readListMarker(block.text).rest).trim();
  const inline = readInlineParticipants(block.text);
  if (inline) return { kind: "participants-inline", ...inline };
  if (markdownLevel === undefined && LABELLED_LINE.test(bare)) return { kind: "labelled-line" };
  if (AGENDA_HEADING.test(block.text)) return { kind: "agenda-heading", annex: /^annex/i.test(block.text), title: block.text };
  if (PARTICIPANTS_HEADING.test(block.text)) return { kind: "participants-heading", title: block.text };
  if (markdownLevel === undefined && !isHeadingBlock(block)) return { kind: "content" };
  if (/^summary report$/i.test(bare)) return { kind: "skip" };
  if (DISCUSSION.test(bare)) return { kind: "discussion-heading", title: bare };
  return headingRole(block, bare, markdownLevel);
}

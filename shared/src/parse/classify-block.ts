import { readListMarker } from "./list-marker.js";
import type { TextBlock } from "./read-text-blocks.js";

export type BlockRole =
  | { kind: "skip" }
  | { kind: "agenda-heading"; annex: boolean; title: string }
  | { kind: "participants-heading"; title: string }
  | { kind: "discussion-heading"; title: string }
  | { kind: "heading"; title: string; label?: string; style: string; level?: number }
  | { kind: "content" };

const AGENDA = /^(annex\s*[\divx]+\s*[:.–-]?\s*)?((meeting|draft|proposed|provisional)\s+)?agenda\s*:?$/i;
const PARTICIPANTS = /^(annex\s*[\divx]+\s*[:.–-]?\s*)?(list of\s+)?(participants|attendees|attendance)\s*:?$/i;
const MARKER_STYLE = /^\(?(\d{1,3}|[A-Za-z]|[ivxlcdm]{2,6}|[IVXLCDM]{2,6})([.)])\s/;

/** "1." and "1)" number alike but a summary uses them at different depths: the style keeps them apart. */
export function markerStyle(text: string): string {
  const match = MARKER_STYLE.exec(text);
  if (!match) return "none";
  const family = /^\d/.test(match[1]!) ? "n" : match[1] === match[1]!.toUpperCase() ? "A" : "a";
  return `${family}${match[2]}`;
}

/** Headings are one short line (or a short label split over lines), no closing punctuation, no link. */
function isHeadingBlock(block: TextBlock): boolean {
  if (block.text.length > 120 || /[.;,:?!]$/.test(block.text) || /https?:\/\//.test(block.text)) return false;
  if (readListMarker(block.text).kind === "bullet") return false;
  if (/^[a-z]/.test(block.text) || /[a-z]\. [A-Z]/.test(block.text)) return false;
  return block.lines.slice(1).every((line) => readListMarker(line).kind === "none");
}

/** What one block of a summary is: a section heading of some kind, or content. */
export function classifyBlock(block: TextBlock, markdownLevel: number | undefined): BlockRole {
  const bare = readListMarker(block.text).rest.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").trim();
  if (markdownLevel === undefined && !isHeadingBlock(block)) return { kind: "content" };
  if (/^summary report$/i.test(bare)) return { kind: "skip" };
  if (AGENDA.test(block.text)) return { kind: "agenda-heading", annex: /^annex/i.test(block.text), title: block.text };
  if (PARTICIPANTS.test(block.text)) return { kind: "participants-heading", title: block.text };
  if (/^discussions?$/i.test(bare)) return { kind: "discussion-heading", title: bare };
  const label = /^\(?(\d{1,3}|[A-Za-z]|[ivxlcdm]{2,6}|[IVXLCDM]{2,6})[.)]/.exec(block.text)?.[0];
  return { kind: "heading", title: bare, ...(label ? { label } : {}), style: markerStyle(block.text), ...(markdownLevel ? { level: markdownLevel } : {}) };
}

import type { JsonMark, JsonNode } from "./json-node.js";
import { isSafeHref } from "./safe-href.js";

/** Marks in nesting order: a link encloses emphasis, never the other way round. */
const MARK_ORDER = ["link", "bold", "italic", "strike"] as const;
type MarkName = (typeof MARK_ORDER)[number];

const DELIMITERS: Record<Exclude<MarkName, "link">, string> = { bold: "**", italic: "*", strike: "~~" };

/** Backslash-escapes every character CommonMark could read as syntax inside a paragraph. */
export function escapeMarkdownText(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, "\\$&")
    .replace(/&(?=[A-Za-z0-9#]+;)/g, "\\&");
}

/** Escapes what would start a block when the text begins a line ("1. ", "- ", "> ", "#"). */
export function escapeLineStart(line: string): string {
  return line
    .replace(/^(\s*)(#{1,6})(?=\s|$)/, "$1\\$2")
    .replace(/^(\s*)(\d{1,9})([.)])(?=\s|$)/, "$1$2\\$3")
    .replace(/^(\s*)([-+=])(?=\s|$)/, "$1\\$2")
    .replace(/^(\s*)(-{3,}|={3,})\s*$/, "$1\\$2");
}

/** Serializes inline content (text, marks, mentions, hard breaks) to CommonMark. */
export function renderInline(nodes: readonly JsonNode[] | undefined): string {
  let out = "";
  const open: JsonMark[] = [];
  const closeTo = (depth: number) => {
    while (open.length > depth) {
      const mark = open.pop() as JsonMark;
      const trailing = /\s+$/.exec(out)?.[0] ?? "";
      out = out.slice(0, out.length - trailing.length) + closingFor(mark) + trailing;
    }
  };
  for (const node of nodes ?? []) {
    const marks = sortedMarks(node);
    let common = 0;
    while (common < open.length && common < marks.length && sameMark(open[common], marks[common])) common++;
    closeTo(common);
    const text = inlineText(node);
    const leading = /^\s+/.exec(text)?.[0] ?? "";
    if (marks.length > common && leading) out += leading;
    for (const mark of marks.slice(common)) {
      out += openingFor(mark);
      open.push(mark);
    }
    out += marks.length > common && leading ? text.slice(leading.length) : text;
  }
  closeTo(0);
  return out;
}

function inlineText(node: JsonNode): string {
  switch (node.type) {
    case "text":
      return escapeMarkdownText(node.text ?? "");
    case "mention":
      return escapeMarkdownText(String(node.attrs?.label ?? node.attrs?.id ?? ""));
    case "hardBreak":
      return "\\\n";
    default:
      return escapeMarkdownText(node.text ?? "");
  }
}

function sortedMarks(node: JsonNode): JsonMark[] {
  if (node.type === "hardBreak") return [];
  return (node.marks ?? [])
    .filter((mark): mark is JsonMark & { type: MarkName } => (MARK_ORDER as readonly string[]).includes(mark.type))
    .filter((mark) => mark.type !== "link" || isSafeHref(String(mark.attrs?.href ?? "")))
    .sort((a, b) => MARK_ORDER.indexOf(a.type) - MARK_ORDER.indexOf(b.type));
}

function sameMark(a: JsonMark | undefined, b: JsonMark | undefined): boolean {
  return !!a && !!b && a.type === b.type && (a.type !== "link" || a.attrs?.href === b.attrs?.href);
}

function openingFor(mark: JsonMark): string {
  return mark.type === "link" ? "[" : DELIMITERS[mark.type as Exclude<MarkName, "link">];
}

function closingFor(mark: JsonMark): string {
  if (mark.type !== "link") return DELIMITERS[mark.type as Exclude<MarkName, "link">];
  const href = String(mark.attrs?.href ?? "").replace(/[()<>\s]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
  return `](${href})`;
}

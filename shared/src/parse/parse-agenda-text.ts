import type { AgendaItemInput } from "../meeting/create-meeting-request.js";
import { LIMITS } from "../limits.js";
import { trimTrailing } from "./trim-trailing.js";
import { readListMarker, type MarkerKind } from "./list-marker.js";
import { readPastedLines, unwrapMarkdownLinks, type PastedLine } from "./pasted-lines.js";
import type { ParseWarning } from "./parse-warning.js";
import { AGENDA_HEADING } from "./summary-keywords.js";


export interface ParsedAgenda {
  items: AgendaItemInput[];
  warnings: ParseWarning[];
}

interface Entry {
  line: PastedLine;
  kind: MarkerKind;
  title: string;
  href?: string | undefined;
}

/**
 * Turns a pasted agenda into items with sub-items. The first marker family seen ("1.", "-",
 * "I.") makes the items; another family, or deeper indentation, makes sub-items; an unmarked
 * line in a marked list continues the line before it.
 */
export function parseAgendaText(text: string): ParsedAgenda {
  const warnings: ParseWarning[] = [];
  const lines = readPastedLines(text, warnings).filter((line) => !AGENDA_HEADING.test(line.text));
  const marked = lines.some((line) => readListMarker(line.text).kind !== "none");
  const entries: Entry[] = [];
  for (const line of lines) {
    const marker = readListMarker(line.text);
    const previous = entries[entries.length - 1];
    if (marked && marker.kind === "none" && previous) {
      previous.title = `${previous.title} ${line.text}`;
      continue;
    }
    const { text: title, href } = unwrapMarkdownLinks(marker.rest);
    entries.push({ line, kind: marker.kind, title, href });
  }
  const items = nestEntries(entries);
  if (items.length > LIMITS.maxAgendaItems) {
    warnings.push({ line: 1, text: "", message: `only the first ${LIMITS.maxAgendaItems} agenda items were kept` });
  }
  return { items: items.slice(0, LIMITS.maxAgendaItems), warnings };
}

function nestEntries(entries: Entry[]): AgendaItemInput[] {
  const items: AgendaItemInput[] = [];
  const top = entries[0];
  for (const entry of entries) {
    const parent = items[items.length - 1];
    const isChild = parent !== undefined && top !== undefined && (entry.line.indent > top.line.indent + 1 || (entry.kind !== top.kind && entry.line.indent >= top.line.indent));
    const title = cleanTitle(entry.title);
    if (!title) continue;
    const item = { title, ...(entry.href ? { href: entry.href } : {}) };
    if (isChild) parent.children = [...(parent.children ?? []), item];
    else items.push(item);
  }
  return items;
}

/** Trailing punctuation and doubled spaces are paste noise, not part of an agenda title. */
function cleanTitle(title: string): string {
  return trimTrailing(title.replace(/\s+/g, " "), ".,;:").trim().slice(0, LIMITS.maxTitleChars);
}

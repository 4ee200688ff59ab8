import { appendAll } from "./append-all.js";
import { classifyBlock, headingRole, type BlockRole } from "./classify-block.js";
import type { ImportedBlock, ImportedSection, ImportedSummary } from "./imported-summary.js";
import { readListMarker } from "./list-marker.js";
import type { AgendaItemInput } from "../meeting/create-meeting-request.js";
import { matchAgendaItem } from "./match-agenda-item.js";
import { stripMarkdownLinks } from "./markdown-links.js";
import { joinWrappedLines, type TextBlock } from "./read-text-blocks.js";
import { toImportedBlocks } from "./to-imported-blocks.js";

export type SummaryMeta = Pick<ImportedSummary, "agendaPlacement" | "agendaTitle" | "participantsTitle" | "discussionTitle">;

export interface SummaryBody {
  mode: "body" | "agenda" | "participants";
  inDiscussion: boolean;
  /** How many sections came before the "Discussion" heading. */
  sectionsBeforeDiscussion: number;
  topStyle: string | undefined;
  agendaLines: string[];
  participantLines: string[];
  preamble: ImportedBlock[];
  sections: ImportedSection[];
  /** Sections read from Markdown headings: their number of `#`, levelled once all are known. */
  markdownDepths: Map<ImportedSection, { depth: number; base: number }>;
  meta: SummaryMeta;
  /** "Annex 2:" seen on a line of its own, waiting for the annex's heading. */
  pendingAnnex?: string;
}

/** Turns a text's blocks with control characters into a visible replacement, reporting each. */
export type ReportUnreadable = (block: TextBlock) => TextBlock;

/** What the body reader needs besides the blocks: where to report, and the agenda when known. */
export interface BodyContext {
  reportUnreadable: ReportUnreadable;
  /** Reports a choice the reader was unsure of, at the block's line. */
  warn: (block: TextBlock, message: string) => void;
  /** The agenda, read in a first pass: headings worded like its items are headings. */
  agenda?: readonly AgendaItemInput[];
}

const ORDINAL_ONE = /^\(?(1|i|a)[.)]/i;
const NEXT_MEETING = /^(next (meeting|call)|date of (the )?next (meeting|call))\b/i;
const ANNEX = /^annex\b/i;
/** "Annex 1:", "ANNEX II": the label of the annex whose title follows. */
const ANNEX_LABEL = /^annex\s*(\d{1,3}|[ivxlc]{1,6}|[a-z])?\s*[:.–-]?$/i;
const SHORT_ENTRY = /^(n\/?a|none|nil|tbd|tbc|not applicable|no (updates?|report|discussion|comments?|other business)|-|—|–)\.?$/i;
const withoutColon = (title: string) => title.replace(/\s*:$/, "");

/**
 * A list's items end where a numbered heading starts again at 1 (like the sections after an
 * agenda), or where numbering starts under a list that had none.
 */
function restartsNumbering(block: TextBlock, collected: readonly string[]): boolean {
  const first = collected.find((line) => readListMarker(line.trim()).kind !== "none");
  if (first === undefined) return collected.length > 0;
  const firstKind = readListMarker(first.trim()).kind;
  return ORDINAL_ONE.test(block.text) && (firstKind === readListMarker(block.text).kind || firstKind === "bullet");
}

/** In a list, numbered or bulleted lines, several lines or spreadsheet rows go on; a lone plain line is the next heading. */
function continuesList(block: TextBlock, markdownLevel: number | undefined, body: SummaryBody): boolean {
  if (body.mode === "body" || markdownLevel !== undefined || block.leadsText === "text") return false;
  const collected = body.mode === "agenda" ? body.agendaLines : body.participantLines;
  // An unmarked line right above more items is an item wrapped over a blank line, as PDFs do.
  if (block.leadsText === "list" && readListMarker(block.text).kind === "none") return true;
  // The line right under the heading is the list's first line, even a lone unmarked one.
  if (collected.length === 0) return true;
  const rowsOrItems = readListMarker(block.text).kind !== "none" || block.lines.length > 1 || block.lines.some((line) => line.includes("\t"));
  return rowsOrItems && !restartsNumbering(block, collected);
}

function headingLevel(style: string, body: SummaryBody): number {
  const base = body.inDiscussion ? 3 : 2;
  return style !== "none" && body.topStyle !== undefined && style !== body.topStyle ? base + 1 : base;
}

function startSection(role: Extract<BlockRole, { kind: "heading" }>, markdownLevel: number | undefined, body: SummaryBody, subItem = false): void {
  body.mode = "body";
  if (!subItem) body.topStyle ??= role.style !== "none" ? role.style : undefined;
  const label = body.pendingAnnex ? `${body.pendingAnnex}` : role.label;
  delete body.pendingAnnex;
  const level = ANNEX.test(role.title) || label?.startsWith("Annex") ? 2 : subItem ? (body.inDiscussion ? 4 : 3) : headingLevel(role.style, body);
  const section: ImportedSection = { title: role.title, ...(label ? { label } : {}), level, blocks: [] };
  if (markdownLevel !== undefined) body.markdownDepths.set(section, { depth: markdownLevel, base: body.inDiscussion ? 3 : 2 });
  body.sections.push(section);
}

/** Text directly under "Discussion" belongs there, not in the opening: the heading becomes a section. */
function openDiscussionSection(body: SummaryBody): void {
  const title = body.meta.discussionTitle;
  if (!body.inDiscussion || title === undefined || body.sections.length > body.sectionsBeforeDiscussion) return;
  delete body.meta.discussionTitle;
  body.inDiscussion = false;
  body.sections.push({ title, level: 2, blocks: [] });
}

function addContent(block: TextBlock, body: SummaryBody, context: BodyContext): void {
  openDiscussionSection(body);
  appendAll(body.sections[body.sections.length - 1]?.blocks ?? body.preamble, toImportedBlocks(context.reportUnreadable(block)));
}

/** "Next meeting: 2 March at 14:00 UTC" belongs in the next-meeting section, kept as written. */
function addNextMeeting(block: TextBlock, body: SummaryBody, context: BodyContext): void {
  let section = body.sections.find((candidate) => NEXT_MEETING.test(candidate.title));
  if (!section) {
    section = { title: "Next meeting", level: 2, blocks: [] };
    body.sections.push(section);
  }
  appendAll(section.blocks, toImportedBlocks(context.reportUnreadable(block)));
}

/** A one-line heading worded like an agenda item or sub-item, even with a colon or in lower case. */
function guidedHeading(block: TextBlock, context: BodyContext): { role: Extract<BlockRole, { kind: "heading" }>; subItem: boolean } | undefined {
  if (!context.agenda?.length || block.lines.length > 2 || block.text.length > 160 || /[.;?!]$|https?:\/\//.test(block.text)) return undefined;
  if (block.lines.slice(1).some((line) => readListMarker(line).kind !== "none")) return undefined;
  const match = matchAgendaItem(block.text, context.agenda);
  if (!match) return undefined;
  const role = headingRole(block, stripMarkdownLinks(readListMarker(block.text).rest).replace(/\s*:$/, "").trim(), undefined);
  return role.kind === "heading" ? { role, subItem: match.childIndex !== undefined } : undefined;
}

/**
 * A short unnumbered line ("N/A", "No update") right under a numbered heading, in a report whose
 * headings are numbered, is that item's entry, not a heading of its own.
 */
function isShortEntry(block: TextBlock, role: Extract<BlockRole, { kind: "heading" }>, markdownLevel: number | undefined, body: SummaryBody): boolean {
  if (markdownLevel !== undefined || role.style !== "none" || body.mode !== "body") return false;
  if (SHORT_ENTRY.test(block.text)) return body.sections.length > 0;
  const current = body.sections[body.sections.length - 1];
  return current !== undefined && current.blocks.length === 0 && body.topStyle !== undefined && current.label !== undefined && block.text.length <= 40;
}

function readBlock(block: TextBlock, markdownLevel: number | undefined, body: SummaryBody, context: BodyContext): void {
  if (ANNEX_LABEL.test(block.text)) {
    body.pendingAnnex = block.text.replace(/\s*[:.–-]?$/, ":");
    return;
  }
  const role = classifyBlock(block, markdownLevel);
  const guidable = body.mode === "body" && (role.kind === "content" || role.kind === "heading") && markdownLevel === undefined;
  const guided = guidable ? guidedHeading(block, context) : undefined;
  if (guided) return startSection(guided.role, markdownLevel, body, guided.subItem);
  // "Evaluation of proposals:" typed directly above its text: the agenda tells the heading line apart.
  const textBelow = block.lines.length > 1 && !block.list && block.lines.slice(1).every((line) => readListMarker(line).kind === "none");
  const firstLine = guidable && textBelow ? guidedHeading(lineBlock(block, 0, 1), context) : undefined;
  if (firstLine) {
    startSection(firstLine.role, markdownLevel, body, firstLine.subItem);
    return addContent(lineBlock(block, 1, block.lines.length), body, context);
  }
  const collect = () => appendAll(body.mode === "agenda" ? body.agendaLines : body.participantLines, block.indented ?? block.lines);
  switch (role.kind) {
    case "skip":
      return;
    case "agenda-heading":
      Object.assign(body.meta, { agendaPlacement: role.annex || body.pendingAnnex || body.sections.length > 0 ? "annex" : "body", agendaTitle: withAnnexLabel(withoutColon(role.title), body) });
      body.mode = "agenda";
      return;
    case "participants-heading":
      body.meta.participantsTitle = withAnnexLabel(withoutColon(role.title), body);
      body.mode = "participants";
      return;
    case "participants-inline":
      body.meta.participantsTitle ??= withoutColon(role.title);
      appendAll(body.participantLines, role.people);
      body.mode = "body";
      return;
    case "discussion-heading":
      Object.assign(body, { mode: "body", inDiscussion: true, sectionsBeforeDiscussion: body.sections.length });
      body.meta.discussionTitle = role.title;
      return;
    case "heading":
      if (continuesList(block, markdownLevel, body)) return void collect();
      if (isShortEntry(block, role, markdownLevel, body)) {
        if (!SHORT_ENTRY.test(block.text)) context.warn(block, "a short line under a heading was read as its text, not as a heading; check it");
        return addContent(block, body, context);
      }
      return startSection(role, markdownLevel, body);
    case "labelled-line":
      body.mode = "body";
      return NEXT_MEETING.test(readListMarker(block.text).rest) ? addNextMeeting(block, body, context) : addContent(block, body, context);
    case "content":
      return body.mode !== "body" ? void collect() : addContent(block, body, context);
  }
}

function lineBlock(block: TextBlock, start: number, end: number): TextBlock {
  const lines = block.lines.slice(start, end);
  return { lines, text: joinWrappedLines(lines), ...(block.runs ? { runs: block.runs.slice(start, end) } : {}) };
}

/** "Annex 1:" on its own line names the annex whose heading follows. */
function withAnnexLabel(title: string, body: SummaryBody): string {
  const label = body.pendingAnnex;
  delete body.pendingAnnex;
  return label && !ANNEX.test(title) ? `${label} ${title}` : title;
}

/** Markdown sections take their levels from their `#`s, the shallowest being a top-level section. */
function levelMarkdownSections(body: SummaryBody): void {
  const shallowest = [...body.markdownDepths.values()].reduce((least, entry) => Math.min(least, entry.depth), Infinity);
  for (const [section, { depth, base }] of body.markdownDepths) section.level = Math.min(4, base + depth - shallowest);
}

/** Reads the blocks after the title block: opening, agenda, sections and their content, participants. */
export function readSummaryBody(blocks: readonly TextBlock[], markdownLevels: ReadonlyArray<number | undefined>, context: BodyContext): SummaryBody {
  const body: SummaryBody = {
    mode: "body", inDiscussion: false, sectionsBeforeDiscussion: 0, topStyle: undefined, agendaLines: [], participantLines: [], preamble: [], sections: [], markdownDepths: new Map(), meta: { agendaPlacement: "none" },
  };
  blocks.forEach((block, index) => readBlock(block, markdownLevels[index], body, context));
  levelMarkdownSections(body);
  return body;
}

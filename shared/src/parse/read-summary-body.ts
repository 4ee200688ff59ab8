import { appendAll } from "./append-all.js";
import { classifyBlock, type BlockRole } from "./classify-block.js";
import type { ImportedBlock, ImportedSection, ImportedSummary } from "./imported-summary.js";
import { readListMarker } from "./list-marker.js";
import type { TextBlock } from "./read-text-blocks.js";
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
}

/** Turns a text's blocks with control characters into a visible replacement, reporting each. */
export type ReportUnreadable = (block: TextBlock) => TextBlock;

const ORDINAL_ONE = /^\(?(1|i|a)[.)]/i;
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

function startSection(role: Extract<BlockRole, { kind: "heading" }>, markdownLevel: number | undefined, body: SummaryBody): void {
  body.mode = "body";
  body.topStyle ??= role.style !== "none" ? role.style : undefined;
  const section: ImportedSection = { title: role.title, ...(role.label ? { label: role.label } : {}), level: headingLevel(role.style, body), blocks: [] };
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

function addContent(block: TextBlock, body: SummaryBody, reportUnreadable: ReportUnreadable): void {
  openDiscussionSection(body);
  appendAll(body.sections[body.sections.length - 1]?.blocks ?? body.preamble, toImportedBlocks(reportUnreadable(block)));
}

function readBlock(block: TextBlock, markdownLevel: number | undefined, body: SummaryBody, reportUnreadable: ReportUnreadable): void {
  const role = classifyBlock(block, markdownLevel);
  const collect = () => appendAll(body.mode === "agenda" ? body.agendaLines : body.participantLines, block.indented ?? block.lines);
  switch (role.kind) {
    case "skip":
      return;
    case "agenda-heading":
      Object.assign(body.meta, { agendaPlacement: role.annex || body.sections.length > 0 ? "annex" : "body", agendaTitle: withoutColon(role.title) });
      body.mode = "agenda";
      return;
    case "participants-heading":
      body.meta.participantsTitle = withoutColon(role.title);
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
      return continuesList(block, markdownLevel, body) ? void collect() : startSection(role, markdownLevel, body);
    case "labelled-line":
      body.mode = "body";
      return addContent(block, body, reportUnreadable);
    case "content":
      return body.mode !== "body" ? void collect() : addContent(block, body, reportUnreadable);
  }
}

/** Markdown sections take their levels from their `#`s, the shallowest being a top-level section. */
function levelMarkdownSections(body: SummaryBody): void {
  const shallowest = [...body.markdownDepths.values()].reduce((least, entry) => Math.min(least, entry.depth), Infinity);
  for (const [section, { depth, base }] of body.markdownDepths) section.level = Math.min(4, base + depth - shallowest);
}

/** Reads the blocks after the title block: opening, agenda, sections and their content, participants. */
export function readSummaryBody(blocks: readonly TextBlock[], markdownLevels: ReadonlyArray<number | undefined>, reportUnreadable: ReportUnreadable): SummaryBody {
  const body: SummaryBody = {
    mode: "body", inDiscussion: false, sectionsBeforeDiscussion: 0, topStyle: undefined, agendaLines: [], participantLines: [], preamble: [], sections: [], markdownDepths: new Map(), meta: { agendaPlacement: "none" },
  };
  blocks.forEach((block, index) => readBlock(block, markdownLevels[index], body, reportUnreadable));
  levelMarkdownSections(body);
  return body;
}

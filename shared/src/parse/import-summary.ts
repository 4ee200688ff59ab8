import { appendAll } from "./append-all.js";
import { LIMITS } from "../limits.js";
import { classifyBlock } from "./classify-block.js";
import type { ImportedBlock, ImportedSummary } from "./imported-summary.js";
import { matchAgendaItem } from "./match-agenda-item.js";
import { parseAgendaText } from "./parse-agenda-text.js";
import { parseParticipantsText } from "./parse-participants-text.js";
import type { ParseWarning } from "./parse-warning.js";
import { readSummaryBlocks } from "./read-summary-blocks.js";
import { readSummaryBody, type ReportUnreadable, type SummaryBody } from "./read-summary-body.js";
import { readSummaryFacts } from "./read-summary-facts.js";
import { readDate } from "./read-when.js";
import { splitNameList } from "./split-name-list.js";
import { tableRowToCells } from "./table-row-to-cells.js";
import type { TextBlock } from "./read-text-blocks.js";
import { DOCUMENT_KIND, TITLE_LABEL } from "./summary-keywords.js";

// Control characters other than tab and line breaks: what binary junk or a bad PDF copy leaves.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/**
 * Reads an existing Summary Report (plain text, PDF-extracted text or Markdown): its title
 * block, opening, agenda, discussion sections with their paragraphs in order, and participants.
 * A date given with the import (`startsAt`) is the meeting's, whatever the text says.
 */
export function importSummary(text: string, startsAt?: string): ImportedSummary {
  const { blocks, markdownLevels } = readSummaryBlocks(text);
  const { titleLines, start } = readTitleBlock(blocks, markdownLevels);
  const warnings: ParseWarning[] = [];
  const lineOf = lineLocator(text);
  const bodyBlocks = blocks.slice(start);
  const bodyLevels = markdownLevels.slice(start);
  // A first reading finds the agenda; when there is one, a second reading takes headings worded like its items for headings.
  const read = (agenda?: ImportedSummary["agenda"]) => {
    const found: ParseWarning[] = [];
    const warn = (block: TextBlock, message: string) => found.push({ line: lineOf(block.lines[0]!), text: block.text.slice(0, 80), message });
    return { body: readSummaryBody(bodyBlocks, bodyLevels, { reportUnreadable: reportUnreadable(lineOf, found), warn, ...(agenda ? { agenda } : {}) }), found };
  };
  let { body, found } = read();
  const firstAgenda = parseAgendaText(body.agendaLines.join("\n")).items;
  if (firstAgenda.length > 0) ({ body, found } = read(firstAgenda));
  appendAll(warnings, found);
  const agenda = parseAgendaText(body.agendaLines.join("\n"));
  const participantLines = readParticipantLines(body.participantLines);
  const participants = parseParticipantsText(participantLines.join("\n"));
  keepLeftOutLines(lineOf, agenda.warnings, body.agendaLines, body);
  keepLeftOutLines(lineOf, participants.warnings, participantLines, body);
  appendAll(appendAll(warnings, agenda.warnings), participants.warnings);
  const numbered = stripParagraphNumbers(body);
  const agendaItems = agenda.items.length > 0 ? agenda.items : body.sections.filter((s) => s.level === 2 && !/^(next (meeting|call)|annex)\b/i.test(s.title)).slice(0, LIMITS.maxAgendaItems).map((s) => ({ title: s.title.slice(0, LIMITS.maxTitleChars) }));
  const sections = body.sections.map((section) => {
    const match = matchAgendaItem(section.title, agendaItems);
    return match === undefined ? section : { ...section, agendaIndex: match.index, ...(match.childIndex !== undefined ? { agendaChildIndex: match.childIndex } : {}) };
  });
  const facts = readSummaryFacts(titleLines, body.preamble.map((block) => block.text).join(" "), warnings, lineOf, startsAt);
  return {
    ...facts,
    agenda: agendaItems,
    ...body.meta,
    participants: participants.participants,
    preamble: body.preamble,
    sections,
    numberedParagraphs: numbered,
    suggestedTemplateId: numbered ? "numbered-paragraphs" : body.meta.agendaPlacement === "annex" ? "priorities-annexes" : "discussion-per-item",
    warnings,
  };
}

/** A list is one person a line (a Markdown table row is one too), unless the whole list is one line of names. */
function readParticipantLines(lines: string[]): string[] {
  if (lines.length === 1) return splitNameList(lines[0]!) ?? lines;
  return lines.map(tableRowToCells).filter((line) => line !== undefined);
}

/** The unnumbered heading-like lines at the top: group, meeting, date; "Summary" and the like are skipped. */
function readTitleBlock(blocks: readonly TextBlock[], markdownLevels: ReadonlyArray<number | undefined>): { titleLines: string[]; start: number } {
  const titleLines: string[] = [];
  let index = 0;
  for (; index < blocks.length; index++) {
    const role = classifyBlock(blocks[index]!, markdownLevels[index]);
    if (role.kind === "skip" || (role.kind === "heading" && DOCUMENT_KIND.test(blocks[index]!.text))) continue;
    const titleLabel = role.kind === "labelled-line" && TITLE_LABEL.test(blocks[index]!.text);
    if (!titleLabel && !isDateBlock(blocks[index]!) && (role.kind !== "heading" || role.style !== "none")) break;
    appendAll(titleLines, blocks[index]!.lines);
  }
  return { titleLines, start: index };
}

/**
 * "Online Meeting 30 / 25 November 2021 at 1 p.m. UTC": short lines, one of them a dated line of
 * a few words (a sentence giving the date is the opening's, not the title block's).
 */
function isDateBlock(block: TextBlock): boolean {
  if (block.lines.length > 4 || block.lines.some((line) => line.length > 120)) return false;
  return block.lines.some((line) => line.split(/\s+/).length <= 14 && !/^(the|on|it|we)\b/i.test(line) && readDate(line)?.year !== undefined);
}

/** Gives the 1-based number of a line of the original text holding a fragment (1 if none does). */
type LineOf = (fragment: string) => number;

/**
 * Blocks are reported in text order, so each search goes on from the line found last (and
 * wraps round): splitting and searching the whole text per warning would be quadratic on a
 * long text with an unreadable character in every paragraph.
 */
function lineLocator(text: string): LineOf {
  let lines: string[] | undefined;
  let last = 0;
  return (fragment) => {
    lines ??= text.split(/\r\n|\r|\n/);
    const probe = fragment.trim().slice(0, 30);
    for (let step = 0; step < lines.length; step++) {
      const index = (last + step) % lines.length;
      if (!lines[index]!.includes(probe)) continue;
      last = index;
      return index + 1;
    }
    return 1;
  };
}

/** Unreadable characters are shown as "�" in the paragraph that held them, and reported. */
function reportUnreadable(lineOf: LineOf, warnings: ParseWarning[]): ReportUnreadable {
  return (block) => {
    if (!new RegExp(CONTROL.source).test(block.text)) return block;
    warnings.push({ line: lineOf(block.lines[0]!), text: block.text.replace(CONTROL, "").slice(0, 80), message: "unreadable characters; kept as a paragraph, check it" });
    const clean = (value: string) => value.replace(CONTROL, "\ufffd");
    return { lines: block.lines.map(clean), text: clean(block.text) };
  };
}

/** Lines of the agenda or participants that could not be read are not lost: they stay as paragraphs. */
function keepLeftOutLines(lineOf: LineOf, warnings: ParseWarning[], lines: readonly string[], body: SummaryBody): void {
  for (const warning of warnings) {
    const line = lines[warning.line - 1];
    if (!/left out/.test(warning.message) || line === undefined) continue;
    warning.message = warning.message.replace(/it was left out|the line was left out/, "kept as a paragraph");
    warning.line = lineOf(line);
    const target = body.sections[body.sections.length - 1]?.blocks ?? body.preamble;
    target.push({ kind: "paragraph", text: line.replace(CONTROL, "\ufffd") });
  }
}

/** Formal reports number every paragraph ("4. Output document: …"); the template numbers them again. */
function stripParagraphNumbers(body: SummaryBody): boolean {
  const paragraphs: ImportedBlock[] = [...body.preamble, ...body.sections.flatMap((section) => section.blocks)].filter((block) => block.kind === "paragraph");
  const numbered = paragraphs.filter((block) => /^\d{1,3}\.\s/.test(block.text));
  if (numbered.length < 3 || numbered.length * 2 < paragraphs.length) return false;
  for (const block of numbered) block.text = block.text.replace(/^\d{1,3}\.\s+/, "");
  return true;
}

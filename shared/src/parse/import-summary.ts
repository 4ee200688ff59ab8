import { classifyBlock, markerStyle } from "./classify-block.js";
import type { ImportedBlock, ImportedSection, ImportedSummary } from "./imported-summary.js";
import { joinWrappedLines, readTextBlocks, type TextBlock } from "./read-text-blocks.js";
import { readListMarker } from "./list-marker.js";
import { parseAgendaText } from "./parse-agenda-text.js";
import { parseParticipantsText } from "./parse-participants-text.js";
import type { ParseWarning } from "./parse-warning.js";
import { readSummaryFacts } from "./read-summary-facts.js";
import { matchAgendaItem } from "./match-agenda-item.js";

interface ReadState {
  mode: "body" | "agenda" | "participants";
  inDiscussion: boolean;
  topStyle: string | undefined;
  agendaLines: string[];
  participantLines: string[];
  preamble: ImportedBlock[];
  sections: ImportedSection[];
}

/**
 * Reads an existing Summary Report (plain text, PDF-extracted text or Markdown): its title
 * block, opening, agenda, discussion sections with their paragraphs in order, and participants.
 */
export function importSummary(text: string): ImportedSummary {
  const { blocks, markdownLevels } = readSummaryBlocks(text);
  const titleLines: string[] = [];
  let index = 0;
  for (; index < blocks.length; index++) {
    const role = classifyBlock(blocks[index]!, markdownLevels[index]);
    if (role.kind === "skip") continue;
    if (role.kind !== "heading" || role.style !== "none") break;
    titleLines.push(...blocks[index]!.lines);
  }
  const state: ReadState = { mode: "body", inDiscussion: false, topStyle: undefined, agendaLines: [], participantLines: [], preamble: [], sections: [] };
  const meta: Pick<ImportedSummary, "agendaPlacement" | "agendaTitle" | "participantsTitle" | "discussionTitle"> = { agendaPlacement: "none" };
  for (; index < blocks.length; index++) readBlock(blocks[index]!, markdownLevels[index], state, meta);

  const warnings: ParseWarning[] = [];
  const agenda = parseAgendaText(state.agendaLines.join("\n"));
  const participants = parseParticipantsText(state.participantLines.join("\n"));
  warnings.push(...agenda.warnings, ...participants.warnings);
  const numbered = stripParagraphNumbers(state);
  const agendaItems = agenda.items.length > 0 ? agenda.items : state.sections.filter((s) => s.level === 2).map((s) => ({ title: s.title }));
  const sections = state.sections.map((section) => {
    const agendaIndex = matchAgendaItem(section.title, agendaItems);
    return agendaIndex === undefined ? section : { ...section, agendaIndex };
  });
  const facts = readSummaryFacts(titleLines, state.preamble.map((block) => block.text).join(" "), warnings);
  return {
    ...facts,
    agenda: agendaItems,
    ...meta,
    participants: participants.participants,
    preamble: state.preamble,
    sections,
    numberedParagraphs: numbered,
    suggestedTemplateId: numbered ? "numbered-paragraphs" : meta.agendaPlacement === "annex" ? "priorities-annexes" : "discussion-per-item",
    warnings,
  };
}

/** Markdown headings get blocks of their own, with their level remembered. */
function readSummaryBlocks(text: string): { blocks: TextBlock[]; markdownLevels: Array<number | undefined> } {
  const separated = text.replace(/\r\n?/g, "\n").replace(/^(#{1,6})[ \t]+(.+)$/gm, "\n\n$1 $2\n\n");
  const blocks = readTextBlocks(separated);
  const markdownLevels = blocks.map((block) => {
    const hashes = /^(#{1,6}) /.exec(block.text)?.[1];
    if (!hashes) return undefined;
    block.text = block.text.slice(hashes.length + 1);
    block.lines = [block.text];
    return Math.min(4, Math.max(2, hashes.length));
  });
  return { blocks, markdownLevels };
}

function readBlock(block: TextBlock, markdownLevel: number | undefined, state: ReadState, meta: Pick<ImportedSummary, "agendaPlacement" | "agendaTitle" | "participantsTitle" | "discussionTitle">): void {
  const role = classifyBlock(block, markdownLevel);
  const listLike = readListMarker(block.text).kind !== "none";
  switch (role.kind) {
    case "skip":
      return;
    case "agenda-heading":
      Object.assign(meta, { agendaPlacement: role.annex || state.sections.length > 0 ? "annex" : "body", agendaTitle: role.title });
      state.mode = "agenda";
      return;
    case "participants-heading":
      meta.participantsTitle = role.title;
      state.mode = "participants";
      return;
    case "discussion-heading":
      meta.discussionTitle = role.title;
      state.mode = "body";
      state.inDiscussion = true;
      return;
    case "heading":
      if (state.mode !== "body" && listLike) return collectLines(block, state);
      state.mode = "body";
      state.topStyle ??= role.style !== "none" ? role.style : undefined;
      state.sections.push({ title: role.title, ...(role.label ? { label: role.label } : {}), level: role.level ?? headingLevel(role.style, state), blocks: [] });
      return;
    case "content":
      if (state.mode !== "body") return collectLines(block, state);
      (state.sections[state.sections.length - 1]?.blocks ?? state.preamble).push(...toImportedBlocks(block));
  }
}

function collectLines(block: TextBlock, state: ReadState): void {
  (state.mode === "agenda" ? state.agendaLines : state.participantLines).push(...block.lines);
}

function headingLevel(style: string, state: ReadState): number {
  const base = state.inDiscussion ? 3 : 2;
  return style !== "none" && state.topStyle !== undefined && style !== state.topStyle ? base + 1 : base;
}

/** A block of bullets or numbered lines is a list; anything else is one paragraph. */
function toImportedBlocks(block: TextBlock): ImportedBlock[] {
  const markerLines = block.lines.filter((line) => readListMarker(line).kind !== "none").length;
  const startsWithBullet = readListMarker(block.lines[0]!).kind === "bullet";
  if (!startsWithBullet && markerLines < 2) return [{ kind: "paragraph", text: block.text }];
  const items: string[][] = [];
  for (const line of block.lines) {
    if (readListMarker(line).kind !== "none" || items.length === 0) items.push([line]);
    else items[items.length - 1]!.push(line);
  }
  return items.map((lines) => {
    const first = lines[0]!;
    const ordered = markerStyle(first.replace(/^[-•*\uf0b7]\s*/u, "")) !== "none";
    return { kind: "item" as const, text: joinWrappedLines([readListMarker(first).rest, ...lines.slice(1)]), ordered };
  });
}

/** Formal reports number every paragraph ("4. Output document: …"); the template numbers them again. */
function stripParagraphNumbers(state: ReadState): boolean {
  const paragraphs = [...state.preamble, ...state.sections.flatMap((section) => section.blocks)].filter((block) => block.kind === "paragraph");
  const numbered = paragraphs.filter((block) => /^\d{1,3}\.\s/.test(block.text));
  if (numbered.length < 3 || numbered.length * 2 < paragraphs.length) return false;
  for (const block of numbered) block.text = block.text.replace(/^\d{1,3}\.\s+/, "");
  return true;
}

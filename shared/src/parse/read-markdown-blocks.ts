import MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";
import type { InlineRun } from "./inline-run.js";
import { joinWrappedLines, mergePageBreaks, type TextBlock } from "./read-text-blocks.js";

// Tables and strikethrough are the GitHub additions reports use; markdown-it parses in linear time.
const markdown = new MarkdownIt("commonmark", { html: false }).enable(["table", "strikethrough"]);

export interface MarkdownBlock {
  block: TextBlock;
  /** The number of `#` of a heading (1 to 6). */
  level?: number;
}

interface Marks {
  italic: number;
  bold: number;
  href: string | undefined;
}

/** One paragraph's inline tokens as lines (soft and hard breaks end a line) of formatted runs. */
function inlineLines(children: readonly Token[]): InlineRun[][] {
  const lines: InlineRun[][] = [[]];
  const marks: Marks = { italic: 0, bold: 0, href: undefined };
  const push = (text: string) => {
    if (!text) return;
    const run: InlineRun = { text, ...(marks.italic ? { italic: true } : {}), ...(marks.bold ? { bold: true } : {}), ...(marks.href !== undefined ? { href: marks.href } : {}) };
    lines[lines.length - 1]!.push(run);
  };
  for (const token of children) {
    if (token.type === "softbreak" || token.type === "hardbreak") lines.push([]);
    else if (token.type === "em_open" || token.type === "em_close") marks.italic += token.type === "em_open" ? 1 : -1;
    else if (token.type === "strong_open" || token.type === "strong_close") marks.bold += token.type === "strong_open" ? 1 : -1;
    else if (token.type === "link_open") marks.href = token.attrGet("href") ?? "";
    else if (token.type === "link_close") marks.href = undefined;
    else if (token.type === "image") push(token.content);
    else push(token.content);
  }
  return lines;
}

const runText = (runs: readonly InlineRun[]) => runs.map((run) => run.text).join("").trim();

function textBlock(lines: string[], runs?: InlineRun[][], extra?: Partial<TextBlock>): TextBlock {
  return { lines, text: joinWrappedLines(lines), ...(runs ? { runs } : {}), ...extra };
}

/** A paragraph's lines, each with its runs; empty lines dropped. */
function paragraphBlock(inline: Token): TextBlock | undefined {
  const runLines = inlineLines(inline.children ?? []).filter((runs) => runText(runs) !== "");
  if (runLines.length === 0) return undefined;
  return textBlock(runLines.map(runText), runLines);
}

interface ListLine {
  line: string;
  indented: string;
  runs: InlineRun[];
  /** The top-level item the line belongs to, and that item's number when the list is numbered. */
  item: number;
  number?: number;
}

/**
 * A list as the lines a report would show: "1. Title", nested items indented; a bullet whose
 * only content is a numbered line ("- 1) Name") stays on one line, as typed.
 */
function readList(tokens: readonly Token[], start: number, depth: number, into: ListLine[], prefix = "", parentItem?: { item: number; number?: number }): number {
  let index = start + 1;
  let number = Number(tokens[start]!.attrGet("start") ?? 1);
  let pending = prefix;
  let current = parentItem ?? { item: -1 };
  for (; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.type === "bullet_list_close" || token.type === "ordered_list_close") break;
    if (token.type === "list_item_open") {
      const ordered = token.markup === "." || token.markup === ")";
      const marker = ordered ? `${token.info || number}${token.markup}` : "-";
      if (!parentItem) current = { item: current.item + 1, ...(ordered ? { number: Number(token.info || number) } : {}) };
      number++;
      pending = `${pending}${marker} `;
    } else if (token.type === "inline") {
      const runLines = inlineLines(token.children ?? []).filter((runs) => runText(runs) !== "");
      runLines.forEach((runs, lineIndex) => {
        const line = `${lineIndex === 0 ? pending : ""}${runText(runs)}`;
        into.push({ line: line.trim(), indented: `${"   ".repeat(depth)}${line}`, runs, ...current });
      });
      pending = "";
    } else if (token.type === "bullet_list_open" || token.type === "ordered_list_open") {
      index = readList(tokens, index, pending ? depth : depth + 1, into, pending, current);
      pending = "";
    } else if (token.type === "list_item_close") pending = "";
  }
  return index;
}

/** Numbering that starts again ("1. 2." then "1.") is a new list to a reader, whatever Markdown says. */
function splitAtRestarts(lines: readonly ListLine[]): ListLine[][] {
  const parts: ListLine[][] = [];
  let previous: ListLine | undefined;
  for (const line of lines) {
    const restarts = previous === undefined || (line.item !== previous.item && line.number !== undefined && previous.number !== undefined && line.number <= previous.number);
    if (restarts) parts.push([]);
    parts[parts.length - 1]!.push(line);
    previous = line;
  }
  return parts;
}

/**
 * A list of two or more one-line items is a list. Anything else ("1. Opening" with its text on
 * the next line) is left to the heuristics that tell headings from text, as in a plain report.
 */
function listBlock(lines: readonly ListLine[]): TextBlock {
  const lineCount = new Map<number, number>();
  for (const line of lines) if (line.indented === line.line) lineCount.set(line.item, (lineCount.get(line.item) ?? 0) + 1);
  const list = lineCount.size > 1 && [...lineCount.values()].every((count) => count === 1);
  return textBlock(lines.map((line) => line.line), lines.map((line) => line.runs), { indented: lines.map((line) => line.indented), ...(list ? { list: true } : {}) });
}

/** A table as "| a | b |" rows, the form the participant reader takes. */
function readTable(tokens: readonly Token[], start: number, into: string[]): number {
  let index = start;
  let row: string[] = [];
  for (; index < tokens.length && tokens[index]!.type !== "table_close"; index++) {
    const token = tokens[index]!;
    if (token.type === "tr_open") row = [];
    else if (token.type === "inline") row.push(runText(inlineLines(token.children ?? []).flat()));
    else if (token.type === "tr_close") into.push(`| ${row.join(" | ")} |`);
  }
  return index;
}

/** A paragraph split by a page break in a converted PDF ("before the" / "summer, so that") is one. */
function mergeWithPrevious(blocks: MarkdownBlock[], block: TextBlock): TextBlock {
  const previous = blocks[blocks.length - 1];
  if (!previous || previous.level !== undefined || !previous.block.runs || previous.block.list) return block;
  const merged = mergePageBreaks([previous.block, block]);
  if (merged.length === 2) return block;
  blocks.pop();
  return merged[0]!;
}

/**
 * The blocks of a Markdown report, read by a real Markdown parser: headings with their level,
 * paragraphs with their formatting (emphasis, links) per line, lists as lists, tables as rows.
 */
export function readMarkdownBlocks(text: string): MarkdownBlock[] {
  const tokens = markdown.parse(text, {});
  const blocks: MarkdownBlock[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.type === "heading_open") {
      const title = runText(inlineLines(tokens[index + 1]?.children ?? []).flat());
      if (title) blocks.push({ block: textBlock([title]), level: Number(token.tag.slice(1)) });
      index += 2;
    } else if (token.type === "inline") {
      const block = paragraphBlock(token);
      if (block) blocks.push({ block: mergeWithPrevious(blocks, block) });
    } else if (token.type === "bullet_list_open" || token.type === "ordered_list_open") {
      const lines: ListLine[] = [];
      index = readList(tokens, index, 0, lines);
      for (const part of splitAtRestarts(lines)) blocks.push({ block: listBlock(part) });
    } else if (token.type === "table_open") {
      const rows: string[] = [];
      index = readTable(tokens, index, rows);
      blocks.push({ block: textBlock(rows, undefined, { list: true }) });
    } else if (token.type === "code_block" || token.type === "fence") {
      const lines = token.content.split("\n").map((line) => line.trim()).filter(Boolean);
      if (lines.length > 0) blocks.push({ block: textBlock(lines) });
    }
  }
  return blocks;
}

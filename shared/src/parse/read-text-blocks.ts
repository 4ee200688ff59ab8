import { appendAll } from "./append-all.js";
import type { InlineRun } from "./inline-run.js";
import { readListMarker } from "./list-marker.js";

/** A paragraph-like unit of a pasted summary: its lines (as extracted) and its joined text. */
export interface TextBlock {
  lines: string[];
  text: string;
  /** The lines with their leading white space, where nesting in a list shows. */
  indented?: string[];
  /** A heading line that had its text (or a list) directly below it, with no blank line between. */
  leadsText?: "text" | "list";
  /** Markdown only: each line's formatted runs (the text after a list marker the reader wrote). */
  runs?: InlineRun[][];
  /** Markdown only: a list of two or more items, never a heading. */
  list?: boolean;
}

const URL_TOKEN = /https?:\/\/\S+$/;
const URL_LINE = /^https?:\/\/\S+$/;
const TERMINAL = /[.!?:;)"”’»]$/;

/**
 * Splits a summary into blocks on blank lines and repairs what PDF extraction breaks: lines
 * hard-wrapped inside a paragraph, a paragraph split by a page break, web addresses broken
 * across lines, and the bare repeats of links the PDF printed after the text.
 */
export function readTextBlocks(text: string): TextBlock[] {
  const normalised = text.replace(/\r\n?/g, "\n").replace(/[\u00a0\u2007\u202f]/g, " ").replace(/\*\*/g, "").replace(/\f/g, "\n\n");
  const raw = normalised
    .split(/\n[ \t]*\n/)
    .map((chunk) => chunk.split("\n").map((line) => line.trimEnd()).filter((line) => line.trim()))
    .filter((lines) => lines.length > 0);
  const joined = raw.map((indented) => {
    const lines = indented.map((line) => line.trim());
    return { lines, indented, text: joinWrappedLines(lines) };
  });
  const everything = joined.map((block) => block.text).join("\n");
  const kept = joined.filter((block) => !isRepeatedLinkBlock(block, everything));
  return mergePageBreaks(kept);
}

/** Joins hard-wrapped lines: hyphenated breaks and broken URLs close up, other breaks become spaces. */
export function joinWrappedLines(lines: readonly string[]): string {
  const parts: string[] = [];
  // Only the end of the text so far decides a join; re-reading all of it per line would be quadratic.
  let tail = "";
  for (const line of lines) {
    const closesUp =
      (URL_TOKEN.test(tail) && /^[\w\-./?=&#%~+:]+(\s|$)/.test(line) && /[/?=&#\d]/.test(line.split(/\s/)[0]!)) ||
      (/[A-Za-z\u00C0-\u024F]-$/.test(tail) && /^[a-z\u00DF-\u024F]/.test(line));
    const piece = parts.length === 0 || closesUp ? line : ` ${line}`;
    parts.push(piece);
    tail = (tail + piece).slice(-4000);
  }
  return parts.join("").replace(/\s+/g, " ").trim();
}

/** The PDF's link annotations: blocks of bare URLs that all appear in the text already (or twice). */
function isRepeatedLinkBlock(block: TextBlock, everything: string): boolean {
  if (!block.lines.every((line) => URL_LINE.test(line))) return false;
  const urls = joinUrlLines(block.lines);
  return urls.every((url) => everything.split(url).length > 2 || urls.filter((other) => other === url).length > 1);
}

function joinUrlLines(lines: readonly string[]): string[] {
  return lines.reduce<string[]>((urls, line) => (URL_LINE.test(line) ? [...urls, line] : urls), []);
}

/** A block ending mid-sentence followed by one starting in lower case is one paragraph across a page break. */
export function mergePageBreaks(blocks: TextBlock[]): TextBlock[] {
  const merged: TextBlock[] = [];
  for (const block of blocks) {
    const previous = merged[merged.length - 1];
    // The last line, not the whole merged text: re-reading that on every merge would be quadratic.
    const continues = previous && !previous.list && !block.list && !TERMINAL.test(previous.lines[previous.lines.length - 1]!) && /^[a-z]/.test(block.text) && readListMarker(block.text).kind === "none";
    if (continues) merged[merged.length - 1] = { ...previous, lines: appendAll(previous.lines, block.lines), text: `${previous.text} ${block.text}`, ...(previous.runs && block.runs ? { runs: appendAll(previous.runs, block.runs) } : {}) };
    else merged.push(block);
  }
  return merged;
}

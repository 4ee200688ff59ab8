import { isHeadingShaped } from "./heading-shaped.js";
import { readListMarker } from "./list-marker.js";
import { joinWrappedLines, type TextBlock } from "./read-text-blocks.js";
import { AGENDA_HEADING, PARTICIPANTS_HEADING } from "./summary-keywords.js";

const SENTENCE_END = /[.!?;:)"”’]$/;
const STARTS_LIKE_TEXT = /^[\p{Lu}\p{N}"“‘'(]/u;

const isKeywordHeading = (line: string) => AGENDA_HEADING.test(line) || PARTICIPANTS_HEADING.test(line);
const familyOf = (line: string) => readListMarker(line).kind;
const firstWord = (line: string) => line.split(/\s/)[0] ?? "";

/** A line that could be a heading on its own: short, no closing punctuation, not a bullet, no link. */
function isHeadingLine(line: string): boolean {
  return isKeywordHeading(line) || (isHeadingShaped(line, 100) && STARTS_LIKE_TEXT.test(readListMarker(line).rest));
}

/** The line after a heading reads as text: a sentence, or the start of one wrapped onto the next line (headings are short). */
function isTextLine(lines: readonly string[], index: number): boolean {
  const line = lines[index]!;
  if (!STARTS_LIKE_TEXT.test(line)) return false;
  const wordy = line.split(/\s+/).length >= 9;
  return !isHeadingLine(line) || wordy || line.length > 80 || /^[a-z]/.test(lines[index + 1] ?? "");
}

/**
 * A heading starts after a finished sentence, or, in a text whose lines are not wrapped, after
 * a list it is not an item of (in a wrapped text that line would continue the item).
 */
function followsParagraphOrList(previous: string, line: string, unwrapped: boolean): boolean {
  if (familyOf(line) !== "none") return SENTENCE_END.test(previous) && familyOf(previous) !== familyOf(line);
  return SENTENCE_END.test(previous) || (unwrapped && familyOf(previous) !== "none");
}

/**
 * Whether line `index` is a heading with its text directly below. A line hard-wrapped inside a
 * paragraph is not: the next line's first word would have fitted on it.
 */
function leadsText(lines: readonly string[], index: number, widest: number, unwrapped: boolean): boolean {
  const line = lines[index]!;
  const next = lines[index + 1];
  if (next === undefined || !isHeadingLine(line)) return false;
  if (isKeywordHeading(line)) return true;
  const previous = lines[index - 1];
  if (previous !== undefined && !followsParagraphOrList(previous, line, unwrapped)) return false;
  if (familyOf(next) !== "none") return familyOf(next) !== familyOf(line);
  const fits = line.length + 1 + firstWord(next).length <= widest || line.length <= 32;
  return fits && isTextLine(lines, index + 1);
}

function sliceBlock(block: TextBlock, start: number, end: number): TextBlock {
  const lines = block.lines.slice(start, end);
  return {
    lines,
    text: joinWrappedLines(lines),
    ...(block.indented ? { indented: block.indented.slice(start, end) } : {}),
    ...(block.runs ? { runs: block.runs.slice(start, end) } : {}),
  };
}

/**
 * Splits the blocks where a heading is followed by its text (or list) on the very next line,
 * as typed summaries often are, so the heading and its paragraph become blocks of their own.
 */
export function splitHeadingLines(blocks: readonly TextBlock[], unwrapped: boolean): TextBlock[] {
  return blocks.flatMap((block) => {
    if (block.lines.length < 2) return [block];
    const widest = block.lines.reduce((most, line) => Math.max(most, line.length), 0);
    const parts: TextBlock[] = [];
    let start = 0;
    const flush = (end: number) => {
      if (end > start) parts.push(sliceBlock(block, start, end));
      start = end;
    };
    block.lines.forEach((_line, index) => {
      if (!leadsText(block.lines, index, widest, unwrapped)) return;
      flush(index);
      parts.push({ ...sliceBlock(block, index, index + 1), leadsText: familyOf(block.lines[index + 1]!) === "none" ? "text" : "list" });
      start = index + 1;
    });
    flush(block.lines.length);
    return parts.length === 1 ? [block] : parts;
  });
}

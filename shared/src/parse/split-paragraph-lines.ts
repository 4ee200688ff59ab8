import { readListMarker } from "./list-marker.js";
import { joinWrappedLines, type TextBlock } from "./read-text-blocks.js";

const SENTENCE_END = /[.!?]["”’)]?$/;
const STARTS_LIKE_TEXT = /^[\p{Lu}\p{N}"“‘']/u;
/** Proportional fonts make PDF lines of one paragraph differ by a few characters. */
const WRAP_SLACK = 10;
/** Longer lines were not wrapped by hand or by a PDF: each line is a paragraph. */
const UNWRAPPED_WIDTH = 120;

/**
 * Whether a new paragraph starts after line `index`: the line ends a sentence, the next
 * starts one, and the next line's first word would have fitted (so no wrap forced the break).
 */
function endsParagraph(lines: readonly string[], index: number, widest: number, unwrapped: boolean): boolean {
  const line = lines[index]!;
  const next = lines[index + 1]!;
  if (!SENTENCE_END.test(line) || !STARTS_LIKE_TEXT.test(next)) return false;
  const firstWord = next.split(/\s/)[0]!.length;
  return unwrapped || widest > UNWRAPPED_WIDTH || line.length + 1 + firstWord + WRAP_SLACK <= widest;
}

/**
 * Splits a block of text lines into paragraphs where a line was one paragraph of its own, as
 * in summaries pasted from e-mail or a word processor without blank lines between paragraphs.
 * Lists are left whole: their items are read later. In an `unwrapped` text (no line anywhere
 * continues a sentence from the line above) every sentence-ending line ends its paragraph.
 */
export function splitParagraphLines(block: TextBlock, unwrapped: boolean): TextBlock[] {
  if (block.lines.length < 2 || block.lines.some((line) => readListMarker(line).kind !== "none")) return [block];
  const widest = block.lines.reduce((most, line) => Math.max(most, line.length), 0);
  const starts = [0];
  block.lines.forEach((_line, index) => {
    if (index < block.lines.length - 1 && endsParagraph(block.lines, index, widest, unwrapped)) starts.push(index + 1);
  });
  if (starts.length === 1) return [block];
  return starts.map((start, index) => {
    const end = starts[index + 1] ?? block.lines.length;
    const lines = block.lines.slice(start, end);
    return { lines, text: joinWrappedLines(lines), ...(block.runs ? { runs: block.runs.slice(start, end) } : {}) };
  });
}

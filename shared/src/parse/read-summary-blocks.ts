import { looksLikeMarkdown } from "./looks-like-markdown.js";
import { readMarkdownBlocks } from "./read-markdown-blocks.js";
import { readTextBlocks, type TextBlock } from "./read-text-blocks.js";
import { splitHeadingLines } from "./split-heading-lines.js";
import { splitParagraphLines } from "./split-paragraph-lines.js";

export interface SummaryBlocks {
  blocks: TextBlock[];
  /** The number of `#` of each block that was a Markdown heading (1 to 6). */
  markdownLevels: Array<number | undefined>;
}

/** A line that is only a rule ("---", "* * *", "___"): it carries no text. */
function isRule(line: string): boolean {
  if (!/^[ \t]*[-*_]/.test(line)) return false;
  const marks = line.replace(/[ \t]/g, "");
  return marks.length >= 3 && (/^-+$/.test(marks) || /^\*+$/.test(marks) || /^_+$/.test(marks));
}

/** A byte-order mark (Windows Notepad) goes, line endings become "\n", rules carry no text. */
function normalisePlain(text: string): string {
  return text
    .replace(/^\ufeff/, "")
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => (isRule(line) ? "" : line))
    .join("\n");
}

/** A heading typed directly above its text is split from it, and so are paragraphs typed one per line. */
function splitLines(block: TextBlock, unwrapped: boolean): TextBlock[] {
  if (block.list) return [block];
  return splitHeadingLines([block], unwrapped).flatMap((piece) => (piece.leadsText ? [piece] : splitParagraphLines(piece, unwrapped)));
}

/**
 * The blocks of a summary. Markdown goes through a Markdown parser (headings keep their level,
 * paragraphs their emphasis and links, lists stay lists); plain text through the heuristics
 * that repair what PDF extraction and e-mail wrapping break.
 */
export function readSummaryBlocks(text: string): SummaryBlocks {
  const blocks: TextBlock[] = [];
  const markdownLevels: Array<number | undefined> = [];
  const markdown = looksLikeMarkdown(text);
  const normalised = markdown ? text.replace(/^\ufeff/, "").replace(/\r\n?/g, "\n") : normalisePlain(text);
  // A PDF or a hard-wrapped e-mail continues sentences on the next line, in lower case.
  const unwrapped = !/[^\s][ \t]*\n[ \t]*[a-z]/.test(normalised);
  const read = markdown ? readMarkdownBlocks(normalised) : readTextBlocks(normalised).map((block) => ({ block, level: undefined }));
  for (const { block, level } of read) {
    for (const part of level === undefined ? splitLines(block, unwrapped) : [block]) {
      blocks.push(part);
      markdownLevels.push(level);
    }
  }
  return { blocks, markdownLevels };
}

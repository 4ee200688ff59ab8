import { readTextBlocks, type TextBlock } from "./read-text-blocks.js";
import { splitHeadingLines } from "./split-heading-lines.js";
import { splitParagraphLines } from "./split-paragraph-lines.js";

export interface SummaryBlocks {
  blocks: TextBlock[];
  /** The number of `#` of each block that was a Markdown heading (1 to 6). */
  markdownLevels: Array<number | undefined>;
}

/**
 * A byte-order mark (Windows Notepad) goes; underlined ("Title\n=====") headings become `#` headings; rules ("---", "***") and hard-break
 * backslashes carry no text; escaped characters ("1\\.", "\\*") are the characters themselves.
 */
function normaliseMarkdown(text: string): string {
  return text
    .replace(/^\ufeff/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/\\$/gm, "")
    .replace(/\\([\\`*_[\]{}()#+\-.!|<>~=&])/g, "$1")
    .replace(/^([^\n#>\-*].*)\n=+[ \t]*$/gm, "# $1")
    .replace(/^([^\n#>\-*].*)\n-{2,}[ \t]*$/gm, "## $1")
    .replace(/^[ \t]*([-*_])([ \t]*\1){2,}[ \t]*$/gm, "")
    .replace(/^(#{1,6})[ \t]+(.+?)[ \t]*#*[ \t]*$/gm, "\n\n$1 $2\n\n");
}

/**
 * The blocks of a summary: Markdown headings get blocks of their own, with their level
 * remembered, a heading typed directly above its text is split from it, and so are
 * paragraphs typed one per line.
 */
export function readSummaryBlocks(text: string): SummaryBlocks {
  const blocks: TextBlock[] = [];
  const markdownLevels: Array<number | undefined> = [];
  const normalised = normaliseMarkdown(text);
  // A PDF or a hard-wrapped e-mail continues sentences on the next line, in lower case.
  const unwrapped = !/[^\s][ \t]*\n[ \t]*[a-z]/.test(normalised);
  for (const block of readTextBlocks(normalised)) {
    const hashes = /^(#{1,6}) /.exec(block.text)?.[1];
    if (hashes) {
      const title = block.text.slice(hashes.length + 1);
      blocks.push({ lines: [title], text: title });
      markdownLevels.push(hashes.length);
      continue;
    }
    for (const part of splitHeadingLines([block], unwrapped).flatMap((piece) => (piece.leadsText ? [piece] : splitParagraphLines(piece, unwrapped)))) {
      blocks.push(part);
      markdownLevels.push(undefined);
    }
  }
  return { blocks, markdownLevels };
}

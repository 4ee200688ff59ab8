import { findMarkdownLinks, stripMarkdownLinks } from "./markdown-links.js";
import type { ParseWarning } from "./parse-warning.js";

export interface PastedLine {
  /** 1-based line number in the paste, for warnings. */
  number: number;
  /** Leading white space, tabs counted as four columns. */
  indent: number;
  text: string;
}

// Control characters other than tab: what binary junk or a bad copy from a PDF leaves behind.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/g;

/**
 * Splits a paste into trimmed, non-empty lines with their indentation. Lines that are mostly
 * unreadable characters become warnings instead of content.
 */
export function readPastedLines(text: string, warnings: ParseWarning[]): PastedLine[] {
  const lines: PastedLine[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const cleaned = raw.replace(/[\u00a0\u2007\u202f]/g, " ");
    const junk = cleaned.match(CONTROL)?.length ?? 0;
    const readable = cleaned.replace(CONTROL, "");
    if (junk > 0 && junk * 4 >= readable.trim().length) {
      warnings.push({ line: index + 1, text: raw.slice(0, 80), message: "unreadable characters; the line was left out" });
      return;
    }
    const indentText = /^[ \t]*/.exec(readable)?.[0] ?? "";
    const trimmed = readable.trim();
    if (!trimmed) return;
    lines.push({ number: index + 1, indent: indentText.replace(/\t/g, "    ").length, text: trimmed });
  });
  return lines;
}

/** Markdown links keep their text; a real web address is returned as `href`. */
export function unwrapMarkdownLinks(text: string): { text: string; href?: string } {
  const href = findMarkdownLinks(text).find((link) => /^(https?:|mailto:)/i.test(link.href))?.href;
  const unwrapped = stripMarkdownLinks(text);
  return href ? { text: unwrapped, href } : { text: unwrapped };
}

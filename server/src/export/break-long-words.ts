/** Longer than any line of the report: only such runs get break opportunities. */
const LONG_RUN = /[^\s\u200b]{120,}/g;
const CHUNK = 16;
const ZERO_WIDTH_SPACE = "\u200b";

/**
 * pdfmake cuts a word wider than the line by measuring ever shorter prefixes of the whole rest
 * of the word, line after line: quadratic, minutes for one 32,000-character word. A zero-width
 * space every 16 characters of such a run gives the line breaker places to break, so layout
 * stays linear; ordinary words and links up to 120 characters are left exactly as written.
 */
export function breakLongWords(text: string): string {
  return text.replace(LONG_RUN, (run) => {
    const chunks: string[] = [];
    for (let at = 0; at < run.length; at += CHUNK) chunks.push(run.slice(at, at + CHUNK));
    return chunks.join(ZERO_WIDTH_SPACE);
  });
}

// Each pattern is anchored to a line or bounded, so the whole text is tested in linear time.
const SIGNS = [
  /^#{1,6}[ \t]/m, // ATX heading
  /^[ \t]*(=+|-{2,})[ \t]*$/m, // setext underline or rule
  /\*\*[^*\s]/, // strong
  /\]\(/, // link
  /^[ \t]*\|[^\n]*\|[ \t]*$/m, // table row
  /\\[\\`*_[\]#.|-]/, // an escaped character
  /(^|[\s(“"‘'])[*_][^\s*_][^*_\n]{0,300}[^\s*_][*_]($|[\s.,;:!?)”"’'])/m, // emphasis
];

/** Whether a report was written in Markdown: one sign anywhere is enough. */
export function looksLikeMarkdown(text: string): boolean {
  return SIGNS.some((sign) => sign.test(text));
}

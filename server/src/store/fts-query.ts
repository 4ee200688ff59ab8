/** Splits what a person types into terms: a quoted phrase is one term, every other word its own. */
export function parseSearchTerms(input: string): string[][] {
  const terms: string[][] = [];
  for (const match of input.matchAll(/"([^"]*)"|(\S+)/g)) {
    const words = (match[1] ?? match[2] ?? "").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length > 0) terms.push(words);
  }
  return terms;
}

/**
 * Turns what a person types into an FTS5 query: every term must match. FTS5 syntax
 * characters in the input are neutralised, never interpreted.
 */
export function toFtsQuery(input: string): string {
  return parseSearchTerms(input)
    .map((words) => `"${words.join(" ")}"`)
    .join(" AND ");
}

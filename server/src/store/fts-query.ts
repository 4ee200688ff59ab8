/**
 * Turns what a person types into an FTS5 query: every word must match, and a quoted phrase
 * stays a phrase. FTS5 syntax characters in the input are neutralised, never interpreted.
 */
export function toFtsQuery(input: string): string {
  const parts: string[] = [];
  const pattern = /"([^"]*)"|(\S+)/g;
  for (const match of input.matchAll(pattern)) {
    const words = (match[1] ?? match[2] ?? "").match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length === 0) continue;
    parts.push(`"${words.join(" ")}"`);
  }
  return parts.join(" AND ");
}

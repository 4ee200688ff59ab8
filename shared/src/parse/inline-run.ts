import { z } from "zod";

/** A stretch of text with the formatting a Markdown report gave it. */
export const InlineRunSchema = z.object({
  text: z.string(),
  italic: z.boolean().optional(),
  bold: z.boolean().optional(),
  href: z.string().optional(),
});
export type InlineRun = z.infer<typeof InlineRunSchema>;

const plainRun = (run: InlineRun) => !run.italic && !run.bold && run.href === undefined;

/** The runs of several lines as one paragraph: lines joined by a space, neighbouring plain runs merged. */
export function joinRunLines(lines: readonly InlineRun[][]): InlineRun[] {
  const joined: InlineRun[] = [];
  const add = (run: InlineRun) => {
    const last = joined[joined.length - 1];
    if (last && plainRun(last) && plainRun(run)) last.text += run.text;
    else joined.push({ ...run });
  };
  lines.forEach((line, index) => {
    if (index > 0) add({ text: " " });
    for (const run of line) add(run);
  });
  return joined;
}

/** Runs that carry formatting and spell exactly `text`; undefined when plain (nothing to keep) or not matching. */
export function runsFor(text: string, lines: readonly InlineRun[][] | undefined): InlineRun[] | undefined {
  if (!lines) return undefined;
  const runs = joinRunLines(lines);
  if (runs.every(plainRun)) return undefined;
  const spelled = runs.map((run) => run.text).join("").replace(/\s+/g, " ").trim();
  return spelled === text ? runs : undefined;
}

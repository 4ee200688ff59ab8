import { formatTimestamp, isSafeHref, type JsonMark, type JsonNode } from "@rapporteur/shared";
import type { ExportInline } from "./export-blocks.js";

const ABSOLUTE_LINK = /^(https?:|mailto:)/i;

/**
 * The inline content of a block as styled runs, trimmed at both ends. Mentions print their
 * label; links keep only targets a reader can open from a file. Text from the transcript is
 * printed plain (its provenance mark is dropped), preceded by "[00:12:31] " with `timeMarkers`.
 */
export function readInlines(nodes: readonly JsonNode[] | undefined, options: { timeMarkers?: boolean } = {}): ExportInline[] {
  const list = nodes ?? [];
  const runs = list
    .flatMap((node, index) => [...(options.timeMarkers ? transcriptTimeBefore(list, index) : []), ...readInline(node)])
    .filter((run) => run.text !== "");
  const first = runs[0];
  const last = runs[runs.length - 1];
  if (first) first.text = first.text.replace(/^[ \t]+/, "");
  if (last) last.text = last.text.replace(/[ \t\n]+$/, "");
  return runs.filter((run) => run.text !== "");
}

function readInline(node: JsonNode): ExportInline[] {
  switch (node.type) {
    case "text":
      return [styleRun(node.text ?? "", node.marks)];
    case "mention":
      return [styleRun(String(node.attrs?.label ?? node.attrs?.id ?? ""), node.marks)];
    case "hardBreak":
      return [{ text: "\n" }];
    default:
      return (node.content ?? []).flatMap(readInline);
  }
}

/** "[00:12:31] " where a run of text from one transcript segment begins. */
function transcriptTimeBefore(nodes: readonly JsonNode[], index: number): ExportInline[] {
  const source = transcriptSourceOf(nodes[index]);
  if (!source) return [];
  const previous = index > 0 ? transcriptSourceOf(nodes[index - 1]) : undefined;
  if (previous && previous.attrs?.seq === source.attrs?.seq && previous.attrs?.at === source.attrs?.at) return [];
  return [{ text: `[${formatTimestamp(Number(source.attrs?.at) || 0)}] `, italic: true }];
}

function transcriptSourceOf(node: JsonNode | undefined): JsonMark | undefined {
  return node?.marks?.find((mark) => mark.type === "transcriptSource");
}

function styleRun(text: string, marks: readonly JsonMark[] | undefined): ExportInline {
  const run: ExportInline = { text };
  for (const mark of marks ?? []) {
    if (mark.type === "bold") run.bold = true;
    else if (mark.type === "italic") run.italic = true;
    else if (mark.type === "underline") run.underline = true;
    else if (mark.type === "strike") run.strike = true;
    else if (mark.type === "link") {
      const href = String(mark.attrs?.href ?? "").trim();
      if (ABSOLUTE_LINK.test(href) && isSafeHref(href)) run.href = href;
    }
  }
  return run;
}

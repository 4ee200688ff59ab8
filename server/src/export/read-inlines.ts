import { isSafeHref, type JsonMark, type JsonNode } from "@rapporteur/shared";
import type { ExportInline } from "./export-blocks.js";

const ABSOLUTE_LINK = /^(https?:|mailto:)/i;

/**
 * The inline content of a block as styled runs, trimmed at both ends. Mentions print their
 * label; links keep only targets a reader can open from a file.
 */
export function readInlines(nodes: readonly JsonNode[] | undefined): ExportInline[] {
  const runs = (nodes ?? []).flatMap(readInline).filter((run) => run.text !== "");
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

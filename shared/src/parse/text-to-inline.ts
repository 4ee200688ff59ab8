import * as linkify from "linkifyjs";
import type { JsonNode } from "../document/json-node.js";
import { isSafeHref } from "../document/safe-href.js";
import type { InlineRun } from "./inline-run.js";
import { findMarkdownLinks } from "./markdown-links.js";

type Mark = NonNullable<JsonNode["marks"]>[number];

const linkMark = (href: string): Mark[] => (isSafeHref(href) && !href.startsWith("#") ? [{ type: "link", attrs: { href } }] : []);

/** Bare web addresses in plain text become links (linkifyjs finds them, "www." ones too). */
function linkifyText(text: string, marks: Mark[]): JsonNode[] {
  const nodes: JsonNode[] = [];
  let last = 0;
  const withMarks = (value: string, extra: Mark[] = []) => ({ type: "text", text: value, ...(marks.length + extra.length > 0 ? { marks: [...marks, ...extra] } : {}) });
  for (const found of linkify.find(text, "url")) {
    if (found.start > last) nodes.push(withMarks(text.slice(last, found.start)));
    nodes.push(withMarks(found.value, linkMark(found.href)));
    last = found.end;
  }
  if (last < text.length) nodes.push(withMarks(text.slice(last)));
  return nodes;
}

/** Plain text (a Markdown link in it read as one) or formatted runs as inline nodes. */
export function textToInline(text: string, runs?: readonly InlineRun[]): JsonNode[] {
  const nodes: JsonNode[] = [];
  if (runs) {
    for (const run of runs) {
      const marks: Mark[] = [...(run.bold ? [{ type: "bold" }] : []), ...(run.italic ? [{ type: "italic" }] : [])];
      if (run.href !== undefined) nodes.push({ type: "text", text: run.text, marks: [...marks, ...linkMark(run.href)] });
      else nodes.push(...linkifyText(run.text, marks));
    }
  } else {
    let last = 0;
    for (const link of findMarkdownLinks(text)) {
      nodes.push(...linkifyText(text.slice(last, link.start), []));
      nodes.push({ type: "text", text: link.label, ...(linkMark(link.href).length > 0 ? { marks: linkMark(link.href) } : {}) });
      last = link.end;
    }
    nodes.push(...linkifyText(text.slice(last), []));
  }
  return nodes.filter((node) => node.text !== "").map((node) => (node.marks?.length === 0 ? { type: node.type, text: node.text } : node));
}

import type { JsonNode } from "../document/json-node.js";
import { isSafeHref } from "../document/safe-href.js";

const LINK = /\[([^\]]*)\]\(([^)\s]*)\)|(https?:\/\/[^\s<>"”’)\]]+[^\s<>"”’)\].,;:!?])/g;

/** Plain text as inline nodes: Markdown links and bare web addresses become real links. */
export function textToInline(text: string): JsonNode[] {
  const nodes: JsonNode[] = [];
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    const at = match.index ?? 0;
    if (at > last) nodes.push({ type: "text", text: text.slice(last, at) });
    const label = match[1] ?? match[3] ?? "";
    const href = match[2] ?? match[3] ?? "";
    if (label) nodes.push(isSafeHref(href) && !href.startsWith("#") ? { type: "text", text: label, marks: [{ type: "link", attrs: { href } }] } : { type: "text", text: label });
    last = at + match[0].length;
  }
  if (last < text.length) nodes.push({ type: "text", text: text.slice(last) });
  return nodes.filter((node) => node.text !== "");
}

import * as Y from "yjs";
import { textOf, type JsonNode } from "@rapporteur/shared";
import { readBody } from "./read-summary-export.js";

/** The body as plain text, one block per line (internal notes left out): for full-text search. */
export function summaryPlainText(doc: Y.Doc): string {
  const body = readBody(doc);
  const lines: string[] = [];
  const visit = (node: JsonNode) => {
    if (node.type === "internalNote") return;
    const children = node.content ?? [];
    if (children.some((child) => child.type === "text" || child.type === "mention" || child.type === "hardBreak")) {
      lines.push(textOf(node));
    } else {
      children.forEach(visit);
    }
  };
  visit(body);
  return lines.join("\n");
}

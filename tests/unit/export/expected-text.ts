import { textOf, type JsonNode } from "@rapporteur/shared";

const VISIBLE_WITH_TEXT = new Set(["heading", "paragraph", "actionItem", "decision"]);

/** Every block of the body a reader must find in the export, in document order (internal notes left out). */
export function listExpectedTexts(body: JsonNode): string[] {
  const texts: string[] = [];
  const visit = (node: JsonNode) => {
    if (node.type === "internalNote") return;
    if (VISIBLE_WITH_TEXT.has(node.type)) {
      const text = textOf(node).replace(/\s+/g, " ").trim();
      if (text) texts.push(text);
      return;
    }
    node.content?.forEach(visit);
  };
  visit(body);
  return texts;
}

import type { JsonMark, JsonNode } from "./json-node.js";
import { getMinutesSchema } from "./minutes-schema.js";

/**
 * Keeps only what the shared schema knows: a client can write any XML into a Y.Doc, and an
 * element or mark outside the schema (or text that is not a string) must never reach an
 * exporter. Unknown nodes are dropped with their content; unknown marks are dropped.
 */
export function sanitizeBody(node: JsonNode): JsonNode {
  const schema = getMinutesSchema();
  const clean = (current: JsonNode): JsonNode | undefined => {
    if (!(current.type in schema.nodes)) return undefined;
    if (current.type === "text") {
      if (typeof current.text !== "string" || current.text === "") return undefined;
      const marks = (current.marks ?? []).filter((mark: JsonMark) => mark.type in schema.marks);
      return { type: "text", text: current.text, ...(marks.length > 0 ? { marks } : {}) };
    }
    const content = (current.content ?? []).map(clean).filter((child): child is JsonNode => child !== undefined);
    return { type: current.type, ...(current.attrs ? { attrs: current.attrs } : {}), ...(content.length > 0 ? { content } : {}) };
  };
  return clean(node) ?? { type: "doc", content: [] };
}

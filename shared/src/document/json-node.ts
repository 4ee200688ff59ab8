import { z } from "zod";

/** A ProseMirror node in JSON form, as Tiptap's getJSON() and y-tiptap produce it. */
export interface JsonNode {
  type: string;
  attrs?: Record<string, unknown> | undefined;
  content?: JsonNode[] | undefined;
  text?: string | undefined;
  marks?: JsonMark[] | undefined;
}

export interface JsonMark {
  type: string;
  attrs?: Record<string, unknown> | undefined;
}

export const JsonMarkSchema: z.ZodType<JsonMark> = z.object({
  type: z.string(),
  attrs: z.record(z.string(), z.unknown()).optional(),
});

export const JsonNodeSchema: z.ZodType<JsonNode> = z.lazy(() =>
  z.object({
    type: z.string(),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(JsonNodeSchema).optional(),
    text: z.string().optional(),
    marks: z.array(JsonMarkSchema).optional(),
  }),
);

/** The plain text of a node and its descendants; mentions count as their label. */
export function textOf(node: JsonNode): string {
  if (node.type === "text") return node.text ?? "";
  if (node.type === "mention") return String(node.attrs?.label ?? node.attrs?.id ?? "");
  if (node.type === "hardBreak") return "\n";
  return (node.content ?? []).map(textOf).join("");
}

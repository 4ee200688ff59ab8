import type { JsonNode } from "./json-node.js";

const headingLevel = (node: JsonNode): number => Number(node.attrs?.level ?? 1);

/** The blocks under the heading at `index` in `blocks`: everything up to the next heading of the same or a higher level. */
export function sectionContent(blocks: readonly JsonNode[], index: number): JsonNode[] {
  const level = headingLevel(blocks[index]!);
  const section: JsonNode[] = [];
  for (let at = index + 1; at < blocks.length; at++) {
    const block = blocks[at]!;
    if (block.type === "heading" && headingLevel(block) <= level) break;
    section.push(block);
  }
  return section;
}

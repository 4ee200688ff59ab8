import type { Node as PmNode } from "@tiptap/pm/model";
import { sectionAfterHeading, type OpenSection } from "../outline/list-agenda-headings";

/**
 * The agenda item whose section holds `pos`, by the section rule the Speakers panel counts
 * mentions by. Walks back from the cursor's top-level block only to the nearest agenda
 * heading, so it usually looks at a handful of blocks, not the whole report.
 */
export function findSectionAt(doc: PmNode, pos: number): string | null {
  if (doc.childCount === 0) return null;
  const cursorIndex = Math.min(doc.resolve(Math.max(0, Math.min(pos, doc.content.size))).index(0), doc.childCount - 1);
  let start = cursorIndex;
  while (start >= 0 && !opensSection(doc.child(start))) start -= 1;
  if (start < 0) return null;
  let open: OpenSection | null = null;
  for (let index = start; index <= cursorIndex; index += 1) {
    const node = doc.child(index);
    if (node.type.name === "heading") open = sectionAfterHeading(open, Number(node.attrs.level ?? 1), node.attrs.agendaItemId);
  }
  return open?.agendaItemId ?? null;
}

function opensSection(node: PmNode): boolean {
  return node.type.name === "heading" && sectionAfterHeading(null, Number(node.attrs.level ?? 1), node.attrs.agendaItemId) !== null;
}

import type { Node as PmNode } from "@tiptap/pm/model";

/**
 * The agenda item whose section holds `pos`: the nearest heading above it that carries an
 * agendaItemId, unless a heading without one, of the same or a higher level, closed that
 * section first (the rule the Speakers panel counts mentions by). Walks back from the cursor's
 * top-level block, so it usually looks at a handful of blocks, not the whole report.
 */
export function findSectionAt(doc: PmNode, pos: number): string | null {
  if (doc.childCount === 0) return null;
  const $pos = doc.resolve(Math.max(0, Math.min(pos, doc.content.size)));
  let closedAtLevel = Infinity;
  for (let index = Math.min($pos.index(0), doc.childCount - 1); index >= 0; index -= 1) {
    const node = doc.child(index);
    if (node.type.name !== "heading") continue;
    const level = Number(node.attrs.level ?? 1);
    const agendaItemId: unknown = node.attrs.agendaItemId;
    if (typeof agendaItemId === "string" && agendaItemId) return level < closedAtLevel ? agendaItemId : null;
    closedAtLevel = Math.min(closedAtLevel, level);
  }
  return null;
}

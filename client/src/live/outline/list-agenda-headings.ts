import type { Node as PmNode } from "@tiptap/pm/model";

export interface AgendaHeading {
  agendaItemId: string;
  /** The heading as written, with its number ("2. AoB"). */
  title: string;
  level: number;
}

/** The report's agenda headings in document order (the first one wins if an id repeats). */
export function listAgendaHeadings(doc: PmNode): AgendaHeading[] {
  const seen = new Set<string>();
  const headings: AgendaHeading[] = [];
  doc.forEach((block) => {
    const agendaItemId: unknown = block.attrs.agendaItemId;
    if (block.type.name !== "heading" || typeof agendaItemId !== "string" || !agendaItemId || seen.has(agendaItemId)) return;
    seen.add(agendaItemId);
    headings.push({ agendaItemId, title: block.textContent.trim(), level: Number(block.attrs.level ?? 1) });
  });
  return headings;
}

/** The agenda section open at some point of the report: its item and its heading's level. */
export interface OpenSection {
  agendaItemId: string;
  level: number;
}

/**
 * The section rule, applied at each heading in document order: a heading carrying an
 * agendaItemId opens that item's section; a heading without one closes the open section when
 * it is of the same or a higher level (a lower one is a sub-heading inside it).
 */
export function sectionAfterHeading(open: OpenSection | null, level: number, agendaItemId: unknown): OpenSection | null {
  if (typeof agendaItemId === "string" && agendaItemId) return { agendaItemId, level };
  return open && level > open.level ? open : null;
}

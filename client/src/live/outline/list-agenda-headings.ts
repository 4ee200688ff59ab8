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

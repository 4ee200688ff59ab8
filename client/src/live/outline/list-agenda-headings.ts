import { textOf, type JsonNode } from "@rapporteur/shared";

export interface AgendaHeading {
  agendaItemId: string;
  /** The heading as written, with its number ("2. AoB"). */
  title: string;
  level: number;
}

/** The report's agenda headings in document order (the first one wins if an id repeats). */
export function listAgendaHeadings(body: JsonNode): AgendaHeading[] {
  const seen = new Set<string>();
  const headings: AgendaHeading[] = [];
  for (const block of body.content ?? []) {
    const agendaItemId = block.attrs?.agendaItemId;
    if (block.type !== "heading" || typeof agendaItemId !== "string" || !agendaItemId || seen.has(agendaItemId)) continue;
    seen.add(agendaItemId);
    headings.push({ agendaItemId, title: textOf(block).trim(), level: Number(block.attrs?.level ?? 1) });
  }
  return headings;
}

import { textOf, type JsonNode } from "@rapporteur/shared";

export interface SectionSpeakers {
  agendaItemId: string;
  title: string;
  speakers: Array<{ id: string; name: string; count: number }>;
}

/**
 * Who was mentioned under each agenda item, and how often. A section runs from a heading
 * carrying an agendaItemId to the next heading of the same or a higher level.
 */
export function countMentionsBySection(body: JsonNode): SectionSpeakers[] {
  const sections: SectionSpeakers[] = [];
  let current: { section: SectionSpeakers; level: number } | undefined;
  for (const block of body.content ?? []) {
    if (block.type === "heading") {
      const level = Number(block.attrs?.level ?? 1);
      const agendaItemId = typeof block.attrs?.agendaItemId === "string" ? block.attrs.agendaItemId : null;
      if (agendaItemId) {
        current = { section: { agendaItemId, title: textOf(block).trim(), speakers: [] }, level };
        sections.push(current.section);
      } else if (current && level <= current.level) {
        current = undefined;
      }
      continue;
    }
    if (current) countMentions(block, current.section);
  }
  return sections;
}

function countMentions(node: JsonNode, section: SectionSpeakers): void {
  if (node.type === "mention") {
    const id = String(node.attrs?.id ?? node.attrs?.label ?? "");
    const name = String(node.attrs?.label ?? node.attrs?.id ?? "");
    if (!id) return;
    const found = section.speakers.find((speaker) => speaker.id === id);
    if (found) found.count += 1;
    else section.speakers.push({ id, name, count: 1 });
    return;
  }
  node.content?.forEach((child) => countMentions(child, section));
}

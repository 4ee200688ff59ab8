import { textOf, type JsonNode } from "@rapporteur/shared";
import { sectionAfterHeading, type OpenSection } from "../outline/list-agenda-headings";

export interface SectionSpeakers {
  agendaItemId: string;
  title: string;
  speakers: Array<{ id: string; name: string; count: number }>;
}

/** Who was mentioned under each agenda item, and how often, by the section rule of sectionAfterHeading. */
export function countMentionsBySection(body: JsonNode): SectionSpeakers[] {
  const sections: SectionSpeakers[] = [];
  let open: OpenSection | null = null;
  let current: SectionSpeakers | undefined;
  for (const block of body.content ?? []) {
    if (block.type !== "heading") {
      if (current) countMentions(block, current);
      continue;
    }
    const next = sectionAfterHeading(open, Number(block.attrs?.level ?? 1), block.attrs?.agendaItemId);
    if (!next) current = undefined;
    else if (next !== open) {
      current = { agendaItemId: next.agendaItemId, title: textOf(block).trim(), speakers: [] };
      sections.push(current);
    }
    open = next;
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

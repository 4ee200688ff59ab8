import type { JsonNode } from "../document/json-node.js";
import type { Meeting } from "../meeting/meeting.js";
import { buildAgendaList, buildTitleBlock, heading } from "../template/build-summary-document.js";
import { fillPlaceholders, placeholderValues } from "../template/fill-placeholders.js";
import type { ReportTemplate, SectionKind } from "../template/report-template.js";
import type { ImportedBlock, ImportedSummary } from "./imported-summary.js";
import { textToInline } from "./text-to-inline.js";

function blocksToNodes(blocks: readonly ImportedBlock[]): JsonNode[] {
  const nodes: JsonNode[] = [];
  for (const block of blocks) {
    const paragraph: JsonNode = { type: "paragraph", content: textToInline(block.text, block.runs) };
    if (block.kind === "paragraph") {
      nodes.push(paragraph);
      continue;
    }
    const listType = block.ordered ? "orderedList" : "bulletList";
    const previous = nodes[nodes.length - 1];
    const item = { type: "listItem", content: [paragraph] };
    // Appended in place: copying the list per item made a long list quadratic.
    if (previous?.type === listType) (previous.content ??= []).push(item);
    else nodes.push({ type: listType, ...(block.ordered ? { attrs: { start: 1 } } : {}), content: [item] });
  }
  return nodes;
}

function sectionKindOf(title: string): SectionKind | undefined {
  if (/next steps|priorities/i.test(title)) return "nextSteps";
  if (/^next meeting/i.test(title)) return "nextMeeting";
  return undefined;
}

/**
 * The document of an imported summary: the template's title block, then the original's
 * opening, agenda, sections and paragraphs in their order, and the annexes.
 */
export function importedSummaryToDocument(imported: ImportedSummary, meeting: Meeting, template: ReportTemplate): JsonNode {
  const values = placeholderValues(meeting);
  const templateTitle = (kind: SectionKind, fallback: string) => fillPlaceholders(template.sections.find((s) => s.kind === kind)?.title ?? fallback, values);
  const content: JsonNode[] = [...buildTitleBlock(template.titleLines.map((line) => fillPlaceholders(line, values))), ...blocksToNodes(imported.preamble)];
  if (imported.agendaPlacement === "body" && meeting.agenda.length > 0) {
    content.push(heading(2, imported.agendaTitle ?? "Agenda", { sectionKind: "agenda" }), buildAgendaList(meeting.agenda));
  }
  if (imported.discussionTitle) content.push(heading(2, imported.discussionTitle, { sectionKind: "discussion" }));
  for (const section of imported.sections) {
    const parent = section.agendaIndex === undefined ? undefined : meeting.agenda[section.agendaIndex];
    const agendaItem = section.agendaChildIndex === undefined ? parent : parent?.children[section.agendaChildIndex];
    const kind = sectionKindOf(section.title);
    const attrs = { ...(agendaItem ? { agendaItemId: agendaItem.id } : {}), ...(kind ? { sectionKind: kind } : {}) };
    content.push(heading(section.level, section.label ? `${section.label} ${section.title}` : section.title, attrs), ...blocksToNodes(section.blocks));
  }
  if (imported.agendaPlacement === "annex" && meeting.agenda.length > 0) {
    content.push(heading(2, imported.agendaTitle ?? templateTitle("agendaAnnex", "Annex: Agenda"), { sectionKind: "agendaAnnex" }), buildAgendaList(meeting.agenda));
  }
  content.push(heading(2, imported.participantsTitle ?? templateTitle("participantsAnnex", "List of participants"), { sectionKind: "participantsAnnex" }), { type: "participantsAnnex" });
  return { type: "doc", content };
}

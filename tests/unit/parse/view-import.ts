import type { ImportedSummary } from "@rapporteur/shared";

/** What a reader checks in an import: the facts, the agenda, each section with its text, and the people. */
export function viewImport(result: ImportedSummary) {
  return {
    facts: { series: result.series, title: result.title, number: result.number, startsAt: result.startsAt },
    agenda: result.agenda,
    preamble: result.preamble.map((block) => block.text),
    sections: result.sections.map((section) => ({
      heading: `${section.label ? `${section.label} ` : ""}${section.title}`,
      level: section.level,
      agendaIndex: section.agendaIndex,
      ...(section.agendaChildIndex !== undefined ? { agendaChildIndex: section.agendaChildIndex } : {}),
      text: section.blocks.map((block) => (block.kind === "item" ? `* ${block.text}` : block.text)),
    })),
    participants: result.participants,
    numberedParagraphs: result.numberedParagraphs,
  };
}

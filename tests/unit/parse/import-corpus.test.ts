import { describe, expect, it } from "vitest";
import { importedSummaryToDocument, importSummary, MeetingSchema, type JsonNode } from "@rapporteur/shared";
import { IMPORT_CORPUS, type CorpusExpectation } from "../../fixtures/import-corpus-expectations.js";
import { SEED_CORPUS } from "../../fixtures/seed-corpus-expectations.js";
import { readFixture, seedsPresent, withSeeds } from "../../helpers/fixture-files.js";

/** What a reader checks, in the form of the expectations; seeds' paragraphs by their first 50 characters. */
function read(file: string, prefix: boolean): Omit<CorpusExpectation, "file"> {
  const result = importSummary(readFixture(file));
  const cut = (text: string) => (prefix ? text.slice(0, 50) : text);
  const blocks = (list: typeof result.preamble) => list.map((block) => cut(`${block.kind === "item" ? "* " : ""}${block.text}`));
  return {
    facts: Object.fromEntries(Object.entries({ series: result.series, title: result.title, number: result.number, startsAt: result.startsAt }).filter(([, value]) => value !== undefined)),
    agenda: result.agenda,
    participants: result.participants,
    preamble: blocks(result.preamble),
    sections: result.sections.map((section) => ({
      heading: `${section.label ? `${section.label} ` : ""}${section.title}`,
      level: section.level,
      ...(section.agendaIndex !== undefined ? { agendaIndex: section.agendaIndex } : {}),
      ...(section.agendaChildIndex !== undefined ? { agendaChildIndex: section.agendaChildIndex } : {}),
      text: blocks(section.blocks),
    })),
    warnings: result.warnings.map((warning) => `${warning.line}: ${warning.message}`),
  };
}

const cases = withSeeds<[string, CorpusExpectation, boolean]>(
  IMPORT_CORPUS.map((expected) => [expected.file, expected, false]),
  SEED_CORPUS.map((expected) => [expected.file, expected, true]),
);

describe("the import corpus: real reports and variants in the styles working groups use", () => {
  it("IMPORT-R1: the corpus has at least 12 variants of our own, and the three real seeds when they are present", () => {
    expect(IMPORT_CORPUS.length).toBeGreaterThanOrEqual(12);
    expect(cases).toHaveLength(IMPORT_CORPUS.length + (seedsPresent ? 3 : 0));
  });

  it.each(cases)("IMPORT-R2: %s imports with exactly its facts, agenda, participants, and each paragraph under its heading in order", (file, expected, prefix) => {
    const { file: _file, ...rest } = expected;
    expect(read(file, prefix)).toEqual(rest);
  });

  it("IMPORT-R3: Markdown emphasis, strong text and links become marks; a 1./2. list stays a list, not a heading", () => {
    const imported = importSummary(readFixture("markdown-emphasis.md"));
    const meeting = MeetingSchema.parse({
      id: "a".repeat(22), series: imported.series, title: imported.title, startsAt: imported.startsAt, hosts: [], moderators: [], participants: [], templateId: "discussion-per-item", createdAt: imported.startsAt, status: "drafting",
      agenda: imported.agenda.map((item, index) => ({ id: `item${index}`.padEnd(22, "x"), title: item.title, children: [] })),
    });
    const doc = importedSummaryToDocument(imported, meeting, { id: "t", name: "t", titleLines: [], sections: [] } as never);
    const texts = (node: JsonNode): JsonNode[] => (node.type === "text" ? [node] : (node.content ?? []).flatMap(texts));
    const marked = texts(doc).filter((node) => node.marks?.length).map((node) => [node.text, node.marks!.map((mark) => (mark.type === "link" ? `link ${String(mark.attrs?.href)}` : mark.type))]);
    expect(marked).toEqual([
      ["audit of the website", ["italic"]],
      ["coalition's page", ["link https://example.org/dc-accessibility/audit"]],
      ["human-made", ["bold"]],
      ["https://example.org/captions", ["link https://example.org/captions"]],
    ]);
    expect(doc.content!.some((node) => node.type === "orderedList" && node.content!.length === 2)).toBe(true);
  });
});

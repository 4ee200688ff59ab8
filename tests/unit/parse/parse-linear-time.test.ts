import { describe, expect, it } from "vitest";
import { LIMITS, importSummary, parseAgendaText, parseParticipantsText } from "@rapporteur/shared";

// Long runs of every character the parsers treat specially, alone and in the patterns that made them backtrack.
const RUNS = ["[", "*", "#", "(", "|", " ", "\n", "-", "_", "[a](", "*a ", "1. ", "a\n"];
const fill = (unit: string, chars: number) => unit.repeat(Math.floor(chars / unit.length));
const SIZE = 200_000;

/** Every character of `text` that is not white space, in order, as one string: what must not be lost. */
const visible = (text: string) => text.replace(/\s+/g, "");

describe("parsers on long runs of special characters", () => {
  it.each(RUNS)("PARSE-LIN1: the agenda parser on 200,000 characters of %j answers within the limits, without a crash", (unit) => {
    const { items } = parseAgendaText(`Agenda\n${fill(unit, SIZE)}`);
    expect(items.length).toBeLessThanOrEqual(LIMITS.maxAgendaItems);
    for (const item of items) expect(item.title.length).toBeLessThanOrEqual(LIMITS.maxTitleChars);
  });

  it.each(RUNS)("PARSE-LIN2: the participant parser on 200,000 characters of %j answers within the limits, without a crash", (unit) => {
    const { participants } = parseParticipantsText(`Participants\n${fill(unit, SIZE)}`);
    expect(participants.length).toBeLessThanOrEqual(LIMITS.maxParticipants);
    for (const person of participants) expect(person.name.length).toBeLessThanOrEqual(LIMITS.maxNameChars);
  });

  it.each(RUNS)("PARSE-LIN3: the importer on 200,000 characters of %j after a real opening answers within the limits, without a crash", (unit) => {
    const result = importSummary(`Working Group on Data Governance\nMeeting 5\n9 May 2024, 09:00 UTC\n\nThe meeting opened.\n\n${fill(unit, SIZE)}`);
    expect([result.series, result.title, result.startsAt]).toEqual(["Working Group on Data Governance", "Meeting 5", "2024-05-09T09:00:00.000Z"]);
    expect(result.preamble[0]?.text).toBe("The meeting opened.");
    expect(result.agenda.length).toBeLessThanOrEqual(LIMITS.maxAgendaItems);
    expect(result.participants.length).toBeLessThanOrEqual(LIMITS.maxParticipants);
  });

  it.each(["[", "(", "[a]("])("PARSE-LIN4: a run of %j is kept as text by the importer, not dropped", (unit) => {
    const result = importSummary(`The meeting opened.\n\n${fill(unit, SIZE)}`);
    const kept = [...result.preamble, ...result.sections.flatMap((section) => section.blocks)].map((block) => block.text).join("");
    expect(visible(kept)).toContain(visible(fill(unit, SIZE)));
  });

  it.each(["*", "-", "["])("PARSE-LIN5: the largest import the server takes, 2,000,000 characters of %j, never overflows the stack", (unit) => {
    const result = importSummary(fill(unit, LIMITS.maxImportTextChars));
    expect(result.agenda.length).toBeLessThanOrEqual(LIMITS.maxAgendaItems);
  });
});

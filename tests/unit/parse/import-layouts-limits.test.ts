import { describe, expect, it } from "vitest";
import { LIMITS, importSummary } from "@rapporteur/shared";

const fill = (unit: string) => unit.repeat(Math.floor(LIMITS.maxImportTextChars / unit.length));

describe("importing the largest texts the server accepts", () => {
  it.each([
    ["headings above text, no blank line", fill("Heading\nSome text here that ends.\n")],
    ["paragraphs split by page breaks", fill("abc\n\n")],
    ["one line of attendees", `Attendees: ${fill("Anna Smith, ")}`],
    ["a participant list", `Participants:\n${fill("- Anna Smith, APC\n")}`],
    ["lines of control characters", fill("\u0001\u0002abc\n")],
    ["an unreadable character in every paragraph", fill("Text \u0001 here.\n\n")],
    ["sentences one per line", fill("Text one.\n")],
  ])("IMPORT-L15: %s (2 million characters) is read without a crash, within the limits (its time is in `npm run bench`)", (_name, text) => {
    const result = importSummary(text);
    expect(result.agenda.length).toBeLessThanOrEqual(LIMITS.maxAgendaItems);
    expect(result.participants.length).toBeLessThanOrEqual(LIMITS.maxParticipants);
  }, 180_000);
});

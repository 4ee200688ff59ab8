import { describe, expect, it } from "vitest";
import { runPreSubmissionChecks, type JsonNode } from "@rapporteur/shared";

const text = (value: string): JsonNode => ({ type: "text", text: value });
const heading = (value: string, attrs: Record<string, unknown>): JsonNode => ({ type: "heading", attrs: { level: 3, ...attrs }, content: [text(value)] });
const paragraph = (...content: JsonNode[]): JsonNode => ({ type: "paragraph", content });

describe("pre-submission checks", () => {
  it("CHECK1: empty agenda sections, actions without owner or date, unknown speakers, open comments, next meeting without a date", () => {
    const body: JsonNode = {
      type: "doc",
      content: [
        heading("1. Activities", { agendaItemId: "item-1" }),
        paragraph(text("Titti shared the document.")),
        heading("2. AoB", { agendaItemId: "item-2" }),
        { type: "paragraph" },
        heading("3. Parent", { agendaItemId: "item-3" }),
        { type: "heading", attrs: { level: 4, agendaItemId: "item-3a" }, content: [text("Child")] },
        paragraph(text("Written under the child.")),
        paragraph({ type: "mention", attrs: { id: "p-1", label: "Anriette Esterhuysen" } }, { type: "mention", attrs: { id: "x", label: "Jason Munyan" } }),
        { type: "actionItem", attrs: { id: "a-1", owner: null, due: "2023-03-02", status: "open" }, content: [text("Send the paper")] },
        { type: "actionItem", attrs: { id: "a-2", owner: "Anja", due: null, status: "open" }, content: [text("Book the room")] },
        { type: "heading", attrs: { level: 2, sectionKind: "nextMeeting" }, content: [text("Next meeting")] },
        paragraph(text("To be decided.")),
      ],
    };
    const comments = [
      { id: "c-1", anchor: "", head: "", quote: "", text: "Check this name", author: "Chair", createdAt: "2023-01-01", resolved: false, replies: [] },
      { id: "c-2", anchor: "", head: "", quote: "", text: "Done", author: "Chair", createdAt: "2023-01-02", resolved: true, replies: [] },
    ];
    const warnings = runPreSubmissionChecks(body, [{ id: "p-1", name: "Anriette Esterhuysen" }], comments);
    expect(warnings.map((warning) => [warning.kind, warning.target])).toEqual([
      ["empty-section", "item-2"],
      ["next-meeting", "nextMeeting"],
      ["action-owner", "a-1"],
      ["action-due", "a-2"],
      ["unknown-speaker", undefined],
      ["open-comment", "c-1"],
    ]);
    expect(warnings[4]!.message).toBe("Jason Munyan is mentioned but not in the participant list");
  });

  it("CHECK2: a finished summary has no warnings", () => {
    const body: JsonNode = {
      type: "doc",
      content: [
        heading("1. Activities", { agendaItemId: "item-1" }),
        paragraph(text("Discussed.")),
        { type: "heading", attrs: { level: 2, sectionKind: "nextMeeting" }, content: [text("Next meeting")] },
        paragraph(text("The next meeting will be on 2 March at 14:00 UTC.")),
      ],
    };
    expect(runPreSubmissionChecks(body, [], [])).toEqual([]);
  });
});

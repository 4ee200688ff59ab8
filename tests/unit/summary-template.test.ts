import { getSchema } from "@tiptap/core";
import { describe, expect, it } from "vitest";
import { BUILT_IN_TEMPLATES, buildSummaryDocument, minutesExtensions, textOf, type Meeting } from "@rapporteur/shared";

const meeting: Meeting = {
  id: "m".repeat(22),
  series: "MAG Working Group on IGF Strengthening and Strategy",
  title: "Online Meeting 51",
  number: 51,
  startsAt: "2023-02-16T14:00:00.000Z",
  hosts: [],
  moderators: ["Titti Cassa"],
  agenda: [
    { id: "a".repeat(22), title: "Activities of the WG Strategy for 2023", children: [] },
    { id: "b".repeat(22), title: "AoB", children: [{ id: "c".repeat(22), title: "Next meeting date" }] },
  ],
  participants: [],
  templateId: "discussion-per-item",
  createdAt: "2023-02-01T00:00:00.000Z",
  status: "drafting",
};

describe("summary template", () => {
  it("TEMPLATE1: every built-in template builds a document valid in the shared schema", () => {
    const schema = getSchema(minutesExtensions);
    for (const template of BUILT_IN_TEMPLATES) {
      const doc = buildSummaryDocument(meeting, template);
      expect(() => schema.nodeFromJSON(doc).check()).not.toThrow();
    }
  });

  it("TEMPLATE2: title block, opening with placeholders filled, one heading per agenda item", () => {
    const doc = buildSummaryDocument(meeting, BUILT_IN_TEMPLATES[0]!);
    const blocks = doc.content ?? [];
    expect(textOf(blocks[0]!)).toBe(meeting.series);
    expect(textOf(blocks[1]!)).toBe("Online Meeting 51\n16 February 2023 at 14:00 UTC");
    expect(textOf(blocks[2]!)).toBe("Summary Report");
    expect(textOf(blocks[3]!)).toContain("The 51st virtual meeting of the MAG Working Group");
    expect(textOf(blocks[3]!)).toContain("UTC. The meeting was moderated by Titti Cassa. The list");
    const headings = blocks.filter((node) => node.attrs?.agendaItemId).map(textOf);
    expect(headings).toEqual(["1. Activities of the WG Strategy for 2023", "2. AoB", "a. Next meeting date"]);
    expect(blocks.some((node) => node.type === "participantsAnnex")).toBe(true);
  });
});

describe("hosting sentence", () => {
  it("TEMPLATE6: says hosted, moderated, both or nothing, as entered", async () => {
    const { hostingSentence } = await import("@rapporteur/shared");
    expect(hostingSentence(["A B"], ["A B"])).toBe("The meeting was hosted and moderated by A B.");
    expect(hostingSentence([], ["Titti Cassa"])).toBe("The meeting was moderated by Titti Cassa.");
    expect(hostingSentence(["Anja Gengo"], ["Concettina Cassa", "Anriette Esterhuysen"])).toBe("The meeting was hosted by Anja Gengo and moderated with the support of Concettina Cassa and Anriette Esterhuysen.");
    expect(hostingSentence([], [])).toBe("");
  });
});

import { describe, expect, it } from "vitest";
import { resolveSpeakers } from "@rapporteur/shared";

const participants = [
  { id: "p-ae", name: "Anriette Esterhuysen" },
  { id: "p-as", name: "Anriette Smith-Jones" },
  { id: "p-amado", name: "Amado Espinosa" },
  { id: "p-anja", name: "Anja Gengo" },
  { id: "p-jc", name: "Jorge Cancio" },
  { id: "p-jr", name: "Jorge Ruiz" },
  { id: "p-cm", name: "Chengetai Masango" },
  { id: "p-am", name: "Anne-Marie Dupont" },
  { id: "p-tc", name: "Concettina Cassa" },
  { id: "p-ls", name: "Lucía Sánchez" },
];

describe("resolving speakers to the participant list", () => {
  it("TRANSCRIPT8 exact names, first name, surname, initials and variations among similar names; the uncertain ones listed", () => {
    const written = [
      "Anriette Esterhuysen", "ANRIETTE  ESTERHUYSEN", "anriette_esterhuysen", "Anriette E.", "A. Esterhuysen", "Esterhuysen, Anriette",
      "Anriette", "Jorge", "J. Cancio", "Chengetai", "Masango", "AE", "C.M.", "Anne Marie Dupont", "Dr. Anja Gengo (IGF Secretariat)",
      "Lucia Sanchez", "Cassa", "Bob", "Smith-Jones", "Anne-Marie", "",
    ];
    const matches = resolveSpeakers(written, participants);
    const summary = Object.fromEntries([...matches.values()].map((match) => [match.written, [match.kind, match.participantId, ...match.candidates]]));
    expect(summary).toEqual({
      "Anriette Esterhuysen": ["exact", "p-ae"],
      "ANRIETTE  ESTERHUYSEN": ["exact", "p-ae"],
      anriette_esterhuysen: ["exact", "p-ae"],
      "Anriette E.": ["variation", "p-ae"],
      "A. Esterhuysen": ["variation", "p-ae"],
      "Esterhuysen, Anriette": ["variation", "p-ae"],
      Anriette: ["uncertain", null, "p-ae", "p-as"],
      Jorge: ["uncertain", null, "p-jc", "p-jr"],
      "J. Cancio": ["variation", "p-jc"],
      Chengetai: ["firstName", "p-cm"],
      Masango: ["surname", "p-cm"],
      AE: ["uncertain", null, "p-ae", "p-amado"],
      "C.M.": ["uncertain", null, "p-cm"],
      "Anne Marie Dupont": ["exact", "p-am"],
      "Dr. Anja Gengo (IGF Secretariat)": ["exact", "p-anja"],
      "Lucia Sanchez": ["exact", "p-ls"],
      Cassa: ["surname", "p-tc"],
      Bob: ["unknown", null],
      "Smith-Jones": ["surname", "p-as"],
      "Anne-Marie": ["firstName", "p-am"],
    });
  });

  it("TRANSCRIPT9 a confirmed match applies to that name everywhere; 'nobody' is a confirmation too; a stale confirmation is ignored", () => {
    const confirmed = { Jorge: "p-jr", AE: null, Bob: "p-gone" };
    const matches = resolveSpeakers(["Jorge", "AE", "Bob", "Jorge"], participants, confirmed);
    expect([...matches.values()]).toEqual([
      { written: "Jorge", participantId: "p-jr", kind: "confirmed", candidates: [] },
      { written: "AE", participantId: null, kind: "confirmed", candidates: [] },
      { written: "Bob", participantId: null, kind: "unknown", candidates: [] },
    ]);
  });
});

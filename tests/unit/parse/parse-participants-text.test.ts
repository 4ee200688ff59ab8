import { describe, expect, it } from "vitest";
import { parseParticipantsText } from "@rapporteur/shared";
import { fixtureSlice } from "./fixture-sections.js";
import { participants000, participants002, participants004 } from "./fixture-participants.js";

describe("participant paste parser", () => {
  it("PARSE6: seed 000: '- 1) Name (Affiliation, Role)'", () => {
    const { participants, warnings } = parseParticipantsText(fixtureSlice("000_32427b79369b41ed.txt", "Annex II: LIST OF PARTICIPANTS"));
    expect(participants).toEqual(participants000);
    expect(warnings).toEqual([]);
  });

  it("PARSE7: seed 002: '1. Name, Affiliation, Role' with non-ASCII names", () => {
    const { participants, warnings } = parseParticipantsText(fixtureSlice("002_66585b327ac1b512.txt", "List of participants"));
    expect(participants).toEqual(participants002);
    expect(participants).toHaveLength(26);
    expect(warnings).toEqual([]);
  });

  it("PARSE8: seed 004: PDF text with '10.Jim Prendergast, ' and curly apostrophes", () => {
    const { participants, warnings } = parseParticipantsText(fixtureSlice("004_92043ab864467699.txt", "List of participants"));
    expect(participants).toEqual(participants004);
    expect(warnings).toEqual([]);
  });

  it("PARSE9: spreadsheet rows, names alone, stray blanks, trailing commas, junk lines reported", () => {
    const pasted = "Name\tOrganisation\tRole\nWolfgang Kleinwächter\tUniversity of Aarhus\tmember\n\n\nRaúl Echeberría,\n• Jorge Cancio (Swiss Government)\n\u0000\u0001\u0002\u0003";
    const { participants, warnings } = parseParticipantsText(pasted);
    expect(participants).toEqual([
      { name: "Wolfgang Kleinwächter", affiliation: "University of Aarhus", role: "member" },
      { name: "Raúl Echeberría" },
      { name: "Jorge Cancio", affiliation: "Swiss Government" },
    ]);
    expect(warnings.map((warning) => warning.line)).toEqual([7]);
    expect(parseParticipantsText("")).toEqual({ participants: [], warnings: [] });
    const huge = parseParticipantsText(Array.from({ length: 50_000 }, (_, i) => `${i}. Person ${i}, Org ${i}`).join("\n"));
    expect(huge.participants).toHaveLength(1000);
  });
});

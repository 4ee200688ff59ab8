import { describe, expect, it } from "vitest";
import { parseParticipantsText } from "@rapporteur/shared";
import { fixtureSlice } from "./fixture-sections.js";
import { withSeeds } from "../../helpers/fixture-files.js";
import { participants000, participants002, participants004, participantsOnlineMeeting14, participantsSecondMeeting, participantsSixthMeeting } from "./fixture-participants.js";

describe("participant paste parser", () => {
  it.each(
    withSeeds<[string, string, string, Array<{ name: string; affiliation?: string; role?: string }>]>(
      [
        ["PARSE6", "second-meeting-annexes.txt", "Annex II: LIST OF PARTICIPANTS", participantsSecondMeeting],
        ["PARSE7", "online-meeting-14.txt", "List of participants", participantsOnlineMeeting14],
        ["PARSE8", "sixth-meeting-pdf.txt", "List of participants", participantsSixthMeeting],
      ],
      [
        ["PARSE6", "000_32427b79369b41ed.txt", "Annex II: LIST OF PARTICIPANTS", participants000],
        ["PARSE7", "002_66585b327ac1b512.txt", "List of participants", participants002],
        ["PARSE8", "004_92043ab864467699.txt", "List of participants", participants004],
      ],
    ),
  )("%s: %s's list ('- 1) Name (Affiliation, Role)', '1. Name, Affiliation, Role', PDF text with '10.Name, ', non-ASCII names, curly apostrophes)", (_id, file, from, expected) => {
    const { participants, warnings } = parseParticipantsText(fixtureSlice(file, from));
    expect(participants).toEqual(expected);
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

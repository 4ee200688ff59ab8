import fs from "node:fs";

/** Seed 002, typed by hand: the agenda and participants of WG-Strategy Online Meeting 51. */
export const FIXTURE_002_PATH = new URL("../../../shared/fixtures/seeds/002_66585b327ac1b512.txt", import.meta.url);

export const fixture002Agenda = [
  "Activities of the WG Strategy for 2023",
  "Open Consultations and MAG Meeting",
  "WSIS +20 action plan",
  "Update from the IGF Secretariat",
  "AoB",
];

const participantLines = `Anja Gengo, IGF Secretariat
Anriette Esterhuysen, former IGF MAG Chair
Chris Buckridge, Group's Co-Chair, IGF MAG member
Amrita Choudhury, Group's Co-Chair, IGF MAG member
Concettina Cassa, Group's Co-Chair, Government of Italy
Ben Wallis, Microsoft, former MAG member
Chris Disspain, Independent Expert
David Souter, Independent Expert
Flavio Wagner, CGI.br and University of Federal do Rio Grande do Sul, Brasil
Jim Prendergast, Independent Expert
Jorge Cancio, Government of Switzerland
Adam Peake, IGF MAG member
Carol Roach, IGF MAG member
Lucien Castex, Mission Publiques
Mark Carvell, Independent Expert
Mafi Mish, Independent Expert
Nigel Hickson, Independent Expert
Timea Suto, ICC Basis, former MAG member
Peace Olivier, IGF MAG member
Raúl Echeberría, Independent Expert
Roberto Zambrana, former MAG member
Rosalind Kenny Birch, UK Government
Roman Chukov, Russian Government, former MAG member
Tereza Horejsova, IGF MAG member
Vera Major, ICANN
Wout de Natris, Independent Expert`;

export const fixture002Participants = participantLines.split("\n").map((line) => {
  const [name, ...rest] = line.split(", ");
  return { name: name!, affiliation: rest.join(", ") };
});

/**
 * The discussion paragraphs of seed 002 per agenda item, read from the file: the text between
 * one numbered item heading and the next, split on blank lines.
 */
export function readFixture002Discussion(): string[][] {
  const text = fs.readFileSync(FIXTURE_002_PATH, "utf8");
  const discussion = text.slice(text.indexOf("\nDiscussion\n"), text.indexOf("\nList of participants\n"));
  const sections: string[][] = [];
  for (const block of discussion.split(/\n\s*\n/).map((part) => part.trim()).filter(Boolean)) {
    if (/^\d\. /.test(block) && fixture002Agenda.some((title) => block.includes(title))) sections.push([]);
    else if (sections.length > 0) sections[sections.length - 1]!.push(block.replace(/\s+/g, " "));
  }
  return sections;
}

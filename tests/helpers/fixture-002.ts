import fs from "node:fs";
import { fixtureUrl, withSeeds } from "./fixture-files.js";

/**
 * A report laid out like seed 002 (title block, agenda, "Discussion" with one numbered heading per
 * item, numbered participant list): its agenda and participants typed by hand from the file.
 */
export interface OnlineMeetingReport {
  file: string;
  agenda: string[];
  participants: Array<{ name: string; affiliation: string }>;
  /** Words of the last paragraph, to wait for once everything is typed. */
  closing: string;
  /** The meeting's title and date as the import preview and header show them, and words of one paragraph. */
  title: string;
  dateText: string;
  sample: string;
}

const people = (lines: string) =>
  lines.split("\n").map((line) => {
    const [name, ...rest] = line.split(", ");
    return { name: name!, affiliation: rest.join(", ") };
  });

/** Our own report (tests/fixtures/online-meeting-14.txt): every test can use it. */
export const ONLINE_MEETING_14: OnlineMeetingReport = {
  file: "online-meeting-14.txt",
  agenda: ["Lessons from the Addis Ababa meeting", "Remote hubs and their support", "Captioning and interpretation", "Update from the IGF Secretariat", "AoB"],
  participants: people(`Lena Okafor, Group's Co-Chair, IGF MAG member
Tomás Ferreira, Group's Co-Chair, Government of Portugal
Priya Raman, Internet Society India
Jonas Berg, former MAG member
Amina Diallo, Independent Expert
Marek Nowak, University of Warsaw
Hannah Keller, IGF Secretariat
Zoë Lindqvist, ICANN`),
  closing: "Lena closed the meeting",
  title: "Online Meeting 14",
  dateText: "9 March 2023, 13:00 UTC",
  sample: "Tomás Ferreira noted that remote speakers",
};

/** Seed 002, WG-Strategy Online Meeting 51 (outside the repository; used when present). */
export const SEED_002: OnlineMeetingReport = {
  file: "002_66585b327ac1b512.txt",
  agenda: ["Activities of the WG Strategy for 2023", "Open Consultations and MAG Meeting", "WSIS +20 action plan", "Update from the IGF Secretariat", "AoB"],
  participants: people(`Anja Gengo, IGF Secretariat
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
Wout de Natris, Independent Expert`),
  closing: "Titti closed the meeting",
  title: "Online Meeting 51",
  dateText: "16 February 2023, 14:00 UTC",
  sample: "Adam Peake noted that this is a timely discussion",
};

/** Our report always, seed 002 as well when the real reports are there. */
export const ONLINE_MEETING_REPORTS = withSeeds([ONLINE_MEETING_14], [SEED_002]);

/** The report the benchmarks and single-report tests type: always ours. */
export const FIXTURE_002_PATH = fixtureUrl(ONLINE_MEETING_14.file);
export const fixture002Agenda = ONLINE_MEETING_14.agenda;
export const fixture002Participants = ONLINE_MEETING_14.participants;

/**
 * The discussion paragraphs of such a report per agenda item, read from the file: the text
 * between one numbered item heading and the next, split on blank lines.
 */
export function readFixture002Discussion(report: OnlineMeetingReport = ONLINE_MEETING_14): string[][] {
  const text = fs.readFileSync(fixtureUrl(report.file), "utf8");
  const discussion = text.slice(text.indexOf("\nDiscussion\n"), text.indexOf("\nList of participants\n"));
  const sections: string[][] = [];
  for (const block of discussion.split(/\n\s*\n/).map((part) => part.trim()).filter(Boolean)) {
    if (/^\d\. /.test(block) && report.agenda.some((title) => block.includes(title))) sections.push([]);
    else if (sections.length > 0) sections[sections.length - 1]!.push(block.replace(/\s+/g, " "));
  }
  return sections;
}

import type { LiveParticipant } from "./summary-export.js";

/** The participants annex as rows of text, the same in the editor and in every export. */
export interface ParticipantsTable {
  header: string[];
  rows: string[][];
}

interface Column {
  title: string;
  value: (participant: LiveParticipant, index: number) => string;
}

const COLUMNS: readonly Column[] = [
  { title: "No.", value: (_participant, index) => `${index + 1}.` },
  { title: "Name", value: (participant) => participant.name },
  { title: "Affiliation", value: (participant) => participant.affiliation ?? "" },
  { title: "Role", value: (participant) => participant.role ?? "" },
];

const ATTENDED: Column = { title: "Attended", value: (participant) => (participant.attended === true ? "Yes" : "No") };

/** Attendance counts as taken once anyone has been ticked present. */
export function isAttendanceTaken(participants: readonly LiveParticipant[]): boolean {
  return participants.some((participant) => participant.attended === true);
}

/**
 * Everyone invited, in the order entered, as formal minutes list them; once attendance was
 * taken an Attended column says who came (nobody is dropped, so the annex stays a record of
 * who was expected). A column nobody has a value for (often Role) is left out: an empty
 * column looks unfinished on a published report.
 */
export function buildParticipantsTable(participants: readonly LiveParticipant[]): ParticipantsTable {
  const columns = [...COLUMNS, ...(isAttendanceTaken(participants) ? [ATTENDED] : [])].filter(
    (column, position) =>
      position < 2 || participants.some((participant, index) => column.value(participant, index).trim() !== ""),
  );
  return {
    header: columns.map((column) => column.title),
    rows: participants.map((participant, index) => columns.map((column) => column.value(participant, index).trim())),
  };
}

import type { LiveParticipant } from "@rapporteur/shared";
import type { ExportTable } from "./export-blocks.js";

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

/**
 * The participants annex as a table. A column nobody has a value for (often Role) is left
 * out, because an empty column looks unfinished on a published report; the Attended column
 * appears once attendance has been ticked for anyone.
 */
export function buildParticipantsTable(participants: readonly LiveParticipant[]): ExportTable {
  const tracked = participants.some((participant) => participant.attended === true);
  const columns = [...COLUMNS, ...(tracked ? [ATTENDED] : [])].filter(
    (column, position) => position < 2 || participants.some((participant, index) => column.value(participant, index).trim() !== ""),
  );
  return {
    kind: "table",
    purpose: "participants",
    header: columns.map((column) => column.title),
    rows: participants.map((participant, index) => columns.map((column) => column.value(participant, index).trim())),
  };
}

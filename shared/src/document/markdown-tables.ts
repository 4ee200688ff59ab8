import type { ActionItemSummary, DecisionSummary } from "./collect-minute-blocks.js";
import { escapeMarkdownText } from "./markdown-inline.js";
import type { LiveParticipant } from "./summary-export.js";

const cell = (text: string | null | undefined) => escapeMarkdownText((text ?? "").replace(/\s+/g, " ").trim());

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

/**
 * Who is listed in the participants annex: once attendance has been ticked for anyone, the
 * people who attended; before that, everyone expected.
 */
export function listedParticipants(participants: readonly LiveParticipant[]): LiveParticipant[] {
  const tracked = participants.some((participant) => participant.attended === true);
  return tracked ? participants.filter((participant) => participant.attended === true) : [...participants];
}

export function renderParticipantsTable(participants: readonly LiveParticipant[]): string {
  const listed = listedParticipants(participants);
  if (listed.length === 0) return "_No participants listed._";
  return table(
    ["No.", "Name", "Affiliation", "Role"],
    listed.map((participant, index) => [
      String(index + 1),
      cell(participant.name),
      cell(participant.affiliation),
      cell(participant.role),
    ]),
  );
}

export function renderActionTable(actions: readonly ActionItemSummary[]): string {
  return table(
    ["Action", "Owner", "Due", "Status"],
    actions.map((action) => [cell(action.text), cell(action.owner), cell(action.due), action.status === "done" ? "Done" : "Open"]),
  );
}

export function renderDecisionList(decisions: readonly DecisionSummary[]): string {
  return decisions.map((decision, index) => `${index + 1}. ${cell(decision.text)}`).join("\n");
}

import { NodeViewWrapper } from "@tiptap/react";
import { buildParticipantsTable } from "@rapporteur/shared";
import { useCollabDoc } from "../collab/collab-doc-context";
import { useLiveParticipants } from "../collab/use-live-participants";

/**
 * The participants annex inside the editor: the table every export prints (everyone invited,
 * an Attended column once attendance is taken), built by the same shared function.
 */
export function ParticipantsAnnexView() {
  const participants = useLiveParticipants(useCollabDoc());
  const table = buildParticipantsTable(participants);
  return (
    <NodeViewWrapper className="participants-annex" contentEditable={false} data-drag-handle="">
      {participants.length === 0 ? (
        <p className="muted">No participants yet. Add them in the Participants panel.</p>
      ) : (
        <table>
          <thead>
            <tr>{table.header.map((title) => <th key={title} scope="col">{title}</th>)}</tr>
          </thead>
          <tbody>
            {table.rows.map((row, index) => (
              <tr key={participants[index]?.id ?? index}>
                {row.map((cell, column) => <td key={table.header[column]}>{cell}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </NodeViewWrapper>
  );
}

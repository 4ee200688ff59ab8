import { NodeViewWrapper } from "@tiptap/react";
import { listedParticipants } from "@rapporteur/shared";
import { useCollabDoc } from "../collab/collab-doc-context";
import { useLiveParticipants } from "../collab/use-live-participants";

/** The participants annex inside the editor: the live list, as every export will print it. */
export function ParticipantsAnnexView() {
  const participants = listedParticipants(useLiveParticipants(useCollabDoc()));
  return (
    <NodeViewWrapper className="participants-annex" contentEditable={false} data-drag-handle="">
      {participants.length === 0 ? (
        <p className="muted">No participants yet. Add them in the Participants panel.</p>
      ) : (
        <table>
          <thead>
            <tr><th scope="col">No.</th><th scope="col">Name</th><th scope="col">Affiliation</th><th scope="col">Role</th></tr>
          </thead>
          <tbody>
            {participants.map((participant, index) => (
              <tr key={participant.id}>
                <td>{index + 1}</td>
                <td>{participant.name}</td>
                <td>{participant.affiliation ?? ""}</td>
                <td>{participant.role ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </NodeViewWrapper>
  );
}

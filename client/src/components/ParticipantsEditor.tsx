import type { ParticipantInput } from "@rapporteur/shared";

interface ParticipantsEditorProps {
  participants: ParticipantInput[];
  onChange: (participants: ParticipantInput[]) => void;
}

/** One row per expected participant: name, affiliation, role. */
export function ParticipantsEditor({ participants, onChange }: ParticipantsEditorProps) {
  const update = (index: number, participant: ParticipantInput) => onChange(participants.map((current, i) => (i === index ? participant : current)));
  return (
    <table className="participants-editor">
      <thead>
        <tr><th scope="col">Name</th><th scope="col">Affiliation</th><th scope="col">Role</th><th /></tr>
      </thead>
      <tbody>
        {participants.map((participant, index) => (
          <tr key={index}>
            <td><input aria-label={`Participant ${index + 1} name`} value={participant.name} onChange={(event) => update(index, { ...participant, name: event.target.value })} /></td>
            <td><input aria-label={`Participant ${index + 1} affiliation`} value={participant.affiliation ?? ""} onChange={(event) => update(index, { ...participant, affiliation: event.target.value })} /></td>
            <td><input aria-label={`Participant ${index + 1} role`} value={participant.role ?? ""} onChange={(event) => update(index, { ...participant, role: event.target.value })} /></td>
            <td><button type="button" aria-label={`Remove participant ${index + 1}`} onClick={() => onChange(participants.filter((_, i) => i !== index))}>Remove</button></td>
          </tr>
        ))}
        <tr>
          <td colSpan={4}><button type="button" onClick={() => onChange([...participants, { name: "" }])}>+ Add participant</button></td>
        </tr>
      </tbody>
    </table>
  );
}

import { useState, type FormEvent } from "react";
import * as Y from "yjs";
import { participantToYMap, YDOC } from "@rapporteur/shared";
import { useLiveParticipants } from "../collab/use-live-participants";

/** Attendance during the call: tick who is present, add late joiners; everyone sees it live. */
export function ParticipantsPanel({ doc, editable }: { doc: Y.Doc; editable: boolean }) {
  const participants = useLiveParticipants(doc);
  const [name, setName] = useState("");
  const [affiliation, setAffiliation] = useState("");

  const toggle = (id: string, attended: boolean) => {
    const list = doc.getArray<Y.Map<unknown>>(YDOC.participants);
    list.forEach((entry) => entry.get("id") === id && entry.set("attended", attended));
  };
  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    const id = `p-${crypto.randomUUID()}`;
    doc.getArray<Y.Map<unknown>>(YDOC.participants).push([
      participantToYMap({ id, name: name.trim(), ...(affiliation.trim() ? { affiliation: affiliation.trim() } : {}), attended: true }),
    ]);
    setName("");
    setAffiliation("");
  };

  return (
    <section className="panel" aria-labelledby="participants-title">
      <h2 id="participants-title">Participants <span className="count">{participants.filter((p) => p.attended).length}/{participants.length}</span></h2>
      <ul className="attendance">
        {participants.map((participant) => (
          <li key={participant.id}>
            <label>
              <input type="checkbox" checked={participant.attended === true} disabled={!editable} onChange={(event) => toggle(participant.id, event.target.checked)} />
              <span>
                {participant.name}
                {participant.affiliation && <span className="muted"> · {participant.affiliation}</span>}
              </span>
            </label>
          </li>
        ))}
      </ul>
      {editable && (
        <form className="add-participant" onSubmit={add} aria-label="Add a participant">
          <input aria-label="Name of the participant to add" placeholder="Late joiner's name" value={name} onChange={(event) => setName(event.target.value)} />
          <input aria-label="Affiliation of the participant to add" placeholder="Affiliation" value={affiliation} onChange={(event) => setAffiliation(event.target.value)} />
          <button type="submit" disabled={!name.trim()}>Add</button>
        </form>
      )}
    </section>
  );
}

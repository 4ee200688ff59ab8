import { useId, useState } from "react";
import type { LiveParticipant, SpeakerMatch, Transcript } from "@rapporteur/shared";
import type { AlignedTranscript } from "./use-aligned-transcript";
import { transcriptApi } from "./transcript-api";

const NOBODY = "";

/**
 * The speakers the transcript names that could not be tied to one participant for sure: each
 * is confirmed once, and the choice holds for every line of the transcript and every note-taker.
 */
export function SpeakerConfirmations({ meetingId, transcript, aligned, participants, onSaved }: {
  meetingId: string;
  transcript: Transcript;
  aligned: AlignedTranscript;
  participants: LiveParticipant[];
  onSaved(transcript: Transcript): void;
}) {
  const open = [...aligned.speakers.values()].filter((match) => match.kind === "uncertain" || match.kind === "unknown");
  if (open.length === 0) return null;
  const confirm = async (written: string, participantId: string | null) => {
    const settings = await transcriptApi.saveSettings(meetingId, { ...transcript.settings, speakers: { ...transcript.settings.speakers, [written]: participantId } });
    onSaved({ ...transcript, settings });
  };
  return (
    <details className="transcript-speakers" open>
      <summary>Speakers to confirm ({open.length})</summary>
      <ul>
        {open.map((match) => <SpeakerChoice key={match.written} match={match} participants={participants} onConfirm={confirm} />)}
      </ul>
    </details>
  );
}

function SpeakerChoice({ match, participants, onConfirm }: {
  match: SpeakerMatch;
  participants: LiveParticipant[];
  onConfirm(written: string, participantId: string | null): Promise<void>;
}) {
  const [choice, setChoice] = useState(match.candidates[0] ?? NOBODY);
  const [error, setError] = useState<string>();
  const id = useId();
  const candidates = new Set(match.candidates);
  const ordered = [...participants.filter((person) => candidates.has(person.id)), ...participants.filter((person) => !candidates.has(person.id))];
  return (
    <li>
      <label htmlFor={id}>
        “{match.written}” {match.kind === "uncertain" ? `could be ${match.candidates.length === 1 ? "one person" : `${match.candidates.length} people`}` : "is not on the list"}
      </label>
      <span className="transcript-speaker-choice">
        <select id={id} value={choice} onChange={(event) => setChoice(event.target.value)}>
          {ordered.map((person) => <option key={person.id} value={person.id}>{person.name}{candidates.has(person.id) ? " (likely)" : ""}</option>)}
          <option value={NOBODY}>Not a participant</option>
        </select>
        <button type="button" onClick={() => onConfirm(match.written, choice === NOBODY ? null : choice).catch((failure: Error) => setError(failure.message))}>Confirm</button>
      </span>
      {error && <span role="alert" className="field-error">{error}</span>}
    </li>
  );
}

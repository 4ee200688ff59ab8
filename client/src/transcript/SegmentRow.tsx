import type { Editor } from "@tiptap/core";
import { formatTimestamp } from "@rapporteur/shared";
import { insertSegment, segmentContent, type InsertMode } from "./insert-segment";
import type { AlignedTranscript } from "./use-aligned-transcript";

/** One segment: its time, the speaker (resolved to the participant list when known), its words, and what can be done with it. */
export function SegmentRow({ aligned, index, editor, editable, onStartsHere }: {
  aligned: AlignedTranscript;
  index: number;
  editor: Editor | null;
  editable: boolean;
  onStartsHere: ((start: number) => void) | undefined;
}) {
  const segment = aligned.segments[index]!;
  const match = aligned.speakers.get(segment.speaker);
  const speaker = match?.participantId ? aligned.participantsById.get(match.participantId) : undefined;
  const time = formatTimestamp(segment.start);
  const insert = (mode: InsertMode) => editor && insertSegment(editor, segmentContent(segment, speaker, mode));
  return (
    <li className="transcript-segment">
      <div className="transcript-segment-head">
        <time>{time}</time>
        <span className="transcript-speaker">
          {speaker ? speaker.name : segment.speaker ? <span title="Not tied to the participant list">{segment.speaker}?</span> : <em className="muted">No speaker</em>}
        </span>
        {segment.source === "captions" && <span className="transcript-live">live</span>}
      </div>
      <p>{segment.text}</p>
      <div className="transcript-segment-actions">
        <button type="button" disabled={!editable || !editor} aria-label={`Insert ${time} as a paragraph`} onClick={() => insert("paragraph")}>Insert</button>
        <button type="button" disabled={!editable || !editor} aria-label={`Insert ${time} as a quote`} onClick={() => insert("quote")}>Quote</button>
        {onStartsHere && <button type="button" className="link-button" onClick={() => onStartsHere(segment.start)}>Item starts here</button>}
      </div>
    </li>
  );
}

import { useDeferredValue, useId, useState } from "react";
import type { Editor } from "@tiptap/core";
import type { Transcript } from "@rapporteur/shared";
import type { AgendaHeading } from "../live/outline/list-agenda-headings";
import { SegmentRow } from "./SegmentRow";
import { transcriptApi } from "./transcript-api";
import type { AlignedTranscript } from "./use-aligned-transcript";

/** Rows drawn at once: a 3-hour transcript has thousands; search narrows them. */
const PAGE = 200;

/**
 * The part of the transcript of the section the cursor is in (the whole transcript outside the
 * agenda, or when nothing is assigned to the item yet), searchable; each row can be inserted or
 * can start the current item there.
 */
export function SegmentBrowser({ meetingId, transcript, aligned, headings, section, editor, editable, onSaved }: {
  meetingId: string;
  transcript: Transcript;
  aligned: AlignedTranscript;
  headings: AgendaHeading[];
  section: string | null;
  editor: Editor | null;
  editable: boolean;
  onSaved(transcript: Transcript): void;
}) {
  const [query, setQuery] = useState("");
  const [whole, setWhole] = useState(false);
  const [shown, setShown] = useState(PAGE);
  const searchId = useId();
  const wanted = useDeferredValue(query.trim().toLocaleLowerCase());
  const heading = headings.find((entry) => entry.agendaItemId === section);
  const indexes = aligned.segments.map((_, index) => index);
  const inSection = section ? indexes.filter((index) => aligned.items[index] === section) : [];
  const scoped = whole || !section || inSection.length === 0 ? indexes : inSection;
  const matching = wanted ? scoped.filter((index) => matches(aligned, index, wanted)) : scoped;
  const boundary = transcript.settings.boundaries.find((entry) => entry.agendaItemId === section);

  const saveBoundary = async (start: number | null) => {
    if (!section) return;
    const boundaries = transcript.settings.boundaries.filter((entry) => entry.agendaItemId !== section);
    const settings = await transcriptApi.saveSettings(meetingId, { ...transcript.settings, boundaries: start === null ? boundaries : [...boundaries, { agendaItemId: section, start }] });
    onSaved({ ...transcript, settings });
  };

  return (
    <div className="transcript-browser">
      <p className="transcript-section" aria-live="polite">
        <span>{heading ? <>Section: <strong>{heading.title || "Untitled item"}</strong> · {inSection.length} segments</> : "The cursor is outside the agenda items: the whole transcript."}</span>
        {boundary && <button type="button" className="link-button" onClick={() => void saveBoundary(null)}>Clear its hand-placed start</button>}
      </p>
      {heading && inSection.length === 0 && (
        <p className="muted">No part of the transcript is assigned to this item yet (no “Discuss now” time). Find where it starts below and press “Item starts here”.</p>
      )}
      <div className="transcript-search">
        <label htmlFor={searchId} className="visually-hidden">Search the transcript</label>
        <input id={searchId} type="search" placeholder="Search the transcript" value={query} onChange={(event) => setQuery(event.target.value)} />
        {heading && inSection.length > 0 && (
          <label className="transcript-whole"><input type="checkbox" checked={whole} onChange={(event) => setWhole(event.target.checked)} /> Whole transcript</label>
        )}
      </div>
      {matching.length === 0 ? (
        <p className="muted">Nothing matches “{query.trim()}”.</p>
      ) : (
        <ol className="transcript-segments">
          {matching.slice(0, shown).map((index) => (
            <SegmentRow key={aligned.segments[index]!.seq} aligned={aligned} index={index} editor={editor} editable={editable}
              onStartsHere={heading ? (start) => void saveBoundary(start) : undefined} />
          ))}
        </ol>
      )}
      {matching.length > shown && <button type="button" onClick={() => setShown(shown + PAGE)}>Show more ({matching.length - shown} left)</button>}
    </div>
  );
}

function matches(aligned: AlignedTranscript, index: number, wanted: string): boolean {
  const segment = aligned.segments[index]!;
  return segment.text.toLocaleLowerCase().includes(wanted) || segment.speaker.toLocaleLowerCase().includes(wanted);
}

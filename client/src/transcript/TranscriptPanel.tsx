import type { PanelContext } from "../panels/panel-context";
import { useLiveParticipants } from "../collab/use-live-participants";
import { useAgendaHeadings } from "../live/outline/use-agenda-headings";
import { useSessionState } from "../live/outline/use-session-state";
import { CaptionerLink } from "./CaptionerLink";
import { SegmentBrowser } from "./SegmentBrowser";
import { SpeakerConfirmations } from "./SpeakerConfirmations";
import { TranscriptFileControls } from "./TranscriptFileControls";
import { useAlignedTranscript } from "./use-aligned-transcript";
import { useCursorSection } from "./use-cursor-section";
import { useTranscript } from "./use-transcript";
import "./transcript.css";

/**
 * The call's transcript beside the report: the part of the conversation of the section the
 * cursor is in, ready to insert as attributed text. Upload, alignment and speakers are shared
 * by every note-taker of the meeting.
 */
export function TranscriptPanel({ context }: { context: PanelContext }) {
  const { meetingId, meeting, doc, editor, role, editable } = context;
  const state = useTranscript(meetingId);
  const headings = useAgendaHeadings(editor);
  const section = useCursorSection(editor);
  const { itemTimes } = useSessionState(doc);
  const participants = useLiveParticipants(doc);
  const aligned = useAlignedTranscript(state.transcript, headings, itemTimes, meeting?.startsAt, participants);
  const transcript = state.transcript;
  return (
    <section className="panel transcript-panel" aria-labelledby="transcript-title">
      <h2 id="transcript-title">
        Transcript {transcript && transcript.count > 0 && <span className="count">{transcript.count} segments</span>}
      </h2>
      {state.error && <p role="alert" className="error">The transcript could not be read: {state.error}</p>}
      {transcript && (
        <>
          <TranscriptFileControls meetingId={meetingId} transcript={transcript} onChanged={state.refresh} />
          {role === "chair" && <CaptionerLink meetingId={meetingId} active={transcript.captioning} onChanged={state.refresh} />}
          <SpeakerConfirmations meetingId={meetingId} transcript={transcript} aligned={aligned} participants={participants} onSaved={state.setTranscript} />
          {transcript.count > 0 && (
            <SegmentBrowser meetingId={meetingId} transcript={transcript} aligned={aligned} headings={headings} section={section}
              editor={editor} editable={editable} onSaved={state.setTranscript} />
          )}
        </>
      )}
    </section>
  );
}

import { ParticipantsPanel } from "../components/ParticipantsPanel";
import type { MeetingPanel } from "./panel-context";
import { ActionsPanel } from "../live/actions/ActionsPanel";
import { SpeakersPanel } from "../live/mentions/SpeakersPanel";
import { CommentsPanel } from "../review/comments/CommentsPanel";
import { ReviewPanel } from "../review/ReviewPanel";
import { HistoryPanel } from "../review/HistoryPanel";
import { OutlinePanel } from "../live/outline/OutlinePanel";
import { TranscriptPanel } from "../transcript/TranscriptPanel";

/**
 * The side panels of the meeting page, in tab order. Each feature adds its panel here (one
 * line) and keeps everything else in its own folder.
 */
export const MEETING_PANELS: MeetingPanel[] = [
  { id: "outline", title: "Outline", render: (context) => <OutlinePanel context={context} /> },
  // The invitation links are in the header's Share dialog, in any browser the chair link is open.
  { id: "participants", title: "Participants", render: ({ doc, editable }) => <ParticipantsPanel doc={doc} editable={editable} /> },
  { id: "actions", title: "Actions", render: ({ doc, editor }) => <ActionsPanel doc={doc} editor={editor} /> },
  { id: "speakers", title: "Speakers", render: ({ doc }) => <SpeakersPanel doc={doc} /> },
  { id: "comments", title: "Comments", render: ({ doc, editor, editable, user }) => <CommentsPanel doc={doc} editor={editor} editable={editable} userName={user.name} /> },
  { id: "transcript", title: "Transcript", visible: ({ role }) => role !== "viewer", render: (context) => <TranscriptPanel context={context} /> },
  { id: "review", title: "Review", render: (context) => <ReviewPanel context={context} /> },
  { id: "history", title: "History", render: (context) => <HistoryPanel context={context} /> },
];

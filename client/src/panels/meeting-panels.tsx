import { lazy } from "react";
import { ParticipantsPanel } from "../components/ParticipantsPanel";
import type { MeetingPanel } from "./panel-context";
import { OutlinePanel } from "../live/outline/OutlinePanel";

// Only the first panel comes with the meeting page; the others load when their tab is first opened.
const ActionsPanel = lazy(() => import("../live/actions/ActionsPanel").then((module) => ({ default: module.ActionsPanel })));
const SpeakersPanel = lazy(() => import("../live/mentions/SpeakersPanel").then((module) => ({ default: module.SpeakersPanel })));
const CommentsPanel = lazy(() => import("../review/comments/CommentsPanel").then((module) => ({ default: module.CommentsPanel })));
const TranscriptPanel = lazy(() => import("../transcript/TranscriptPanel").then((module) => ({ default: module.TranscriptPanel })));
const ReviewPanel = lazy(() => import("../review/ReviewPanel").then((module) => ({ default: module.ReviewPanel })));
const HistoryPanel = lazy(() => import("../review/HistoryPanel").then((module) => ({ default: module.HistoryPanel })));

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

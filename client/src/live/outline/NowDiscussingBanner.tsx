import type { Editor } from "@tiptap/core";
import type * as Y from "yjs";
import { formatMeetingTime } from "@rapporteur/shared";
import { jumpToSection } from "./jump-to-section";
import { useAgendaHeadings } from "./use-agenda-headings";
import { useSessionState } from "./use-session-state";
import "./outline.css";

/** "Now discussing: 3. AoB (since 14:20 UTC)" above the report, for everyone, with a jump there. */
export function NowDiscussingBanner({ doc, editor }: { doc: Y.Doc; editor: Editor | null }) {
  const { nowDiscussing, itemTimes } = useSessionState(doc);
  const heading = useAgendaHeadings(editor).find((candidate) => candidate.agendaItemId === nowDiscussing);
  if (!nowDiscussing) return null;
  const title = heading ? heading.title || "Untitled agenda item" : editor ? "an agenda item no longer in the report" : "…";
  const startedAt = itemTimes[nowDiscussing]?.startedAt;
  return (
    <div className="banner info now-discussing" role="status" aria-label="Now discussing">
      <span>
        <strong>Now discussing:</strong> {title}
        {startedAt && <span className="muted"> (since {formatMeetingTime(startedAt)} UTC)</span>}
      </span>
      {heading && (
        <button type="button" aria-label={`Jump to ${title}`} disabled={!editor} onClick={() => editor && jumpToSection(editor, heading.agendaItemId)}>
          Jump
        </button>
      )}
    </div>
  );
}

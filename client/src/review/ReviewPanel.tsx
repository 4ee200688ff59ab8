import { roleAtLeast, type AuditEntry, type MeetingStatus } from "@rapporteur/shared";
import type { PanelContext } from "../panels/panel-context";
import { ApiErrorAlert } from "./ApiErrorAlert";
import { ApprovalSummary } from "./ApprovalSummary";
import { ChairDecision } from "./ChairDecision";
import { describeStatus } from "./describe-status";
import { formatUtc } from "./format-utc";
import { ReopenMeeting } from "./ReopenMeeting";
import { SubmitForReview } from "./SubmitForReview";
import { useReviewRecord } from "./use-review-record";
import "./review.css";

/** The "Review" tab: where the summary stands, and the next step this person may take. */
export function ReviewPanel({ context }: { context: PanelContext }) {
  const { meetingId, meeting, role, reloadMeeting } = context;
  const status = meeting?.status;
  // Every review step (anyone's) makes the page re-read the meeting: the record follows it.
  const record = useReviewRecord(meetingId, meeting);
  if (!status) return <section className="panel" aria-label="Review"><p className="muted">Loading the review status…</p></section>;
  const { label, explanation } = describeStatus(status);
  const changesComment = status === "changes_requested" ? lastOf(record.audit, "request_changes") : undefined;

  return (
    <section className="panel review-panel" aria-labelledby="review-title">
      <h2 id="review-title">Review</h2>
      <p className="review-status" data-status={status} aria-live="polite">
        Status: <strong data-testid="review-status">{label}</strong>. {explanation}
      </p>
      {changesComment && (
        <div className="changes-comment" role="note" aria-label="Changes requested by the chair">
          <h3>Changes requested by {changesComment.actor}</h3>
          <p className="comment-text">{changesComment.detail}</p>
          <p className="muted">{formatUtc(changesComment.at)}</p>
        </div>
      )}
      {record.approval && <ApprovalSummary approval={record.approval} current={status === "approved"} />}
      <NextStep context={context} status={status} onDone={reloadMeeting} />
      <ApiErrorAlert error={record.loadError} />
      {role === "viewer" && <p className="muted">Viewers follow the review; note-takers submit and the chair approves.</p>}
    </section>
  );
}

function NextStep({ context, status, onDone }: { context: PanelContext; status: MeetingStatus; onDone: () => void }) {
  const { meetingId, role, doc, editor } = context;
  if (!roleAtLeast(role, "noteTaker")) return null;
  if (status === "drafting" || status === "changes_requested") {
    return <SubmitForReview meetingId={meetingId} doc={doc} editor={editor} onSubmitted={onDone} />;
  }
  if (role !== "chair") return null;
  if (status === "in_review") return <ChairDecision meetingId={meetingId} onDecided={onDone} />;
  return <ReopenMeeting meetingId={meetingId} onReopened={onDone} />;
}

function lastOf(entries: AuditEntry[], action: AuditEntry["action"]): AuditEntry | undefined {
  return entries.filter((entry) => entry.action === action).at(-1);
}

import { useState, type FormEvent } from "react";
import { meetingsApi } from "../api/meetings-api";
import { useMeetingMutation } from "../api/use-meeting-mutation";
import { ApiErrorAlert } from "./ApiErrorAlert";

type Step = "choose" | "approve" | "request-changes";

/** The chair's decision on a submitted summary: approve (after a confirm step) or ask for changes with a comment. */
export function ChairDecision({ meetingId }: { meetingId: string }) {
  const [step, setStep] = useState<Step>("choose");
  const [comment, setComment] = useState("");
  const [missingComment, setMissingComment] = useState(false);
  const decision = useMeetingMutation(meetingId, (action: { step: "approve" } | { step: "request-changes"; comment: string }) =>
    action.step === "approve" ? meetingsApi.transition(meetingId, "approve") : meetingsApi.transition(meetingId, "request-changes", action.comment));
  const { isPending: busy, error } = decision;
  const finish = () => {
    setStep("choose");
    setComment("");
  };
  const approve = () => decision.mutate({ step: "approve" }, { onSuccess: finish });
  const requestChanges = (event: FormEvent) => {
    event.preventDefault();
    if (!comment.trim()) return setMissingComment(true);
    decision.mutate({ step: "request-changes", comment: comment.trim() }, { onSuccess: finish });
  };

  if (step === "approve") {
    return (
      <div className="review-step confirm" role="group" aria-label="Confirm approval">
        <p><strong>Approve and lock this summary?</strong> The current text becomes the approved version: nobody, you included, can change it until you reopen it. Everyone editing now is switched to read-only.</p>
        <div className="review-buttons">
          <button type="button" className="primary" disabled={busy} onClick={approve}>Approve and lock</button>
          <button type="button" disabled={busy} onClick={() => setStep("choose")}>Cancel</button>
        </div>
        <ApiErrorAlert error={error} />
      </div>
    );
  }
  if (step === "request-changes") {
    return (
      <form className="review-step" aria-label="Request changes" onSubmit={requestChanges} noValidate>
        <label htmlFor="changes-comment">What should change?</label>
        <textarea id="changes-comment" rows={4} value={comment} required aria-invalid={missingComment}
          aria-describedby={missingComment ? "changes-comment-error" : undefined}
          onChange={(event) => { setComment(event.target.value); setMissingComment(false); }} />
        {missingComment && <span id="changes-comment-error" className="field-error">Say what should change: the note-takers see this comment.</span>}
        <div className="review-buttons">
          <button type="submit" className="primary" disabled={busy}>Send request for changes</button>
          <button type="button" disabled={busy} onClick={() => setStep("choose")}>Cancel</button>
        </div>
        <ApiErrorAlert error={error} />
      </form>
    );
  }
  return (
    <div className="review-buttons">
      <button type="button" className="primary" onClick={() => setStep("approve")}>Approve…</button>
      <button type="button" onClick={() => setStep("request-changes")}>Request changes…</button>
    </div>
  );
}

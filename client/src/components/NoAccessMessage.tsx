import { useEffect, useState } from "react";
import { markMeetingAccessRefused } from "../access/meeting-access";
import { ApiError } from "../api/api-error";
import { meetingsApi } from "../api/meetings-api";
import { PageMessage } from "./PageMessage";

type Verdict = "checking" | "not-found" | "needs-link" | "unreachable";

/**
 * Opened without an invitation link: ask the server whether the meeting exists at all, so a
 * mistyped address says "not found" rather than asking for a link that would not help.
 */
export function NoAccessMessage({ meetingId }: { meetingId: string }) {
  const [verdict, setVerdict] = useState<Verdict>("checking");
  useEffect(() => {
    meetingsApi.get(meetingId).then(
      () => setVerdict("needs-link"),
      (error: unknown) => setVerdict(error instanceof ApiError ? (error.status === 404 ? "not-found" : "needs-link") : "unreachable"),
    );
  }, [meetingId]);

  switch (verdict) {
    case "checking":
      return <PageMessage title="Opening the meeting…">One moment.</PageMessage>;
    case "not-found":
      return <PageMessage title="Meeting not found">There is no meeting at this address. Check the link you were sent.</PageMessage>;
    case "needs-link":
      return <PageMessage title="You need an invitation link">Open the link the secretariat sent you for this meeting.</PageMessage>;
    case "unreachable":
      return <PageMessage title="The server cannot be reached">Check your connection and reload the page.</PageMessage>;
  }
}

/**
 * The link this browser holds stopped working: the chair replaced it, or it is no longer valid
 * (expired, another server's). It is marked refused, so the next link opened here is the one kept.
 */
export function LinkRefusedMessage({ meetingId, replaced }: { meetingId: string; replaced: boolean }) {
  useEffect(() => markMeetingAccessRefused(meetingId), [meetingId]);
  return replaced ? (
    <PageMessage title="This invitation link was replaced">
      The chair replaced the links of this meeting, so this one no longer opens it. Ask the chair for the current link.
    </PageMessage>
  ) : (
    <PageMessage title="This invitation link no longer works">Ask the secretariat for a new link to this meeting.</PageMessage>
  );
}

import { lazy, Suspense, useState } from "react";
import type { Meeting } from "@rapporteur/shared";

// The form is loaded when first opened, not with the meeting page.
const ScheduleNextDialog = lazy(() => import("./ScheduleNextDialog").then((module) => ({ default: module.ScheduleNextDialog })));

/**
 * "Schedule next meeting": meeting n+1 of the series with its template, the participants of this
 * one as expected attendees and the open action items to follow up; then opens it.
 */
export function ScheduleNextMeeting({ meetingId, meeting }: { meetingId: string; meeting: Meeting }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} aria-haspopup="dialog">Schedule next…</button>
      {open && (
        <Suspense>
          <ScheduleNextDialog meetingId={meetingId} meeting={meeting} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}

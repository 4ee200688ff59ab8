import { lazy, Suspense, useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import type { Meeting } from "@rapporteur/shared";
import { meetingKeys } from "../api/meeting-queries";

const MeetingDetailsDialog = lazy(() => import("./MeetingDetailsDialog").then((module) => ({ default: module.MeetingDetailsDialog })));

/** "Details…" in the meeting header: correct the series, title, number, date and people. */
export function EditMeetingDetails({ meetingId, meeting }: { meetingId: string; meeting: Meeting }) {
  const [open, setOpen] = useState(false);
  const queryClient = useQueryClient();
  if (meeting.status === "approved") return null;
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} aria-haspopup="dialog">Details…</button>
      {open && (
        <Suspense>
          <MeetingDetailsDialog
            meetingId={meetingId}
            meeting={meeting}
            onClose={() => setOpen(false)}
            onSaved={(saved) => {
              setOpen(false);
              // Other pages re-read the meeting on the server's notice; this one has the answer already.
              queryClient.setQueryData(meetingKeys.details(meetingId), (cached: { meeting: Meeting } | undefined) => ({ ...cached, meeting: saved }));
            }}
          />
        </Suspense>
      )}
    </>
  );
}

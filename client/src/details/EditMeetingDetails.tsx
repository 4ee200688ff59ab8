import { useState } from "react";
import type { Meeting } from "@rapporteur/shared";
import { MeetingDetailsDialog } from "./MeetingDetailsDialog";

/** "Details…" in the meeting header: correct the series, title, number, date and people. */
export function EditMeetingDetails({ meetingId, meeting, onChanged }: { meetingId: string; meeting: Meeting; onChanged?: (meeting: Meeting) => void }) {
  const [open, setOpen] = useState(false);
  if (meeting.status === "approved") return null;
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} aria-haspopup="dialog">Details…</button>
      {open && (
        <MeetingDetailsDialog
          meetingId={meetingId}
          meeting={meeting}
          onClose={() => setOpen(false)}
          onSaved={(saved) => {
            setOpen(false);
            onChanged?.(saved);
          }}
        />
      )}
    </>
  );
}

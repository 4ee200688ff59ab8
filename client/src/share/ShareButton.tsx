import { lazy, Suspense, useState } from "react";
import { shareableRoles, type Meeting, type Role } from "@rapporteur/shared";

// The dialog is loaded when first opened, not with the meeting page.
const ShareDialog = lazy(() => import("./ShareDialog").then((module) => ({ default: module.ShareDialog })));

/** "Share…" in the meeting header, for the roles that have links to pass on (chair, note-takers). */
export function ShareButton({ meetingId, meeting, role }: { meetingId: string; meeting: Meeting | undefined; role: Role }) {
  const [open, setOpen] = useState(false);
  if (shareableRoles(role).length === 0) return null;
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>Share…</button>
      {open && (
        <Suspense>
          <ShareDialog meetingId={meetingId} meeting={meeting} role={role} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}

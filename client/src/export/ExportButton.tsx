import { lazy, Suspense, useState } from "react";
import type { Meeting } from "@rapporteur/shared";

// The dialog (options, preview, downloads) is loaded when first opened, not with the meeting page.
const ExportDialog = lazy(() => import("./ExportDialog").then((module) => ({ default: module.ExportDialog })));

/** Opens the export dialog; offered once the meeting's details are known (file names need them). */
export function ExportButton({ meetingId, meeting }: { meetingId: string; meeting: Meeting | undefined }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="primary" disabled={!meeting} onClick={() => setOpen(true)}>Export…</button>
      {open && meeting && (
        <Suspense>
          <ExportDialog meetingId={meetingId} meeting={meeting} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}

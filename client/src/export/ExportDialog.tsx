import { useState, type MouseEvent } from "react";
import { exportFileName, type ExportFormat, type Meeting } from "@rapporteur/shared";
import { useMeetingVersions } from "../api/meeting-queries";
import { useModalDialog } from "../components/use-modal-dialog";
import { buildExportUrl, DEFAULT_EXPORT_CHOICE, type ExportChoice } from "./export-choice";
import { ExportOptionsForm } from "./ExportOptionsForm";
import "./export.css";

const FORMATS: Array<{ format: ExportFormat; label: string }> = [
  { format: "pdf", label: "PDF" },
  { format: "docx", label: "Word" },
  { format: "md", label: "Markdown" },
];

interface ExportDialogProps {
  meetingId: string;
  meeting: Meeting;
  onClose(): void;
}

/** Choose what goes in, look at the PDF as it will be printed, download any format of any version. */
export function ExportDialog({ meetingId, meeting, onClose }: ExportDialogProps) {
  const [choice, setChoice] = useState<ExportChoice>(DEFAULT_EXPORT_CHOICE);
  const listed = useMeetingVersions(meetingId);
  const versions = listed.data ?? [];
  const versionsError = listed.error?.message;
  const dialog = useModalDialog();
  // A click on the backdrop lands on the <dialog> itself, outside its box: it closes, like Esc.
  const closeOutside = (event: MouseEvent<HTMLDialogElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
    if (event.target === event.currentTarget && !inside) event.currentTarget.close();
  };

  const suffix = choice.version === undefined ? "" : ` v${choice.version}`;
  return (
    <dialog ref={dialog} className="dialog export-dialog" aria-labelledby="export-title" onClose={onClose} onClick={closeOutside}>
      <div className="export-head">
        <h2 id="export-title">Export the Summary Report</h2>
        <button type="button" onClick={() => dialog.current?.close()} aria-label="Close the export dialog">Close</button>
      </div>
      <div className="export-body">
        <div className="export-side">
          <ExportOptionsForm choice={choice} versions={versions} onChange={setChoice} />
          {versionsError && <p className="field-error" role="alert">Saved versions could not be listed: {versionsError}</p>}
          <div className="export-downloads" role="group" aria-label="Downloads">
            {FORMATS.map(({ format, label }) => (
              <a key={format} className="button primary" href={buildExportUrl(meetingId, format, choice)} download={exportFileName(meeting, format, suffix)}>
                Download {label}
              </a>
            ))}
          </div>
          <p className="hint">File name: {exportFileName(meeting, "pdf", suffix)}</p>
        </div>
        <iframe className="export-preview" title="Preview of the PDF export" src={buildExportUrl(meetingId, "pdf", choice, true)} />
      </div>
    </dialog>
  );
}

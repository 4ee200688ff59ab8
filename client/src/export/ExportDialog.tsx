import { useState, type MouseEvent } from "react";
import { exportFileName, type ExportFormat, type Meeting } from "@rapporteur/shared";
import { useMeetingVersions } from "../api/meeting-queries";
import { useModalDialog } from "../components/use-modal-dialog";
import { ApiErrorAlert } from "../review/ApiErrorAlert";
import { downloadMeetingFile } from "./download-meeting-file";
import { buildExportPath, DEFAULT_EXPORT_CHOICE, type ExportChoice } from "./export-choice";
import { ExportOptionsForm } from "./ExportOptionsForm";
import { useExportPreview } from "./use-export-preview";
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
  const [downloading, setDownloading] = useState<ExportFormat>();
  const [downloadError, setDownloadError] = useState<Error>();
  const preview = useExportPreview(meetingId, buildExportPath("pdf", choice, true));
  // A click on the backdrop lands on the <dialog> itself, outside its box: it closes, like Esc.
  const closeOutside = (event: MouseEvent<HTMLDialogElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
    if (event.target === event.currentTarget && !inside) event.currentTarget.close();
  };

  const suffix = choice.version === undefined ? "" : ` v${choice.version}`;
  const download = (format: ExportFormat) => {
    setDownloading(format);
    setDownloadError(undefined);
    downloadMeetingFile(meetingId, buildExportPath(format, choice), exportFileName(meeting, format, suffix))
      .catch((error: unknown) => setDownloadError(error instanceof Error ? error : new Error(String(error))))
      .finally(() => setDownloading(undefined));
  };
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
              <button key={format} type="button" className="primary" disabled={downloading !== undefined} onClick={() => download(format)}>
                Download {label}
              </button>
            ))}
          </div>
          <ApiErrorAlert error={downloadError ?? preview.error} />
          <p className="hint">File name: {exportFileName(meeting, "pdf", suffix)}</p>
        </div>
        {preview.url ? (
          <iframe className="export-preview" title="Preview of the PDF export" src={preview.url} />
        ) : (
          <p className="export-preview muted" aria-live="polite">Rendering the preview…</p>
        )}
      </div>
    </dialog>
  );
}

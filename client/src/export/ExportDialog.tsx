import { useEffect, useRef, useState } from "react";
import { exportFileName, type ExportFormat, type Meeting, type VersionInfo } from "@rapporteur/shared";
import { meetingsApi } from "../api/meetings-api";
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
  const [versions, setVersions] = useState<VersionInfo[]>([]);
  const [versionsError, setVersionsError] = useState<string>();
  const dialog = useRef<HTMLDivElement>(null);

  useEffect(() => {
    meetingsApi.versions(meetingId).then(({ versions: loaded }) => setVersions(loaded), (error: Error) => setVersionsError(error.message));
  }, [meetingId]);
  useEffect(() => {
    dialog.current?.focus();
    const close = (event: KeyboardEvent) => event.key === "Escape" && onClose();
    window.addEventListener("keydown", close);
    return () => window.removeEventListener("keydown", close);
  }, [onClose]);

  const suffix = choice.version === undefined ? "" : ` v${choice.version}`;
  return (
    <div className="dialog-backdrop" onClick={(event) => event.target === event.currentTarget && onClose()}>
      <div className="dialog export-dialog" role="dialog" aria-modal="true" aria-labelledby="export-title" tabIndex={-1} ref={dialog}>
        <div className="export-head">
          <h2 id="export-title">Export the Summary Report</h2>
          <button type="button" onClick={onClose} aria-label="Close the export dialog">Close</button>
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
      </div>
    </div>
  );
}

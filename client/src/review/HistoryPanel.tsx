import { useState } from "react";
import { roleAtLeast } from "@rapporteur/shared";
import { meetingsApi } from "../api/meetings-api";
import type { PanelContext } from "../panels/panel-context";
import { ApiErrorAlert } from "./ApiErrorAlert";
import { AuditLog } from "./AuditLog";
import { NameVersionForm } from "./NameVersionForm";
import { useApiAction } from "./use-api-action";
import { useHistory } from "./use-history";
import { VersionCompare } from "./VersionCompare";
import { VersionList } from "./VersionList";
import { VersionViewer } from "./VersionViewer";
import "./review.css";

/** The "History" tab: kept versions (view, compare, restore, name) and the audit log. */
export function HistoryPanel({ context }: { context: PanelContext }) {
  const { meetingId, meeting, role } = context;
  // The page re-reads the meeting on every review notice; the history follows it.
  const history = useHistory(meetingId, meeting);
  const [viewing, setViewing] = useState<number>();
  const restore = useApiAction();
  const canWrite = roleAtLeast(role, "noteTaker");
  const approved = meeting?.status === "approved";
  const restoreVersion = async (version: number) => {
    // A restore changes the text and the history, not the meeting.
    if (await restore.run(() => meetingsApi.restoreVersion(meetingId, version))) history.refresh();
  };

  return (
    <section className="panel history-panel" aria-labelledby="history-title">
      <h2 id="history-title">Versions <span className="count">{history.versions.length}</span></h2>
      {canWrite && <NameVersionForm meetingId={meetingId} onNamed={history.refresh} />}
      {canWrite && approved && <p className="muted">The summary is approved: reopen it before restoring a version.</p>}
      <ApiErrorAlert error={restore.error ?? history.loadError} />
      <VersionList versions={history.versions} canRestore={canWrite && !approved} busy={restore.busy} onView={setViewing} onRestore={(version) => void restoreVersion(version)} />
      <h3>Compare versions</h3>
      <VersionCompare meetingId={meetingId} versions={history.versions} />
      <h3>Audit log</h3>
      <AuditLog entries={history.audit} />
      {viewing !== undefined && <VersionViewer meetingId={meetingId} version={viewing} onClose={() => setViewing(undefined)} />}
    </section>
  );
}

import { useState } from "react";
import { roleAtLeast } from "@rapporteur/shared";
import { lazy, Suspense } from "react";
import { useMeetingAudit, useMeetingVersions } from "../api/meeting-queries";
import { meetingsApi } from "../api/meetings-api";
import { useMeetingMutation } from "../api/use-meeting-mutation";
import type { PanelContext } from "../panels/panel-context";
import { ApiErrorAlert } from "./ApiErrorAlert";
import { AuditLog } from "./AuditLog";
import { NameVersionForm } from "./NameVersionForm";
import { VersionCompare } from "./VersionCompare";
import { VersionList } from "./VersionList";
import "./review.css";

// Rendering a version as HTML needs the whole schema's serializer: loaded when a version is opened.
const VersionViewer = lazy(() => import("./VersionViewer").then((module) => ({ default: module.VersionViewer })));

/** The "History" tab: kept versions (view, compare, restore, name) and the audit log. */
export function HistoryPanel({ context }: { context: PanelContext }) {
  const { meetingId, meeting, role } = context;
  // Every review notice re-reads everything about the meeting; the history follows it.
  const versions = useMeetingVersions(meetingId);
  const audit = useMeetingAudit(meetingId);
  const [viewing, setViewing] = useState<number>();
  const restore = useMeetingMutation(meetingId, (version: number) => meetingsApi.restoreVersion(meetingId, version));
  const canWrite = roleAtLeast(role, "noteTaker");
  const approved = meeting?.status === "approved";
  const listed = versions.data ?? [];

  return (
    <section className="panel history-panel" aria-labelledby="history-title">
      <h2 id="history-title">Versions <span className="count">{listed.length}</span></h2>
      {canWrite && <NameVersionForm meetingId={meetingId} />}
      {canWrite && approved && <p className="muted">The summary is approved: reopen it before restoring a version.</p>}
      <ApiErrorAlert error={restore.error ?? versions.error ?? audit.error} />
      <VersionList versions={listed} canRestore={canWrite && !approved} busy={restore.isPending} onView={setViewing} onRestore={(version) => restore.mutate(version)} />
      <h3>Compare versions</h3>
      <VersionCompare meetingId={meetingId} versions={listed} />
      <h3>Audit log</h3>
      <AuditLog entries={audit.data ?? []} />
      {viewing !== undefined && (
        <Suspense>
          <VersionViewer meetingId={meetingId} version={viewing} onClose={() => setViewing(undefined)} />
        </Suspense>
      )}
    </section>
  );
}

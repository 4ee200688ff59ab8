import { useEffect, useMemo, useState } from "react";
import { formatMeetingDate, formatMeetingTime, ROLE_LABELS, type Meeting, type Role } from "@rapporteur/shared";
import { getMeetingAccess } from "../access/meeting-access";
import { meetingsApi } from "../api/meetings-api";
import { meetingFileUrl } from "../api/request-json";
import { CollabDocContext } from "../collab/collab-doc-context";
import { connectionLabel } from "../collab/connection-label";
import { useCollabSession } from "../collab/use-collab-session";
import { NameDialog } from "../components/NameDialog";
import { ParticipantsPanel } from "../components/ParticipantsPanel";
import { ShareLinks } from "../components/ShareLinks";
import { MinutesEditor } from "../editor/MinutesEditor";
import { colorForName, loadUserName, saveUserName } from "../user/user-identity";

const STATUS_LABELS: Record<Meeting["status"], string> = {
  drafting: "Drafting",
  in_review: "In review",
  changes_requested: "Changes requested",
  approved: "Approved",
};

/** One meeting: title block, the live editor, attendance, and downloads. */
export function MeetingPage({ meetingId }: { meetingId: string }) {
  const access = getMeetingAccess(meetingId);
  const [name, setName] = useState(loadUserName());
  const [meeting, setMeeting] = useState<Meeting>();
  const [loadError, setLoadError] = useState<string>();
  const session = useCollabSession(meetingId, access?.token);
  const user = useMemo(() => ({ name: name || "Anonymous", color: colorForName(name) }), [name]);

  useEffect(() => {
    meetingsApi.get(meetingId).then(({ meeting: loaded }) => setMeeting(loaded), (error: Error) => setLoadError(error.message));
  }, [meetingId, session?.notice]);
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (session && session.unsaved > 0) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [session]);

  if (!access) return <Message title="You need an invitation link">Open the link the secretariat sent you for this meeting.</Message>;
  if (loadError && !meeting) return <Message title="This meeting could not be opened">{loadError}</Message>;
  if (!session) return null;

  const role: Role = access.role;
  const locked = meeting?.status === "approved" || session.notice?.kind === "locked";
  const editable = role !== "viewer" && !locked && session.ready;
  const label = connectionLabel(session.status, session.unsaved);

  return (
    <CollabDocContext.Provider value={session.doc}>
      {!name && <NameDialog onDone={(chosen) => { saveUserName(chosen); setName(chosen); }} />}
      <header className="meeting-header">
        <a href="/" className="brand">Rapporteur</a>
        <div className="meeting-title">
          <div className="series">{meeting?.series}</div>
          <h1>{meeting?.title}</h1>
          {meeting && <div className="when">{formatMeetingDate(meeting.startsAt)}, {formatMeetingTime(meeting.startsAt)} UTC</div>}
        </div>
        <div className="meeting-status">
          <span className={`pill tone-${label.tone}`} role="status" aria-live="polite" data-testid="connection-status">{label.text}</span>
          {meeting && <span className="pill">{STATUS_LABELS[meeting.status]}</span>}
          <span className="pill role">{ROLE_LABELS[role]}</span>
          <a className="button" href={meetingFileUrl(meetingId, "/export?format=md")} download>Download Markdown</a>
        </div>
      </header>
      {locked && <div className="banner" role="alert">This summary is approved and locked. {session.notice?.kind === "locked" ? session.notice.message : ""}</div>}
      {role === "viewer" && !locked && <div className="banner info">You are viewing this meeting; only note-takers and the chair can edit.</div>}
      <main className="meeting-layout">
        <MinutesEditor doc={session.doc} provider={session.provider} user={user} editable={editable} />
        <aside className="side">
          <ParticipantsPanel doc={session.doc} editable={role !== "viewer" && !locked} />
          {access.links && <ShareLinks links={access.links} />}
        </aside>
      </main>
    </CollabDocContext.Provider>
  );
}

function Message({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <main className="narrow">
      <h1>{title}</h1>
      <p>{children}</p>
      <p><a href="/">Back to the meetings</a></p>
    </main>
  );
}

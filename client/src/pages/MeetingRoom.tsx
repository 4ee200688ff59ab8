import { useEffect, useMemo, useState } from "react";
import type { Editor } from "@tiptap/core";
import { LINK_REPLACED_CODE, LINK_REPLACED_MESSAGE, LOCKED_CHANGE_REFUSED, type CollabNotice } from "@rapporteur/shared";
import type { MeetingAccessEntry } from "../access/meeting-access";
import { ApiError } from "../api/api-error";
import { useLastApproval, useMeetingDetails, useMeetingInvalidation } from "../api/meeting-queries";
import { CollabDocContext } from "../collab/collab-doc-context";
import { connectionLabel } from "../collab/connection-label";
import { useCollabSession } from "../collab/use-collab-session";
import { MeetingHeader } from "../components/MeetingHeader";
import { NameDialog } from "../components/NameDialog";
import { LinkRefusedMessage } from "../components/NoAccessMessage";
import { PageMessage } from "../components/PageMessage";
import { RoomBanner } from "../components/RoomBanner";
import { MinutesEditor } from "../editor/MinutesEditor";
import { NowDiscussingBanner } from "../live/outline/NowDiscussingBanner";
import { PresenceAvatars } from "../live/presence/PresenceAvatars";
import { SidePanels } from "../panels/SidePanels";
import { colorForName, loadUserName, saveUserName } from "../user/user-identity";

/** One meeting: title block, the live editor, attendance, and downloads. */
export function MeetingRoom({ meetingId, access }: { meetingId: string; access: MeetingAccessEntry }) {
  const [name, setName] = useState(loadUserName());
  const [editor, setEditor] = useState<Editor | null>(null);
  const [dismissedNotice, setDismissedNotice] = useState<CollabNotice>();
  const session = useCollabSession(meetingId, access.token);
  const user = useMemo(() => ({ name: name || "Anonymous", color: colorForName(name) }), [name]);
  const details = useMeetingDetails(meetingId);
  const meeting = details.data?.meeting;
  const loadError = details.error;

  // Notices say when the review status changed; those sent while this page was offline are lost,
  // so the meeting is also re-read each time the connection comes back.
  useMeetingInvalidation(meetingId, session?.notice);
  useMeetingInvalidation(meetingId, session?.status === "connected");
  const locked = meeting?.status === "approved" || session?.notice?.kind === "locked";
  const changeRefused = session?.notice?.message === LOCKED_CHANGE_REFUSED ? session.notice.message : undefined;
  const approval = useLastApproval(meetingId, locked).data;
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (session && session.unsaved > 0) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [session]);

  if (loadError instanceof ApiError && loadError.status === 404) {
    return <PageMessage title="Meeting not found">There is no meeting at this address. Check the link you were sent.</PageMessage>;
  }
  if (!session) return null;
  // A refused link (replaced by the chair, or no longer valid) opens nothing: say so, instead of an empty editor.
  const restRefused = loadError instanceof ApiError && loadError.status === 401;
  if (restRefused || session.status === "unauthorized") {
    const replaced = restRefused ? loadError.code === LINK_REPLACED_CODE : session.closeReason === LINK_REPLACED_MESSAGE;
    return <LinkRefusedMessage meetingId={meetingId} replaced={replaced} />;
  }

  const viewer = access.role === "viewer";
  const refused = session.status === "not-found";
  const editable = !viewer && !locked && !refused && session.ready;

  return (
    <CollabDocContext.Provider value={session.doc}>
      {!name && <NameDialog onDone={(chosen) => { saveUserName(chosen); setName(chosen); }} />}
      <div className="meeting-shell">
        <MeetingHeader
          meetingId={meetingId}
          meeting={meeting}
          role={access.role}
          connection={connectionLabel(session.status, session.unsaved, session.closeReason)}
          presence={<PresenceAvatars provider={session.provider} editor={editor} role={access.role} />}
        />
        <RoomBanner status={session.status} locked={locked} approval={approval} refusedMessage={changeRefused} viewer={viewer}
          statusMessage={session.notice?.kind === "status" && session.notice !== dismissedNotice ? session.notice.message : undefined}
          onDismissStatus={() => setDismissedNotice(session.notice)} />
        {loadError && !meeting && <div className="banner" role="alert">The meeting details could not be loaded ({loadError.message}); the text below is still live.</div>}
        <NowDiscussingBanner doc={session.doc} editor={editor} />
        <div className="meeting-scroll">
          <main className="meeting-layout">
            {/* Bound only once the text has arrived: bound to an empty document, the editor would write an empty paragraph of its own. */}
            {session.ready ? (
              <MinutesEditor doc={session.doc} provider={session.provider} user={user} editable={editable} onEditor={setEditor} />
            ) : (
              <div className="editor-frame"><p className="muted page-loading">Loading the report…</p></div>
            )}
            <SidePanels
              context={{
                meetingId, meeting, doc: session.doc, provider: session.provider, editor, role: access.role, user,
                editable: !viewer && !locked && !refused,
              }}
            />
          </main>
        </div>
      </div>
    </CollabDocContext.Provider>
  );
}

import { useState } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { formatMeetingDate, formatMeetingTime, type Meeting, type MeetingLinksResponse, type Role } from "@rapporteur/shared";
import { rememberMeetingAccess } from "../access/meeting-access";
import { meetingKeys } from "../api/meeting-queries";
import { meetingsApi } from "../api/meetings-api";
import { useModalDialog } from "../components/use-modal-dialog";
import { LinkList } from "./LinkList";
import { ReplaceLinks } from "./ReplaceLinks";
import "./share.css";

interface ShareDialogProps {
  meetingId: string;
  meeting: Meeting | undefined;
  role: Role;
  onClose(): void;
}

/**
 * The invitation links, read from the server so the chair link opened in any browser shows
 * them: the chair gets all three, the next meeting's, and "Replace links"; a note-taker the
 * note-taker and viewer links.
 */
export function ShareDialog({ meetingId, meeting, role, onClose }: ShareDialogProps) {
  const dialog = useModalDialog();
  const queryClient = useQueryClient();
  const links = useQuery({ queryKey: meetingKeys.links(meetingId), queryFn: () => meetingsApi.links(meetingId) });
  const [replacing, setReplacing] = useState(false);
  const [replaceError, setReplaceError] = useState<string>();
  const [replaced, setReplaced] = useState<string>();

  const replace = async (roles: Role[]) => {
    setReplacing(true);
    setReplaceError(undefined);
    try {
      const answer = await meetingsApi.replaceLinks(meetingId, roles);
      queryClient.setQueryData(meetingKeys.links(meetingId), answer);
      setReplaced(`${roles.length > 1 ? "Links" : "Link"} replaced: the old ${roles.length > 1 ? "ones no longer work" : "one no longer works"}. Copy the new ${roles.length > 1 ? "ones" : "one"} below.`);
      // The chair's own socket was closed with its old link: this page starts again with the new one.
      if (roles.includes("chair") && answer.tokens.chair) {
        rememberMeetingAccess(meetingId, { token: answer.tokens.chair, role: "chair" });
        window.location.reload();
      }
    } catch (error) {
      setReplaceError(error instanceof Error ? error.message : "The links could not be replaced; try again.");
    } finally {
      setReplacing(false);
    }
  };

  return (
    <dialog ref={dialog} className="dialog share-dialog" aria-labelledby="share-title" onClose={onClose}>
      <h2 id="share-title">Share this meeting</h2>
      <p className="muted">
        Send each person the link for their role{meeting ? <> in <em>{meeting.title}</em></> : null}. A link opens the meeting in any browser, with that role.
      </p>
      {links.isPending && <p className="muted">Reading the links…</p>}
      {links.error && <p className="field-error" role="alert">The links could not be read: {links.error.message}</p>}
      {links.data && <LinkList links={links.data.links} />}
      {replaced && <p className="share-done" role="status">{replaced}</p>}
      {links.data?.next && <NextMeetingLinks next={links.data.next} />}
      {role === "chair" && links.data && <ReplaceLinks busy={replacing} error={replaceError} onReplace={(roles) => void replace(roles)} />}
      <div className="dialog-actions">
        <button type="button" onClick={() => dialog.current?.close()}>Close</button>
      </div>
    </dialog>
  );
}

/** The meeting scheduled from this one: its chair link is this chair's to keep or send. */
function NextMeetingLinks({ next }: { next: NonNullable<MeetingLinksResponse["next"]> }) {
  return (
    <section className="share-next" aria-labelledby="share-next-title">
      <h3 id="share-next-title">Next meeting: {next.meeting.title}</h3>
      <p className="muted">
        {formatMeetingDate(next.meeting.startsAt)}, {formatMeetingTime(next.meeting.startsAt)} UTC. <a href={next.links.chair}>Open it as chair</a>
      </p>
      <LinkList links={next.links} context="Next meeting" brief />
    </section>
  );
}

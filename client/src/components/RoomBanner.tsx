import type { Approval } from "@rapporteur/shared";
import type { ConnectionStatus } from "../collab/use-collab-session";
import { formatUtc } from "../review/format-utc";

interface RoomBannerProps {
  status: ConnectionStatus;
  locked: boolean;
  /** The approval that locked it, once read: the banner names who approved which version, and when. */
  approval: Approval | null | undefined;
  /** Set only when this page's change was refused because the summary is approved. */
  refusedMessage: string | undefined;
  viewer: boolean;
  /** The last review step someone took (submitted, changes requested), while the draft is open. */
  statusMessage?: string | undefined;
  /** Hides the review-step message once read (the next notice shows again). */
  onDismissStatus?: () => void;
}

/** One line under the header when something stops or limits editing, saying what to do. */
export function RoomBanner({ status, locked, approval, refusedMessage, viewer, statusMessage, onDismissStatus }: RoomBannerProps) {
  if (status === "not-found") {
    return <div className="banner error" role="alert">Meeting not found: the server does not know this meeting, so nothing typed here can be saved.</div>;
  }
  if (status === "unauthorized") {
    return <div className="banner error" role="alert">This invitation link is no longer valid for this meeting. Ask the secretariat for a new one.</div>;
  }
  if (status === "storage-error") {
    return <div className="banner" role="alert">The server cannot store changes right now. Keep writing: your text stays on this device and is sent as soon as the server recovers.</div>;
  }
  if (locked) {
    return (
      <div className="banner" role="status" data-testid="approved-banner">
        <strong>{approval ? `Approved by ${approval.approvedBy} on ${formatUtc(approval.approvedAt)} (version ${approval.version}).` : "Approved."}</strong>{" "}
        {refusedMessage ? <span role="alert">{refusedMessage}</span> : "The text is locked; it can still be selected and copied, and the chair can reopen it for changes."}
      </div>
    );
  }
  if (statusMessage) {
    return (
      <div className="banner info banner-row" role="status">
        <span>{statusMessage}</span>
        {onDismissStatus && <button type="button" onClick={onDismissStatus}>Dismiss</button>}
      </div>
    );
  }
  if (viewer) return <div className="banner info">You are viewing this meeting; only note-takers and the chair can edit.</div>;
  return null;
}

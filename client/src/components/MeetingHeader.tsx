import { formatMeetingDate, formatMeetingTime, ROLE_LABELS, type Meeting, type Role } from "@rapporteur/shared";

const STATUS_LABELS: Record<Meeting["status"], string> = {
  drafting: "Drafting",
  in_review: "In review",
  changes_requested: "Changes requested",
  approved: "Approved",
};

interface MeetingHeaderProps {
  meeting: Meeting | undefined;
  role: Role;
  connection: { text: string; tone: string };
  markdownUrl: string;
}

/** The bar above the report: which meeting, whether the text is safe, and the download. */
export function MeetingHeader({ meeting, role, connection, markdownUrl }: MeetingHeaderProps) {
  return (
    <header className="meeting-header">
      <a href="/" className="brand">Rapporteur</a>
      <div className="meeting-title">
        <div className="series">{meeting?.series}</div>
        <h1>{meeting?.title ?? "Loading…"}</h1>
        {meeting && <div className="when">{formatMeetingDate(meeting.startsAt)}, {formatMeetingTime(meeting.startsAt)} UTC</div>}
      </div>
      <div className="meeting-status">
        <span className={`pill tone-${connection.tone}`} role="status" aria-live="polite" data-testid="connection-status">{connection.text}</span>
        {meeting && <span className="pill">{STATUS_LABELS[meeting.status]}</span>}
        <span className="pill">{ROLE_LABELS[role]}</span>
        <a className="button" href={markdownUrl} download>Download Markdown</a>
      </div>
    </header>
  );
}

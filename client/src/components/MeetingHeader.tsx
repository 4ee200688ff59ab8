import { Link } from "wouter";
import { formatMeetingDate, formatMeetingTime, ROLE_LABELS, roleAtLeast, type Meeting, type Role } from "@rapporteur/shared";
import { EditMeetingDetails } from "../details/EditMeetingDetails";
import { ExportButton } from "../export/ExportButton";
import { describeStatus } from "../review/describe-status";
import { ScheduleNextMeeting } from "../series/ScheduleNextMeeting";
import { ShareButton } from "../share/ShareButton";

interface MeetingHeaderProps {
  meetingId: string;
  meeting: Meeting | undefined;
  role: Role;
  connection: { text: string; tone: string };
  /** Who else is here (avatars), shown before the status pills. */
  presence?: React.ReactNode;
}

/** The bar above the report: which meeting, whether the text is safe, and the exports. */
export function MeetingHeader({ meetingId, meeting, role, connection, presence }: MeetingHeaderProps) {
  return (
    <header className="meeting-header">
      <Link href="/" className="brand">Rapporteur</Link>
      <div className="meeting-title">
        <div className="series">{meeting?.series}</div>
        <h1>{meeting?.title ?? "Loading…"}</h1>
        {meeting && <div className="when">{formatMeetingDate(meeting.startsAt)}, {formatMeetingTime(meeting.startsAt)} UTC</div>}
      </div>
      <div className="meeting-status">
        {presence}
        <span className={`pill tone-${connection.tone}`} role="status" aria-live="polite" data-testid="connection-status">{connection.text}</span>
        {meeting && <span className="pill">{describeStatus(meeting.status).label}</span>}
        <span className="pill">{ROLE_LABELS[role]}</span>
        {meeting && roleAtLeast(role, "noteTaker") && <EditMeetingDetails meetingId={meetingId} meeting={meeting} />}
        {meeting && roleAtLeast(role, "noteTaker") && <ScheduleNextMeeting meetingId={meetingId} meeting={meeting} />}
        <ShareButton meetingId={meetingId} meeting={meeting} role={role} />
        <ExportButton meetingId={meetingId} meeting={meeting} />
      </div>
    </header>
  );
}

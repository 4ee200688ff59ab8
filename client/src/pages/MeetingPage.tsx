import { useState } from "react";
import { getMeetingAccess } from "../access/meeting-access";
import { NoAccessMessage } from "../components/NoAccessMessage";
import { MeetingRoom } from "./MeetingRoom";

/** `/m/:meetingId`: the live meeting for whoever holds an invitation link for it. */
export function MeetingPage({ meetingId }: { meetingId: string }) {
  // Read once per meeting (the route keys this page by id).
  const [access] = useState(() => getMeetingAccess(meetingId));
  if (!access) return <NoAccessMessage meetingId={meetingId} />;
  return <MeetingRoom meetingId={meetingId} access={access} />;
}

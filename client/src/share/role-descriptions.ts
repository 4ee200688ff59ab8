import type { Role } from "@rapporteur/shared";

/** What each link lets its holder do, in the words a secretariat would use in the invitation. */
export const ROLE_CAN: Record<Role, string> = {
  chair: "Approves the report, requests changes, reopens it and replaces these links; can also do all a note-taker does.",
  noteTaker: "Writes the minutes live, corrects the meeting details, submits the draft for review, schedules the next meeting.",
  viewer: "Follows the minutes live and downloads them; cannot change anything.",
};

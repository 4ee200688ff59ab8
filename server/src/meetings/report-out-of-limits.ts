import { NewMeetingSchema, type Meeting } from "@rapporteur/shared";
import type { Logger } from "../logger.js";

/**
 * A stored meeting that breaks today's limits (stored before they tightened, or by a bug) is
 * still served; this reports it once per process, so an operator can find and fix it.
 */
export function createOutOfLimitsReporter(logger: Logger): (meetings: Meeting[]) => void {
  const reported = new Set<string>();
  return (meetings) => {
    for (const meeting of meetings) {
      if (reported.has(meeting.id)) continue;
      const result = NewMeetingSchema.safeParse(meeting);
      if (result.success) continue;
      reported.add(meeting.id);
      const fields = [...new Set(result.error.issues.map((issue) => issue.path.map(String).join(".")))].slice(0, 20);
      logger.warn("stored_meeting_out_of_limits", { meetingId: meeting.id, fields });
    }
  };
}

import type { Approval, AuditEntry, Meeting } from "@rapporteur/shared";
import { ApiError } from "../api/api-error";
import { meetingsApi } from "../api/meetings-api";
import { useMeetingRead } from "./use-meeting-read";

export interface ReviewRecord {
  approval: Approval | undefined;
  audit: AuditEntry[];
  loadError: Error | undefined;
}

const NONE: never[] = [];

async function readReviewRecord(meetingId: string): Promise<{ approval: Approval | undefined; audit: AuditEntry[] }> {
  const approvalOrNone = meetingsApi.approval(meetingId).then(
    ({ approval: last }) => last,
    (error: unknown) => {
      if (error instanceof ApiError && error.code === "not_approved") return undefined;
      throw error;
    },
  );
  const [approval, { entries }] = await Promise.all([approvalOrNone, meetingsApi.audit(meetingId)]);
  return { approval, audit: entries };
}

/**
 * The last approval and the audit log, re-read whenever `meeting` (as last read) changes: the page
 * re-reads the meeting on every review notice from the server and after this person's own step.
 */
export function useReviewRecord(meetingId: string, meeting: Meeting | undefined): ReviewRecord {
  const { data, loadError } = useMeetingRead(readReviewRecord, meetingId, meeting);
  return { approval: data?.approval, audit: data?.audit ?? NONE, loadError };
}

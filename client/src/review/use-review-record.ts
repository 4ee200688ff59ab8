import type { Approval, AuditEntry } from "@rapporteur/shared";
import { ApiError } from "../api/api-error";
import { meetingsApi } from "../api/meetings-api";
import { useMeetingRead } from "./use-meeting-read";

export interface ReviewRecord {
  approval: Approval | undefined;
  audit: AuditEntry[];
  loadError: Error | undefined;
  refresh: () => void;
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

/** The last approval and the audit log, re-read on `refresh` and whenever `version` (e.g. the status) changes. */
export function useReviewRecord(meetingId: string, version: string): ReviewRecord {
  const { data, loadError, refresh } = useMeetingRead(readReviewRecord, meetingId, version);
  return { approval: data?.approval, audit: data?.audit ?? NONE, loadError, refresh };
}

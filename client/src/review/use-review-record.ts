import { useCallback, useEffect, useState } from "react";
import type { Approval, AuditEntry } from "@rapporteur/shared";
import { ApiError } from "../api/api-error";
import { meetingsApi } from "../api/meetings-api";

export interface ReviewRecord {
  approval: Approval | undefined;
  audit: AuditEntry[];
  loadError: Error | undefined;
  refresh: () => void;
}

/** The last approval and the audit log, re-read whenever `version` (e.g. the status) changes. */
export function useReviewRecord(meetingId: string, version: string): ReviewRecord {
  const [approval, setApproval] = useState<Approval>();
  const [audit, setAudit] = useState<AuditEntry[]>([]);
  const [loadError, setLoadError] = useState<Error>();
  const [reloads, setReloads] = useState(0);
  const refresh = useCallback(() => setReloads((count) => count + 1), []);

  useEffect(() => {
    let current = true;
    const approvalOrNone = meetingsApi.approval(meetingId).then(
      ({ approval: last }) => last,
      (error: unknown) => {
        if (error instanceof ApiError && error.code === "not_approved") return undefined;
        throw error;
      },
    );
    Promise.all([approvalOrNone, meetingsApi.audit(meetingId)]).then(
      ([last, { entries }]) => {
        if (!current) return;
        setApproval(last);
        setAudit(entries);
        setLoadError(undefined);
      },
      (error: Error) => current && setLoadError(error),
    );
    return () => {
      current = false;
    };
  }, [meetingId, version, reloads]);

  return { approval, audit, loadError, refresh };
}

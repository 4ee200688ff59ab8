import { useCallback, useEffect, useState } from "react";
import type { AuditEntry, VersionInfo } from "@rapporteur/shared";
import { meetingsApi } from "../api/meetings-api";

export interface MeetingHistory {
  versions: VersionInfo[];
  audit: AuditEntry[];
  loadError: Error | undefined;
  refresh: () => void;
}

/** The versions and the audit log of a meeting, re-read on `refresh` and when `version` changes. */
export function useHistory(meetingId: string, version: string): MeetingHistory {
  const [versions, setVersions] = useState<VersionInfo[]>([]);
  const [audit, setAudit] = useState<AuditEntry[]>([]);
  const [loadError, setLoadError] = useState<Error>();
  const [reloads, setReloads] = useState(0);
  const refresh = useCallback(() => setReloads((count) => count + 1), []);

  useEffect(() => {
    let current = true;
    Promise.all([meetingsApi.versions(meetingId), meetingsApi.audit(meetingId)]).then(
      ([listed, logged]) => {
        if (!current) return;
        setVersions(listed.versions);
        setAudit(logged.entries);
        setLoadError(undefined);
      },
      (error: Error) => current && setLoadError(error),
    );
    return () => {
      current = false;
    };
  }, [meetingId, version, reloads]);

  return { versions, audit, loadError, refresh };
}

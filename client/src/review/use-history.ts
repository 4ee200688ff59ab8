import type { AuditEntry, Meeting, VersionInfo } from "@rapporteur/shared";
import { meetingsApi } from "../api/meetings-api";
import { useMeetingRead } from "./use-meeting-read";

export interface MeetingHistory {
  versions: VersionInfo[];
  audit: AuditEntry[];
  loadError: Error | undefined;
  refresh: () => void;
}

const NONE: never[] = [];

async function readHistory(meetingId: string): Promise<{ versions: VersionInfo[]; audit: AuditEntry[] }> {
  const [listed, logged] = await Promise.all([meetingsApi.versions(meetingId), meetingsApi.audit(meetingId)]);
  return { versions: listed.versions, audit: logged.entries };
}

/** The versions and the audit log of a meeting, re-read on `refresh` and when `meeting` (as last read, e.g. after a review notice) changes. */
export function useHistory(meetingId: string, meeting: Meeting | undefined): MeetingHistory {
  const { data, loadError, refresh } = useMeetingRead(readHistory, meetingId, meeting);
  return { versions: data?.versions ?? NONE, audit: data?.audit ?? NONE, loadError, refresh };
}

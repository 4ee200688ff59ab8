import { useCallback, useEffect, useState } from "react";

export interface MeetingRead<T> {
  /** The last answer, kept while a newer read is on its way or after a failed one. */
  data: T | undefined;
  loadError: Error | undefined;
  refresh: () => void;
}

/**
 * Reads `read(meetingId)` when mounted, whenever `meetingId` or `key` changes (e.g. the meeting
 * re-read after a live notice) and on `refresh`. An answer overtaken by a newer read is dropped.
 */
export function useMeetingRead<T>(read: (meetingId: string) => Promise<T>, meetingId: string, key: unknown): MeetingRead<T> {
  const [data, setData] = useState<T>();
  const [loadError, setLoadError] = useState<Error>();
  const [reloads, setReloads] = useState(0);
  const refresh = useCallback(() => setReloads((count) => count + 1), []);

  useEffect(() => {
    let current = true;
    read(meetingId).then(
      (answer) => {
        if (!current) return;
        setData(answer);
        setLoadError(undefined);
      },
      (error: Error) => current && setLoadError(error),
    );
    return () => {
      current = false;
    };
  }, [read, meetingId, key, reloads]);

  return { data, loadError, refresh };
}

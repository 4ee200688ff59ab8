import { useQuery } from "@tanstack/react-query";
import { useEffect, useMemo } from "react";
import { fetchMeetingFile } from "../api/request-json";

/**
 * The PDF preview as a blob: address (fetched with the token in a header), replaced when the
 * options change and released when the dialog closes.
 */
export function useExportPreview(meetingId: string, path: string): { url: string | undefined; error: Error | null } {
  const { data, error } = useQuery({
    queryKey: ["export-preview", meetingId, path],
    queryFn: ({ signal }) => fetchMeetingFile(meetingId, path, signal),
    gcTime: 0,
    retry: false,
  });
  const url = useMemo(() => (data ? URL.createObjectURL(data) : undefined), [data]);
  useEffect(() => () => {
    if (url) URL.revokeObjectURL(url);
  }, [url]);
  return { url, error };
}

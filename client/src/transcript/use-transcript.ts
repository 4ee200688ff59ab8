import { useCallback } from "react";
import { useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import type { Transcript } from "@rapporteur/shared";
import { meetingKeys } from "../api/meeting-queries";
import { transcriptApi } from "./transcript-api";

export interface TranscriptState {
  transcript: Transcript | undefined;
  error: string | undefined;
  /** Re-reads after a change this page made. */
  refresh(): void;
  setTranscript(transcript: Transcript): void;
}

/** Under the meeting's keys: every live notice (a `transcript` one for uploads, settings and captions) and every reconnect re-reads it. */
const transcriptKey = (meetingId: string) => [...meetingKeys.all(meetingId), "transcript"] as const;

/**
 * The meeting's transcript, kept current through the query layer. A re-read asks only for the
 * segments after the last one held (live captions arrive a few at a time); when the server holds
 * other segments than that adds up to (a new upload, a removal) the whole transcript is read again.
 */
export function useTranscript(meetingId: string): TranscriptState {
  const queryClient = useQueryClient();
  const key = transcriptKey(meetingId);
  const query = useQuery({ queryKey: key, queryFn: () => readNewer(queryClient, meetingId) });
  const refresh = useCallback(() => void queryClient.invalidateQueries({ queryKey: transcriptKey(meetingId) }), [queryClient, meetingId]);
  const setTranscript = useCallback((transcript: Transcript) => queryClient.setQueryData(transcriptKey(meetingId), transcript), [queryClient, meetingId]);
  return { transcript: query.data, error: query.error?.message, refresh, setTranscript };
}

async function readNewer(queryClient: QueryClient, meetingId: string): Promise<Transcript> {
  const current = queryClient.getQueryData<Transcript>(transcriptKey(meetingId));
  if (!current) return transcriptApi.read(meetingId);
  const last = current.segments[current.segments.length - 1]?.seq ?? 0;
  const newer = await transcriptApi.read(meetingId, last);
  const sameFile = current.file?.uploadedAt === newer.file?.uploadedAt;
  if (sameFile && current.segments.length + newer.segments.length === newer.count) {
    return { ...newer, segments: [...current.segments, ...newer.segments] };
  }
  return transcriptApi.read(meetingId);
}

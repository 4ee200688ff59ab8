import { useCallback, useEffect, useRef, useState } from "react";
import type { WebsocketProvider } from "y-websocket";
import type { Transcript } from "@rapporteur/shared";
import { transcriptApi } from "./transcript-api";
import { useTranscriptNotices } from "./use-transcript-notices";

export interface TranscriptState {
  transcript: Transcript | undefined;
  error: string | undefined;
  /** Re-reads after a change this page made. */
  refresh(): void;
  setTranscript(transcript: Transcript): void;
}

/**
 * The meeting's transcript, kept current: read once, then on every transcript notice only the
 * segments after the last one held (live captions); when the server holds other segments than
 * expected (a new upload, a removal) the whole transcript is read again.
 */
export function useTranscript(meetingId: string, provider: WebsocketProvider): TranscriptState {
  const [transcript, setTranscript] = useState<Transcript>();
  const [error, setError] = useState<string>();
  const held = useRef<Transcript | undefined>(undefined);
  const running = useRef<Promise<void>>(Promise.resolve());

  const keep = useCallback((next: Transcript) => {
    held.current = next;
    setTranscript(next);
    setError(undefined);
  }, []);

  const refresh = useCallback(() => {
    // One read at a time, so two notices in a row cannot append the same captions twice.
    running.current = running.current.then(async () => {
      try {
        const current = held.current;
        const last = current?.segments[current.segments.length - 1]?.seq ?? 0;
        const newer = await transcriptApi.read(meetingId, current ? last : 0);
        const sameFile = current && current.file?.uploadedAt === newer.file?.uploadedAt;
        if (current && sameFile && current.segments.length + newer.segments.length === newer.count) {
          keep({ ...newer, segments: [...current.segments, ...newer.segments] });
        } else {
          keep(current ? await transcriptApi.read(meetingId) : newer);
        }
      } catch (failure) {
        setError((failure as Error).message);
      }
    });
  }, [meetingId, keep]);

  useEffect(() => {
    held.current = undefined;
    refresh();
  }, [refresh]);
  useTranscriptNotices(provider, refresh);
  return { transcript, error, refresh, setTranscript: keep };
}

import { useMemo } from "react";
import { alignSegments, resolveSpeakers, type LiveParticipant, type SpeakerMatch, type StoredSegment, type Transcript } from "@rapporteur/shared";
import type { AgendaHeading } from "../live/outline/list-agenda-headings";
import type { ItemTimes } from "@rapporteur/shared";

export interface AlignedTranscript {
  segments: StoredSegment[];
  /** The agenda item of each segment (same index), or null. */
  items: Array<string | null>;
  speakers: Map<string, SpeakerMatch>;
  participantsById: Map<string, LiveParticipant>;
}

/** The transcript aligned to the live agenda headings and resolved against the live participant list. */
export function useAlignedTranscript(
  transcript: Transcript | undefined,
  headings: AgendaHeading[],
  itemTimes: ItemTimes,
  meetingStartsAt: string | undefined,
  participants: LiveParticipant[],
): AlignedTranscript {
  const segments = transcript?.segments;
  const settings = transcript?.settings;
  const items = useMemo(() => {
    if (!segments || !settings || !meetingStartsAt) return [];
    const agenda = headings.map((heading) => ({ id: heading.agendaItemId }));
    return alignSegments({ segments, agenda, itemTimes, meetingStartsAt, offsetMs: settings.offsetMs, boundaries: settings.boundaries });
  }, [segments, settings, headings, itemTimes, meetingStartsAt]);
  const speakers = useMemo(() => {
    const written = [...new Set((segments ?? []).map((segment) => segment.speaker))];
    return resolveSpeakers(written, participants, settings?.speakers ?? {});
  }, [segments, participants, settings]);
  const participantsById = useMemo(() => new Map(participants.map((participant) => [participant.id, participant])), [participants]);
  return { segments: segments ?? [], items, speakers, participantsById };
}

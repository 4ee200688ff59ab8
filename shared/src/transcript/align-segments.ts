import type { AgendaItem } from "../meeting/meeting.js";
import type { ItemTimes } from "../document/summary-export.js";
import type { TranscriptBoundary, TranscriptSegment } from "./transcript.js";

/** An agenda item or sub-item in agenda order. */
export interface AgendaEntry {
  id: string;
  title: string;
  depth: 0 | 1;
}

export function flattenAgenda(agenda: readonly AgendaItem[]): AgendaEntry[] {
  return agenda.flatMap((item) => [
    { id: item.id, title: item.title, depth: 0 as const },
    ...item.children.map((child) => ({ id: child.id, title: child.title, depth: 1 as const })),
  ]);
}

export interface AlignmentInput {
  segments: readonly Pick<TranscriptSegment, "start">[];
  agenda: readonly Pick<AgendaEntry, "id">[];
  /** "Discuss now" times (ISO, UTC) from the session map. */
  itemTimes: ItemTimes;
  meetingStartsAt: string;
  /** Transcript time + offsetMs = time since the meeting's start (positive: the recording started late). */
  offsetMs: number;
  boundaries: readonly TranscriptBoundary[];
}

interface ItemStart {
  id: string;
  at: number;
  /** Only a recorded end closes an item; a hand-placed start runs to the next start. */
  end?: number;
}

/**
 * The agenda item each segment belongs to (by index; null before the first item starts or
 * after an item's recorded end). An item starts at its hand-placed boundary when it has one,
 * else at its recorded "Discuss now" time moved into transcript time. Sorting once, then one
 * walk: O((n + k) log(n + k)).
 */
export function alignSegments(input: AlignmentInput): Array<string | null> {
  const starts = itemStarts(input).sort((a, b) => a.at - b.at);
  const order = input.segments.map((segment, index) => ({ start: segment.start, index })).sort((a, b) => a.start - b.start);
  const assigned: Array<string | null> = new Array<string | null>(input.segments.length).fill(null);
  let current = -1;
  for (const { start, index } of order) {
    while (current + 1 < starts.length && starts[current + 1]!.at <= start) current += 1;
    const item = starts[current];
    if (item && (item.end === undefined || start < item.end)) assigned[index] = item.id;
  }
  return assigned;
}

function itemStarts({ agenda, itemTimes, meetingStartsAt, offsetMs, boundaries }: AlignmentInput): ItemStart[] {
  const meetingStart = Date.parse(meetingStartsAt);
  const manual = new Map(boundaries.map((boundary) => [boundary.agendaItemId, boundary.start]));
  const toTranscriptTime = (iso: string) => Date.parse(iso) - meetingStart - offsetMs;
  const starts: ItemStart[] = [];
  for (const { id } of agenda) {
    const placed = manual.get(id);
    const recorded = itemTimes[id];
    if (placed !== undefined) starts.push({ id, at: placed });
    else if (recorded && Number.isFinite(toTranscriptTime(recorded.startedAt))) {
      const end = recorded.endedAt ? toTranscriptTime(recorded.endedAt) : Number.NaN;
      starts.push({ id, at: toTranscriptTime(recorded.startedAt), ...(Number.isFinite(end) ? { end } : {}) });
    }
  }
  return starts;
}

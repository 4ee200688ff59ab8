import type { LinkVersions } from "@rapporteur/shared/review/meeting-links";
import type { Role } from "@rapporteur/shared/review/roles";
import type { LinkState } from "./document-store.js";

/** The columns of `meetings` that hold the link state, in SQL both SQLite and Postgres read. */
export const LINK_STATE_COLUMNS =
  "chair_link_version AS chair, note_taker_link_version AS note_taker, viewer_link_version AS viewer, next_meeting_id";

/** `SET` clause that adds 1 to the version of each role flagged (parameters: chair, noteTaker, viewer flags). */
export function bumpLinkVersionsSql(placeholders: [string, string, string]): string {
  const [chair, noteTaker, viewer] = placeholders;
  return `chair_link_version = chair_link_version + ${chair}, note_taker_link_version = note_taker_link_version + ${noteTaker},
    viewer_link_version = viewer_link_version + ${viewer}`;
}

/** 1 for each role to bump, 0 for the others, in the order of `bumpLinkVersionsSql`. */
export function bumpFlags(roles: readonly Role[]): [number, number, number] {
  return [roles.includes("chair") ? 1 : 0, roles.includes("noteTaker") ? 1 : 0, roles.includes("viewer") ? 1 : 0];
}

export interface LinkStateRow {
  chair: number;
  note_taker: number;
  viewer: number;
  next_meeting_id?: string | null;
}

export function readLinkVersions(row: LinkStateRow): LinkVersions {
  return { chair: Number(row.chair), noteTaker: Number(row.note_taker), viewer: Number(row.viewer) };
}

export function readLinkState(row: LinkStateRow): LinkState {
  return { versions: readLinkVersions(row), nextMeetingId: row.next_meeting_id ?? null };
}

/** Websocket path prefix: a meeting's room is `${COLLAB_PATH}/${meetingId}`. */
export const COLLAB_PATH = "/collab";

/** Names of the shared types inside a meeting's Y.Doc. */
export const YDOC = {
  /** The report body: Tiptap's Collaboration default field. */
  body: "default",
  /** Y.Array of Y.Map participants (live attendance), source of the participants annex. */
  participants: "participants",
  /** Y.Map of meeting state kept live during the call (now discussing, item times). */
  session: "session",
  /** Y.Map of comment id → comment (anchored with Yjs relative positions). */
  comments: "comments",
} as const;

/** y-websocket message types: 0 and 1 are the standard ones, 100+ are Rapporteur's extension. */
export const MessageType = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
  /** Client → server, once: "send me the status messages". Stock clients never send it. */
  subscribeStatus: 100,
  /** Server → subscribed client: the state vector the server has stored. */
  storedState: 101,
  /** Server → subscribed client: JSON notice (read-only, locked…). */
  notice: 102,
} as const;

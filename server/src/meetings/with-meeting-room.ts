import type { Room } from "../collab/room.js";
import type { RoomRegistry } from "../collab/room-registry.js";
import { notFound } from "../http/http-error.js";

/**
 * Runs a REST action (approval, restore, corrected details) on the meeting's room, loading it if
 * needed, and lets the room go again afterwards, also when the action fails: a room nobody joined
 * is unloaded after a while instead of staying in memory.
 */
export async function withMeetingRoom<T>(rooms: RoomRegistry, meetingId: string, work: (room: Room) => Promise<T>): Promise<T> {
  const room = await rooms.getOrLoad(meetingId);
  if (!room) throw notFound("meeting");
  try {
    return await work(room);
  } finally {
    rooms.releaseIfIdle(room);
  }
}

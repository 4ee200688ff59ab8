import type { Room } from "../collab/room.js";
import type { RoomRegistry } from "../collab/room-registry.js";
import { notFound } from "../errors.js";

/**
 * Runs a REST action (approval, restore, corrected details) on the meeting's room through its
 * write gate: one such action per meeting at a time on every instance, on a room that has read
 * everything stored. The room is let go afterwards, also when the action fails.
 */
export async function withMeetingRoom<T>(rooms: RoomRegistry, meetingId: string, work: (room: Room) => Promise<T>): Promise<T> {
  let found = false;
  const result = await rooms.withWriteGate(meetingId, (room) => {
    found = true;
    return work(room);
  });
  if (!found) throw notFound("meeting");
  return result as T;
}

/**
 * Preloaded into a server process by HOT2 (never part of a production start): once an update
 * holding KILL_AFTER_COMMIT_MARKER is committed, the process SIGKILLs itself before the room
 * gets to broadcast it, the worst moment for a crash.
 */
import { SqliteDocumentStore } from "../../server/src/store/sqlite-document-store.js";

const marker = Buffer.from(process.env.KILL_AFTER_COMMIT_MARKER ?? "");
const append = SqliteDocumentStore.prototype.appendUpdate;

SqliteDocumentStore.prototype.appendUpdate = function appendThenCrash(meetingId: string, update: Uint8Array) {
  const stored = append.call(this, meetingId, update);
  if (marker.length === 0 || !Buffer.from(update.buffer, update.byteOffset, update.byteLength).includes(marker)) return stored;
  return stored.then((seq) => {
    process.kill(process.pid, "SIGKILL");
    return seq;
  });
};

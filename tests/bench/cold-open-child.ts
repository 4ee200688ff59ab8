// Opens one meeting in a fresh process, as the first connection after a restart does, and
// prints how long it took as one JSON line. Runs the built server (dist/), like `npm start`.
import { performance } from "node:perf_hooks";
import { createLogger, loadConfig, RoomRegistry, SqliteDocumentStore } from "@rapporteur/server";

const [dataDir, meetingId] = process.argv.slice(2) as [string, string];
const started = performance.now();
const config = loadConfig({});
const store = new SqliteDocumentStore(dataDir, { writer: config.SQLITE_WRITER });
// The store's thread starts with the process, long before a first room opens: not part of the load.
await store.getMeeting("no-such-meeting");
const opened = performance.now();
// CPU time of this process too: on a shared machine the wall clock also counts other people's work.
const cpuBefore = process.cpuUsage();
const rooms = new RoomRegistry({
  store, logger: createLogger("silent"), compactAfterUpdates: config.COMPACT_AFTER_UPDATES, unloadAfterMs: 60_000, autoVersionMs: 300_000, onActivity: () => {},
});
const room = await rooms.getOrLoad(meetingId);
const loaded = performance.now();
const cpu = process.cpuUsage(cpuBefore);
if (!room) throw new Error("meeting not found");
const stored = await store.loadDocument(meetingId);
console.log(JSON.stringify({ openMs: opened - started, loadMs: loaded - opened, loadCpuMs: (cpu.user + cpu.system) / 1000, logUpdates: stored!.updates.length, snapshotBytes: stored!.snapshot.byteLength }));
await room.destroy();
await store.close();

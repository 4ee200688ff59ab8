import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import * as Y from "yjs";
import { loadConfig, SqliteDocumentStore } from "@rapporteur/server";
import { heading, median, ms, report } from "./bench-report.js";
import { longHistoryMeeting, typeLongHistory } from "./long-history.js";
import { makeTempDir } from "./servers-under-test.js";

const HISTORY = 150_000;
/** Compaction runs every COMPACT_AFTER_UPDATES; just before it the log is longest. */
const LOG_AT_WORST = loadConfig({}).COMPACT_AFTER_UPDATES - 1;
const childScript = fileURLToPath(new URL("./cold-open-child.ts", import.meta.url));

/** A data folder holding one meeting as the server leaves it after `HISTORY` keystrokes. */
async function storeLongHistory(): Promise<string> {
  const dataDir = makeTempDir();
  const { seed, updates } = typeLongHistory(HISTORY);
  const compacted = updates.length - LOG_AT_WORST;
  const store = new SqliteDocumentStore(dataDir);
  store.createMeeting(longHistoryMeeting, seed);
  // The older keystrokes as one update (Y.mergeUpdates is quadratic in the number of updates), folded into the snapshot.
  const doc = new Y.Doc();
  Y.applyUpdate(doc, seed);
  for (const update of updates.slice(0, compacted)) Y.applyUpdate(doc, update);
  const seq = await store.appendUpdate(longHistoryMeeting.id, Y.encodeStateAsUpdate(doc));
  doc.destroy();
  await store.compactDocument(longHistoryMeeting.id, seq);
  await Promise.all(updates.slice(compacted).map((update) => store.appendUpdate(longHistoryMeeting.id, update)));
  store.close();
  return dataDir;
}

/** Opening a meeting with a long history in a fresh process: store open, then meeting + document load. */
export async function benchColdOpen(): Promise<void> {
  heading(`Cold open (target ≤ 50 ms): ${HISTORY.toLocaleString("en")} keystrokes, fresh process each time`);
  const dataDir = await storeLongHistory();
  const runs: Array<{ openMs: number; loadMs: number; loadCpuMs: number; logUpdates: number; snapshotBytes: number }> = [];
  for (let i = 0; i < 5; i++) {
    const output = execFileSync(process.execPath, ["--import", "tsx", childScript, dataDir, longHistoryMeeting.id], { encoding: "utf8" });
    runs.push(JSON.parse(output.trim().split("\n").pop()!));
  }
  const last = runs[runs.length - 1]!;
  report("stored state", `snapshot ${(last.snapshotBytes / 1024).toFixed(0)} KiB + ${last.logUpdates} updates in the log`);
  report("open the SQLite store", `median ${ms(median(runs.map((run) => run.openMs)))} ms`);
  report("load the meeting's room (server time)", `median ${ms(median(runs.map((run) => run.loadMs)))} ms (${runs.map((run) => ms(run.loadMs)).join(", ")})`);
  report("  of which CPU time (what a busy machine adds is not)", `median ${ms(median(runs.map((run) => run.loadCpuMs)))} ms`);
  await benchCompaction(dataDir);
  fs.rmSync(dataDir, { recursive: true, force: true });
}

/**
 * Folding that log into that snapshot: its whole time, and the longest the event loop (which
 * serves every meeting's keystrokes) was held meanwhile; the merge itself runs in a worker thread.
 */
async function benchCompaction(dataDir: string): Promise<void> {
  const store = new SqliteDocumentStore(dataDir, { writer: loadConfig({}).SQLITE_WRITER });
  // One update first: starts the merge worker, whose start-up is not what is measured.
  const stored = (await store.loadDocument(longHistoryMeeting.id))!;
  await store.compactDocument(longHistoryMeeting.id, stored.lastSeq - stored.updates.length + 1);
  const loop = monitorEventLoopDelay({ resolution: 1 });
  loop.enable();
  const started = performance.now();
  const folded = await store.compactDocument(longHistoryMeeting.id, Number.MAX_SAFE_INTEGER);
  const wallMs = performance.now() - started;
  loop.disable();
  report(`compaction of that log (${folded} updates)`, `${ms(wallMs)} ms in all; event loop held at most ${ms(loop.max / 1e6)} ms`);
  await store.close();
}

import fs from "node:fs";
import { performance } from "node:perf_hooks";
import { SqliteDocumentStore } from "@rapporteur/server";
import { heading, report } from "./bench-report.js";
import { longHistoryMeeting, typeLongHistory } from "./long-history.js";
import { makeTempDir } from "./servers-under-test.js";

/** The store's append path alone: what one update costs the event loop, fsync included. */
export function benchStoreAppend(count = 2000): void {
  heading("Store: appendUpdate (SQLite, WAL, synchronous=FULL)");
  const dataDir = makeTempDir();
  const { seed, updates } = typeLongHistory(count);
  const store = new SqliteDocumentStore(dataDir);
  store.createMeeting(longHistoryMeeting, seed);
  const started = performance.now();
  for (const update of updates) store.appendUpdate(longHistoryMeeting.id, update);
  const seconds = (performance.now() - started) / 1000;
  report("appendUpdate, one at a time", `${Math.round(count / seconds)} updates/s, ${((seconds / count) * 1e6).toFixed(0)} µs each`);
  store.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

import fs from "node:fs";
import { performance } from "node:perf_hooks";
import { SqliteDocumentStore } from "@rapporteur/server";
import { heading, report } from "./bench-report.js";
import { longHistoryMeeting, typeLongHistory } from "./long-history.js";
import { makeTempDir } from "./servers-under-test.js";

/** The store's append path alone: one commit per update, then group commit as a busy server batches. */
export async function benchStoreAppend(count = 2000): Promise<void> {
  heading("Store: appendUpdate (SQLite, WAL, synchronous=FULL)");
  const dataDir = makeTempDir();
  const { seed, updates } = typeLongHistory(count);
  const store = new SqliteDocumentStore(dataDir);
  store.createMeeting(longHistoryMeeting, seed);
  const one = updates.slice(0, count / 4);
  let started = performance.now();
  for (const update of one) await store.appendUpdate(longHistoryMeeting.id, update);
  let seconds = (performance.now() - started) / 1000;
  report("appendUpdate awaited one by one (a commit each)", `${Math.round(one.length / seconds)} updates/s, ${((seconds / one.length) * 1e6).toFixed(0)} µs each`);
  const batched = updates.slice(count / 4);
  started = performance.now();
  for (let i = 0; i < batched.length; i += 50) await Promise.all(batched.slice(i, i + 50).map((update) => store.appendUpdate(longHistoryMeeting.id, update)));
  seconds = (performance.now() - started) / 1000;
  report("appendUpdate, 50 per event-loop turn (group commit)", `${Math.round(batched.length / seconds)} updates/s, ${((seconds / batched.length) * 1e6).toFixed(0)} µs each`);
  store.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

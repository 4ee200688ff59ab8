import fs from "node:fs";
import { performance } from "node:perf_hooks";
import * as Y from "yjs";
import { SqliteDocumentStore } from "@rapporteur/server";
import { heading, report } from "./bench-report.js";
import { longHistoryMeeting, typeLongHistory } from "./long-history.js";
import { makeTempDir } from "./servers-under-test.js";

const BIG_SNAPSHOT_BYTES = 2 * 1024 * 1024;

/** A seed of about `bytes`: one long paragraph, as a meeting whose log was folded into its snapshot. */
function bigSeed(bytes: number): Uint8Array {
  const doc = new Y.Doc();
  doc.getXmlFragment("default").insert(0, [new Y.XmlText("Anriette suggested a review. ".repeat(Math.ceil(bytes / 29)))]);
  return Y.encodeStateAsUpdate(doc);
}

/** Appends `updates` to `meetingId`, `perTurn` at a time (1: each awaited, a commit each), and reports the rate. */
async function appendRate(store: SqliteDocumentStore, label: string, meetingId: string, updates: Uint8Array[], perTurn: number): Promise<void> {
  const started = performance.now();
  for (let i = 0; i < updates.length; i += perTurn) {
    await Promise.all(updates.slice(i, i + perTurn).map((update) => store.appendUpdate(meetingId, update)));
  }
  const seconds = (performance.now() - started) / 1000;
  report(label, `${Math.round(updates.length / seconds)} updates/s, ${((seconds / updates.length) * 1e6).toFixed(0)} µs each`);
}

/**
 * The store's append path alone: one commit per update, then group commit as a busy server
 * batches, then the same to a meeting whose snapshot is large (an append must not cost more
 * for it: the snapshot is kept apart from the row each append updates).
 */
export async function benchStoreAppend(count = 2000): Promise<void> {
  heading("Store: appendUpdate (SQLite, WAL, synchronous=FULL)");
  const dataDir = makeTempDir();
  const { seed, updates } = typeLongHistory(count);
  const store = new SqliteDocumentStore(dataDir);
  store.createMeeting(longHistoryMeeting, seed);
  const big = { ...longHistoryMeeting, id: "bigsnapshot".padEnd(22, "x") };
  const bigSnapshot = bigSeed(BIG_SNAPSHOT_BYTES);
  store.createMeeting(big, bigSnapshot);
  const quarter = count / 4;
  await appendRate(store, "appendUpdate awaited one by one (a commit each)", longHistoryMeeting.id, updates.slice(0, quarter), 1);
  await appendRate(store, "appendUpdate, 50 per event-loop turn (group commit)", longHistoryMeeting.id, updates.slice(quarter, 2 * quarter), 50);
  const size = `${(bigSnapshot.length / 1024 / 1024).toFixed(1)} MB`;
  await appendRate(store, `appendUpdate awaited one by one, snapshot of ${size}`, big.id, updates.slice(2 * quarter, 3 * quarter), 1);
  await appendRate(store, `appendUpdate, 50 per turn, snapshot of ${size}`, big.id, updates.slice(3 * quarter), 50);
  store.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

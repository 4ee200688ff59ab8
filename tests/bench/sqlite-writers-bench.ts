import fs from "node:fs";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import { SqliteDocumentStore, type SqliteWriter } from "@rapporteur/server";
import { heading, ms, quantile, table } from "./bench-report.js";
import { longHistoryMeeting, typeLongHistory } from "./long-history.js";
import { makeTempDir } from "./servers-under-test.js";

const MEETINGS = 200;
const SECONDS = 5;
/**
 * The race's store rates (20×5@1 … 400×5@1): at the low ones a batch is one update, so this
 * append latency (one commit and its fsync) is a floor under Rapporteur's end-to-end latency
 * there, which an in-memory reference server does not pay.
 */
const RATES = [100, 500, 1000, 2000, 4000];

interface WriterRun {
  latencies: Float64Array;
  busy: number;
  loopDelayP99: number;
  cpu: number;
}

/** Appends at `rate` per second, spread over many meetings, until every one has answered. */
async function driveAppends(store: SqliteDocumentStore, ids: string[], updates: Uint8Array[], rate: number): Promise<WriterRun> {
  const latencies: number[] = [];
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  const elu = performance.eventLoopUtilization();
  const cpu = process.cpuUsage();
  const started = performance.now();
  const answers: Promise<unknown>[] = [];
  await new Promise<void>((resolve) => {
    const tick = setInterval(() => {
      const elapsed = performance.now() - started;
      if (elapsed > SECONDS * 1000) return resolve(clearInterval(tick));
      while (answers.length < Math.floor((elapsed / 1000) * rate)) {
        const sent = performance.now();
        const index = answers.length;
        answers.push(Promise.resolve(store.appendUpdate(ids[index % ids.length]!, updates[index % updates.length]!)).then(() => latencies.push(performance.now() - sent)));
      }
    }, 1);
  });
  await Promise.all(answers);
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  delay.disable();
  return {
    latencies: Float64Array.from(latencies).sort(),
    busy: performance.eventLoopUtilization(elu).utilization,
    loopDelayP99: delay.percentile(99) / 1e6,
    cpu: (used.user + used.system) / 1000 / wall,
  };
}

async function runWriter(writer: SqliteWriter, rate: number, updates: Uint8Array[], seed: Uint8Array): Promise<string[]> {
  const dataDir = makeTempDir();
  const store = new SqliteDocumentStore(dataDir, { writer });
  const ids = Array.from({ length: MEETINGS }, (_, index) => `writers${index}`.padEnd(22, "x"));
  for (const id of ids) store.createMeeting({ ...longHistoryMeeting, id }, seed);
  await store.appendUpdate(ids[0]!, updates[0]!);
  const run = await driveAppends(store, ids, updates, rate);
  await store.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  const percent = (share: number) => `${(share * 100).toFixed(0)}%`;
  return [`${rate}/s`, writer, ms(quantile(run.latencies, 0.5)), ms(quantile(run.latencies, 0.99)), percent(run.busy), ms(run.loopDelayP99), percent(run.cpu)];
}

/**
 * The two SQLite writers (SQLITE_WRITER) side by side in one run, alternating: durable-append
 * latency, how much of the event loop the commits take, and the process's CPU.
 */
export async function benchSqliteWriters(passes: number): Promise<void> {
  heading(`SQLite writers: appends over ${MEETINGS} meetings, ${SECONDS} s per run (SQLITE_WRITER)`);
  const { seed, updates } = typeLongHistory(500);
  const rows: string[][] = [];
  for (let pass = 0; pass < passes; pass++) {
    for (const rate of RATES) {
      const writers: SqliteWriter[] = pass % 2 === 0 ? ["event-loop", "thread"] : ["thread", "event-loop"];
      for (const writer of writers) rows.push(await runWriter(writer, rate, updates, seed));
    }
  }
  table(["rate", "writer", "append p50 ms", "append p99 ms", "event loop busy", "loop delay p99 ms", "CPU"], rows);
}

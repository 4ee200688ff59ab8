// `npm run bench`: Rapporteur against the reference server in the same run, plus the hot paths.
// Environment: BENCH_SECONDS (per load, default 10), BENCH_PASSES (default 1),
// BENCH_LOADS (e.g. "200x5@1,400x5@1"), BENCH_GENERATORS (load generator processes),
// BENCH_ONLY (comma-separated section names, as below), BENCH_RAPPORTEUR_ENV (KEY=VALUE,… for the
// Rapporteur under test in the race, e.g. SQLITE_WRITER=event-loop, or
// LD_PRELOAD=/usr/lib/x86_64-linux-gnu/libeatmydata.so to see what fsync costs), BENCH_NODE_ARGS
// (Node flags for that server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") with
// BENCH_STOP_SIGNAL=TERM (stop it gracefully, so a profile is written).
import os from "node:os";
import { heading, report } from "./bench-report.js";
import { readBenchOptions, type BenchOptions } from "./bench-options.js";
import { benchColdOpen } from "./cold-open-bench.js";
import { benchExports } from "./bench-exports.js";
import { benchTranscriptParse } from "./bench-transcript-parse.js";
import { benchParseScaling } from "./parse-scaling.js";
import { raceServers } from "./race-servers.js";
import { buildServer } from "./servers-under-test.js";
import { benchStoreAppend } from "./store-append-bench.js";
import { benchSqliteWriters } from "./sqlite-writers-bench.js";
import { benchCrossInstance } from "./cross-instance-bench.js";
import { benchClient } from "./client-bench.js";

/**
 * The report's sections, in order. Each is one module of this folder; a new measurement (the
 * client's bundle and navigation figures, say) is one more entry here.
 */
const SECTIONS: Record<string, (options: BenchOptions) => void | Promise<void>> = {
  store: () => benchStoreAppend(),
  "sqlite-writers": (options) => benchSqliteWriters(options.passes),
  "cold-open": () => benchColdOpen(),
  exports: () => {
    heading("Exports (targets: PDF ≤ 200 ms, Word ≤ 60 ms warm)");
    return benchExports(report);
  },
  transcript: () => {
    heading("Transcript parsing");
    benchTranscriptParse(report);
  },
  parse: () => {
    heading("Parsers on long runs of special characters (linear: time(2N)/time(N) ≈ 2)");
    benchParseScaling(report);
  },
  race: (options) => raceServers(options),
  "cross-instance": () => benchCrossInstance(),
  client: () => benchClient(),
};

const loadAverage = () => os.loadavg().map((load) => load.toFixed(2)).join(" ");
const options = readBenchOptions(process.env, Object.keys(SECTIONS));
console.log(`# Rapporteur bench, ${new Date().toISOString()}`);
console.log(`${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, Node ${process.version}, load average ${loadAverage()}`);
buildServer();
for (const [name, run] of Object.entries(SECTIONS)) {
  if (options.sections.has(name)) await run(options);
}
heading("done");
console.log(`load average ${loadAverage()}`);
// Every section closes what it opened; exit anyway, so a stray timer can never keep the bench alive.
process.exit(0);

import { fork, type ChildProcess } from "node:child_process";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { heading, median, mib, ms, quantile, table } from "./bench-report.js";
import type { GeneratorReply, GeneratorResult, GeneratorSetup } from "./generator-protocol.js";
import { loadLabel, socketsOf, type LoadProfile } from "./load-profile.js";
import type { RapporteurProcess } from "./bench-options.js";
import { ProcessMeter } from "./process-meter.js";
import { startRapporteur, startReference, type ServerUnderTest } from "./servers-under-test.js";

export interface RaceOptions {
  loads: LoadProfile[];
  durationMs: number;
  passes: number;
  /** Generator processes per run; by default one up to 500 sockets, two above. */
  generators: number | undefined;
  /** Extra environment for Rapporteur (BENCH_RAPPORTEUR_ENV), e.g. SQLITE_WRITER=event-loop. */
  rapporteurEnv: Record<string, string>;
  rapporteurProcess: RapporteurProcess;
}

interface RunResult {
  server: string;
  p50: number;
  p99: number;
  delivered: number;
  expected: number;
  peakRssBytes: number;
  serverCpuPercent: number;
  generatorCpu: number[];
  generatorLoopDelayP99: number[];
  closedEarly: string[];
  /** The machine's 1-minute load average when the run ended: the machine is shared. */
  loadAverage: number;
}

/** A generator whose event loop lags more than this measured itself as much as the server. */
const SATURATED_LOOP_MS = 100;
const DRAIN_MS = 10_000;
const generatorScript = fileURLToPath(new URL("./load-generator.ts", import.meta.url));

class Generator {
  private readonly child: ChildProcess = fork(generatorScript, [], { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
  private readonly replies: GeneratorReply[] = [];
  private waiter: (() => void) | undefined;

  constructor() {
    this.child.on("message", (message: GeneratorReply) => {
      this.replies.push(message);
      this.waiter?.();
    });
    this.child.on("exit", () => this.waiter?.());
  }

  async next<K extends GeneratorReply["kind"]>(kind: K): Promise<Extract<GeneratorReply, { kind: K }>> {
    for (;;) {
      const reply = this.replies.shift();
      if (reply?.kind === "failed") throw new Error(`generator: ${reply.error}`);
      if (reply?.kind === kind) return reply as Extract<GeneratorReply, { kind: K }>;
      if (reply) continue;
      if (this.child.exitCode !== null) throw new Error(`generator exited with ${this.child.exitCode}`);
      await new Promise<void>((resolve) => (this.waiter = resolve));
    }
  }

  send(message: GeneratorSetup | { kind: "start" } | { kind: "stop" }): void {
    this.child.send(message);
  }

  stopped(): Promise<void> {
    return new Promise((resolve) => {
      if (this.child.exitCode !== null) return resolve();
      this.child.once("exit", () => resolve());
      this.send({ kind: "stop" });
    });
  }
}

async function runLoad(server: ServerUnderTest, load: LoadProfile, options: RaceOptions): Promise<RunResult> {
  const urls = await server.prepareDocuments(load.docs);
  const count = options.generators ?? (socketsOf(load) > 500 ? 2 : 1);
  const generators = Array.from({ length: count }, () => new Generator());
  try {
    generators.forEach((generator, index) => generator.send({
      kind: "setup",
      urls: urls.filter((_, docIndex) => docIndex % count === index),
      clientsPerDoc: load.clientsPerDoc,
      opsPerSecond: load.opsPerSecond,
      durationMs: options.durationMs,
      drainMs: DRAIN_MS,
    }));
    await Promise.all(generators.map((generator) => generator.next("ready")));
    const meter = new ProcessMeter(server.pid);
    meter.start();
    for (const generator of generators) generator.send({ kind: "start" });
    const results: GeneratorResult[] = await Promise.all(generators.map((generator) => generator.next("result")));
    const usage = meter.stop();
    const latencies = Float64Array.from(results.flatMap((result) => result.latencies)).sort();
    return {
      server: server.name,
      p50: quantile(latencies, 0.5),
      p99: quantile(latencies, 0.99),
      delivered: latencies.length,
      expected: results.reduce((sum, result) => sum + result.expected, 0),
      peakRssBytes: usage.peakRssBytes,
      serverCpuPercent: usage.cpuPercent,
      generatorCpu: results.map((result) => result.cpuPercent),
      generatorLoopDelayP99: results.map((result) => result.loopDelayP99Ms),
      closedEarly: results.flatMap((result) => result.closedEarly),
      loadAverage: os.loadavg()[0]!,
    };
  } finally {
    await Promise.all(generators.map((generator) => generator.stopped()));
  }
}

async function runOn(start: () => Promise<ServerUnderTest>, load: LoadProfile, options: RaceOptions): Promise<RunResult> {
  const server = await start();
  try {
    return await runLoad(server, load, options);
  } finally {
    await server.stop();
  }
}

const row = (load: LoadProfile, result: RunResult): string[] => [
  loadLabel(load),
  result.server,
  ms(result.p50),
  ms(result.p99),
  `${result.delivered}/${result.expected}`,
  mib(result.peakRssBytes),
  result.serverCpuPercent.toFixed(0),
  result.generatorCpu.map((cpu) => cpu.toFixed(0)).join("+"),
  result.generatorLoopDelayP99.map((delay) => delay.toFixed(0)).join("+"),
  result.closedEarly.length === 0 ? "0" : `${result.closedEarly.length} (${[...new Set(result.closedEarly)].slice(0, 2).join("; ")})`,
  result.loadAverage.toFixed(1),
];

const saturated = (result: RunResult) => result.generatorLoopDelayP99.some((delay) => delay > SATURATED_LOOP_MS);

/**
 * Rapporteur (SQLite, durable) against the stock y-websocket server in memory, in the same run,
 * each load on fresh processes, the order alternating per pass so neither always goes first.
 */
export async function raceServers(options: RaceOptions): Promise<void> {
  const settings = Object.entries(options.rapporteurEnv).map(([key, value]) => `${key}=${value}`).join(" ");
  heading(`Rapporteur${settings ? ` (${settings})` : ""} vs y-websocket, ${options.durationMs / 1000} s per run, ${options.passes} pass(es)`);
  const rows: string[][] = [];
  const ratios = new Map<string, number[]>();
  let anySaturated = false;
  for (let pass = 0; pass < options.passes; pass++) {
    for (const [index, load] of options.loads.entries()) {
      const starts = [startReference, () => startRapporteur(options.rapporteurEnv, options.rapporteurProcess)];
      if ((pass + index) % 2 === 1) starts.reverse();
      const results: RunResult[] = [];
      for (const start of starts) {
        const result = await runOn(start, load, options);
        results.push(result);
        anySaturated ||= saturated(result);
        rows.push(row(load, result));
        console.log(`  ${row(load, result).join("  ")}`);
      }
      const [reference, rapporteur] = results[0]!.server === "Rapporteur" ? [results[1]!, results[0]!] : [results[0]!, results[1]!];
      const ratio = rapporteur.p99 / reference.p99;
      ratios.set(loadLabel(load), [...(ratios.get(loadLabel(load)) ?? []), ratio]);
      rows.push([loadLabel(load), "p99 ratio Rapporteur / reference", "", ratio.toFixed(2), "", "", "", "", "", "", ""]);
    }
  }
  console.log("");
  table(["load", "server", "p50 ms", "p99 ms", "delivered/expected", "RSS MiB", "server CPU %", "generator CPU %", "gen. loop p99 ms", "closed early", "load avg"], rows);
  if (anySaturated) {
    console.log(`\nA generator's event loop lagged over ${SATURATED_LOOP_MS} ms (gen. loop p99): its latencies include its own delay. ` +
      "Run on a quieter machine, or with more generators (BENCH_GENERATORS).");
  }
  if (options.passes > 1) {
    console.log("");
    table(["load", "median p99 ratio", "ratios"], [...ratios].map(([label, values]) => [label, median(values).toFixed(2), values.map((value) => value.toFixed(2)).join(", ")]));
  }
}

import { DEFAULT_LOADS, parseLoads, type LoadProfile } from "./load-profile.js";

/** What `npm run bench` runs, from the environment; the defaults take a few minutes. */
export interface BenchOptions {
  /** Sections to run (BENCH_ONLY), by the names run-benchmarks.ts gives them. */
  sections: Set<string>;
  loads: LoadProfile[];
  durationMs: number;
  passes: number;
  generators: number | undefined;
  /** Extra environment for the Rapporteur under test (BENCH_RAPPORTEUR_ENV="SQLITE_WRITER=event-loop,…"), to compare settings. */
  rapporteurEnv: Record<string, string>;
  /** How the Rapporteur under test runs (BENCH_NODE_ARGS, BENCH_STOP_SIGNAL=TERM), e.g. to profile it. */
  rapporteurProcess: RapporteurProcess;
}

export interface RapporteurProcess {
  nodeArgs: string[];
  /** SIGTERM (a drain, so exit-time output such as --cpu-prof is written) instead of SIGKILL. */
  graceful: boolean;
}

function keyValues(name: string, value: string | undefined): Record<string, string> {
  const pairs: Record<string, string> = {};
  for (const pair of (value ?? "").split(",").map((part) => part.trim()).filter(Boolean)) {
    const at = pair.indexOf("=");
    if (at <= 0) throw new Error(`${name}: expected KEY=VALUE pairs separated by commas, got "${pair}"`);
    pairs[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return pairs;
}

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === "") return fallback;
  const parsed = Number(value);
  if (!(parsed > 0)) throw new Error(`${name} must be a positive number, got "${value}"`);
  return parsed;
}

export function readBenchOptions(env: Record<string, string | undefined>, allSections: string[]): BenchOptions {
  const sections = env.BENCH_ONLY ? env.BENCH_ONLY.split(",").map((name) => name.trim()) : allSections;
  for (const name of sections) if (!allSections.includes(name)) throw new Error(`BENCH_ONLY: unknown section "${name}" (${allSections.join(", ")})`);
  return {
    sections: new Set(sections),
    loads: parseLoads(env.BENCH_LOADS || DEFAULT_LOADS),
    durationMs: positive("BENCH_SECONDS", env.BENCH_SECONDS, 10) * 1000,
    passes: Math.round(positive("BENCH_PASSES", env.BENCH_PASSES, 1)),
    rapporteurEnv: keyValues("BENCH_RAPPORTEUR_ENV", env.BENCH_RAPPORTEUR_ENV),
    rapporteurProcess: { nodeArgs: (env.BENCH_NODE_ARGS ?? "").split(" ").filter(Boolean), graceful: env.BENCH_STOP_SIGNAL === "TERM" },
    generators: env.BENCH_GENERATORS ? Math.round(positive("BENCH_GENERATORS", env.BENCH_GENERATORS, 1)) : undefined,
  };
}

import type { Piscina } from "piscina";

export interface WorkerPoolOptions {
  threads: number;
  /** Tasks waiting for a thread beyond this are refused at once (the caller answers 503). */
  maxQueue: number;
  /** Heap of one worker: a runaway task ends that worker, never the server. */
  heapMb: number;
}

/**
 * A piscina pool running `<name>.js` next to `moduleUrl` (or `<name>.ts` when the server runs
 * from source, in tests and `npm run dev`: the worker then needs the parent's TypeScript loader).
 * piscina loads at the first call (callers make it at their first task, not at start-up) and
 * threads end when idle, so a server that never exports or imports a large text holds neither.
 */
export async function createWorkerPool<Task, Result>(moduleUrl: string, name: string, options: WorkerPoolOptions): Promise<Piscina<Task, Result>> {
  const { Piscina } = await import("piscina");
  const source = moduleUrl.endsWith(".ts");
  return new Piscina<Task, Result>({
    filename: new URL(`./${name}.${source ? "ts" : "js"}`, moduleUrl).href,
    execArgv: source ? ["--conditions=source", "--import", "tsx"] : [],
    minThreads: 0,
    maxThreads: options.threads,
    idleTimeout: 60_000,
    maxQueue: options.maxQueue,
    resourceLimits: { maxOldGenerationSizeMb: options.heapMb },
  });
}

/** True for the error piscina rejects with when a task's AbortSignal fired (the worker was stopped). */
export function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === "AbortError";
}

import type { Piscina } from "piscina";
import { workerFromSource } from "./worker-from-source.js";

export interface WorkerPoolOptions {
  threads: number;
  /** Tasks waiting for a thread beyond this are refused at once (the caller answers 503). */
  maxQueue: number;
  /** Heap of one worker: a runaway task ends that worker, never the server. */
  heapMb: number;
}

/**
 * A piscina pool running `<name>.js` next to `moduleUrl` (or, when the server runs from source,
 * in tests and `npm run dev`, a bundle of `<name>.ts`: worker-from-source.ts).
 * piscina loads at the first call (callers make it at their first task, not at start-up) and
 * threads end when idle, so a server that never exports or imports a large text holds neither.
 */
async function createWorkerPool<Task, Result>(moduleUrl: string, name: string, options: WorkerPoolOptions): Promise<Piscina<Task, Result>> {
  const { Piscina } = await import("piscina");
  const source = moduleUrl.endsWith(".ts");
  const script = new URL(`./${name}.${source ? "ts" : "js"}`, moduleUrl);
  return new Piscina<Task, Result>({
    filename: (source ? workerFromSource(script) : script).href,
    execArgv: [],
    minThreads: 0,
    maxThreads: options.threads,
    idleTimeout: 60_000,
    maxQueue: options.maxQueue,
    resourceLimits: { maxOldGenerationSizeMb: options.heapMb },
  });
}

/** True for the error piscina rejects with when a task's AbortSignal fired (the worker was stopped). */
function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === "AbortError";
}

/** How a caller words the two refusals of a bounded pool. */
export interface PoolRefusals {
  busy(): Error;
  timeout(): Error;
}

/**
 * Tasks in a worker pool made at the first task, each with a time limit and refused at once when
 * the queue is full: the one mechanism behind PDF/Word rendering and large imports.
 */
export class BoundedWorkerTasks<Task, Result extends { threadId: number }> {
  private pool: Promise<Piscina<Task, Result>> | undefined;
  /** Thread of the last task, for the tests that check it left the main thread. */
  lastThreadId: number | undefined;
  /** Tasks started and not yet finished. */
  running = 0;

  constructor(
    private readonly moduleUrl: string,
    private readonly name: string,
    private readonly options: WorkerPoolOptions & { timeoutMs: number },
  ) {}

  async run(task: Task, refusals: PoolRefusals): Promise<Result> {
    this.pool ??= createWorkerPool<Task, Result>(this.moduleUrl, this.name, this.options);
    const pool = await this.pool;
    if (pool.queueSize >= this.options.maxQueue) throw refusals.busy();
    this.running += 1;
    try {
      const result = await pool.run(task, { signal: AbortSignal.timeout(this.options.timeoutMs) });
      this.lastThreadId = result.threadId;
      return result;
    } catch (error) {
      throw isAbortError(error) ? refusals.timeout() : error;
    } finally {
      this.running -= 1;
    }
  }

  async close(): Promise<void> {
    await (await this.pool)?.destroy();
  }
}

import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

/** A merge worker with nothing to do for this long exits, giving its memory back; the next compaction starts another. */
const IDLE_EXIT_MS = 30_000;

interface Pending {
  resolve(merged: Uint8Array): void;
  reject(error: Error): void;
}

/**
 * Plain JavaScript evaluated in the worker: it loads the server's own Yjs (its CommonJS build,
 * by absolute path, so neither a TypeScript loader nor a second copy of the server's modules
 * is needed) and merges what it is sent.
 */
const workerSource = (yjsPath: string) => `
  const { parentPort } = require("node:worker_threads");
  const Y = require(${JSON.stringify(yjsPath)});
  parentPort.on("message", ({ id, updates }) => {
    try {
      parentPort.postMessage({ id, merged: Y.mergeUpdates(updates) });
    } catch (error) {
      parentPort.postMessage({ id, error: String(error) });
    }
  });`;

let worker: Worker | undefined;
let idleTimer: NodeJS.Timeout | undefined;
let nextId = 0;
const pending = new Map<number, Pending>();

function failAll(error: Error): void {
  for (const waiter of pending.values()) waiter.reject(error);
  pending.clear();
}

function startWorker(): Worker {
  const yjsPath = createRequire(import.meta.url).resolve("yjs");
  const started = new Worker(workerSource(yjsPath), { eval: true });
  started.on("message", ({ id, merged, error }: { id: number; merged?: Uint8Array; error?: string }) => {
    const waiter = pending.get(id);
    pending.delete(id);
    if (error !== undefined || !merged) waiter?.reject(new Error(`merge worker: ${error}`));
    else waiter?.resolve(merged);
    if (pending.size > 0) return;
    // Idle, it keeps no process alive; busy, it does (a script awaiting a compaction must not exit).
    started.unref();
    idleTimer = setTimeout(() => void stopWorker(started), IDLE_EXIT_MS).unref();
  });
  started.on("error", (error) => failAll(error));
  started.on("exit", () => {
    if (worker === started) worker = undefined;
    failAll(new Error("merge worker exited"));
  });
  return started;
}

async function stopWorker(idle: Worker): Promise<void> {
  if (worker !== idle || pending.size > 0) return;
  worker = undefined;
  await idle.terminate();
}

/**
 * `Y.mergeUpdates` in a worker thread. Folding a long meeting's log into its snapshot decodes
 * the whole document (tens of ms, far more on a busy machine); on the event loop that would
 * hold up every meeting's keystrokes.
 */
export function mergeUpdatesOffThread(updates: Uint8Array[]): Promise<Uint8Array> {
  clearTimeout(idleTimer);
  worker ??= startWorker();
  worker.ref();
  const id = nextId++;
  const merged = new Promise<Uint8Array>((resolve, reject) => pending.set(id, { resolve, reject }));
  worker.postMessage({ id, updates });
  return merged;
}

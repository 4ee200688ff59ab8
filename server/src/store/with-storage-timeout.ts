import type { Store } from "./store.js";

/** A storage call that did not answer in time; the caller treats it like any failed call. */
export class StorageTimeoutError extends Error {
  override readonly name = "StorageTimeoutError";
}

/**
 * Every asynchronous store call fails after `timeoutMs` instead of waiting for ever on a busy
 * database or a frozen disk: the room that made it closes with 4500 (clients keep their text
 * and resend it), and every other room goes on. A call that finishes late is harmless: updates
 * are idempotent and the room is reloaded from storage. SQLite's document log is written by a
 * worker thread, so its appends are bounded here too; its synchronous calls (reads, meetings,
 * reviews) cannot be interrupted, and SQLite's busy timeout bounds those instead.
 */
export function withStorageTimeout<T extends Store>(store: T, timeoutMs: number): T {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        const result: unknown = value.apply(target, args);
        return result instanceof Promise ? bounded(result, timeoutMs, String(property)) : result;
      };
    },
  });
}

function bounded<T>(promise: Promise<T>, timeoutMs: number, call: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  let answered = false;
  const watched = promise.then(
    (value) => ((answered = true), value),
    (error: unknown) => {
      answered = true;
      throw error;
    },
  );
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      // A timer that fires late may only mean a busy event loop: answers already waiting (a
      // worker's message, a socket's data) are read in this turn's poll phase, so judge after it.
      setImmediate(() => answered || reject(new StorageTimeoutError(`storage call ${call} took more than ${timeoutMs} ms`)));
    }, timeoutMs);
  });
  return Promise.race([watched, timeout]).finally(() => clearTimeout(timer));
}

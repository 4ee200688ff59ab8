import type { Store } from "./store.js";

/** A storage call that did not answer in time; the caller treats it like any failed call. */
export class StorageTimeoutError extends Error {
  override readonly name = "StorageTimeoutError";
}

/**
 * A store call that failed because the database was busy (SQLite's busy timeout ran out while
 * another connection held the lock) or did not answer in time: nothing is wrong with the
 * request, so the caller may answer "try again" rather than "server error".
 */
export function isStorageBusy(error: unknown): boolean {
  if (error instanceof StorageTimeoutError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED"));
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
  const deadlines = new Deadlines(timeoutMs);
  return new Proxy(store, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        const result: unknown = value.apply(target, args);
        return result instanceof Promise ? deadlines.bound(result, String(property)) : result;
      };
    },
  });
}

interface Watched {
  startedAt: number;
  call: string;
  reject(error: unknown): void;
}

/**
 * The calls under way and one sweep for all of them: a store call is on every keystroke's path,
 * and a timer armed and cleared per call cost more than the call's own bookkeeping.
 */
class Deadlines {
  private readonly pending = new Set<Watched>();
  private sweeper: NodeJS.Timeout | undefined;

  constructor(private readonly timeoutMs: number) {}

  bound<T>(promise: Promise<T>, call: string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const watched: Watched = { startedAt: performance.now(), call, reject };
      this.pending.add(watched);
      this.sweeper ??= setInterval(this.sweep, Math.max(5, this.timeoutMs / 10)).unref();
      promise.then(
        (value) => {
          this.pending.delete(watched);
          resolve(value);
        },
        (error: unknown) => {
          this.pending.delete(watched);
          reject(error);
        },
      );
    });
  }

  private readonly sweep = (): void => {
    const now = performance.now();
    for (const watched of this.pending) {
      if (now - watched.startedAt < this.timeoutMs) continue;
      // A sweep that runs late may only mean a busy event loop: answers already waiting (a
      // worker's message, a socket's data) are read in this turn's poll phase, so judge after it.
      setImmediate(() => {
        if (!this.pending.delete(watched)) return;
        watched.reject(new StorageTimeoutError(`storage call ${watched.call} took more than ${this.timeoutMs} ms`));
      });
    }
    if (this.pending.size === 0) {
      clearInterval(this.sweeper);
      this.sweeper = undefined;
    }
  };
}

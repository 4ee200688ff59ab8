import { THREAD_METHODS, type ThreadTarget } from "./sqlite-write-protocol.js";
import type { SqliteWorkerWriter } from "./sqlite-worker-writer.js";

/** A store part as it is used when some of its methods answer from another thread. */
export type Promisable<T> = { [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => R | Promise<R> : T[K] };

/** `local`'s methods that the thread serves (THREAD_METHODS[target]) run there; any other stays here. */
export function onStoreThread<T extends object>(writer: SqliteWorkerWriter, target: ThreadTarget, local: T): Promisable<T> {
  const writes: ReadonlySet<string | symbol> = new Set(THREAD_METHODS[target]);
  return new Proxy(local, {
    get(object, property, receiver) {
      if (writes.has(property)) return (...args: unknown[]) => writer.call(target, String(property), args).then(asBuffers);
      const value = Reflect.get(object, property, receiver);
      return typeof value === "function" ? value.bind(object) : value;
    },
  }) as Promisable<T>;
}

/**
 * Bytes come back from the thread as plain Uint8Arrays; the store hands out Buffers (Express
 * sends a Buffer as bytes, a Uint8Array as JSON), so they are wrapped again, without a copy.
 */
function asBuffers(value: unknown): unknown {
  if (value instanceof Uint8Array) return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  if (Array.isArray(value)) return value.map(asBuffers);
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, asBuffers(field)]));
  }
  return value;
}

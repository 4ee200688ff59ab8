import * as Y from "yjs";

/**
 * True when `next` contains at least everything `previous` contains. Compaction checks it so
 * a bug upstream can never replace a document with a smaller one.
 */
export function snapshotCovers(next: Uint8Array, previous: Uint8Array): boolean {
  const nextClocks = Y.decodeStateVector(Y.encodeStateVectorFromUpdate(next));
  const previousClocks = Y.decodeStateVector(Y.encodeStateVectorFromUpdate(previous));
  for (const [client, clock] of previousClocks) {
    if ((nextClocks.get(client) ?? 0) < clock) return false;
  }
  return true;
}

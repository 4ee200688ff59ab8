import * as Y from "yjs";

/** True when the server's stored state vector contains every change of the local document. */
export function isCoveredBy(local: Y.Doc, storedStateVector: Uint8Array): boolean {
  const stored = Y.decodeStateVector(storedStateVector);
  for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(local))) {
    if ((stored.get(client) ?? 0) < clock) return false;
  }
  return true;
}

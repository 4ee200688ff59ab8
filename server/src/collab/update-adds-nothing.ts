import * as Y from "yjs";

/**
 * Whether applying `update` would leave `doc` as it is: every item in it is already in the doc and
 * every deletion already made. A client opening an approved meeting answers the server's sync
 * step 1 with everything it holds, which changes nothing; only a real change is "refused".
 * Costs a pass over the doc's delete set, paid only for updates sent to a locked room.
 */
export function updateAddsNothing(doc: Y.Doc, update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(Y.diffUpdate(update, Y.encodeStateVector(doc)));
  if (structs.length > 0) return false;
  const known = Y.createDeleteSetFromStructStore(doc.store);
  for (const [client, ranges] of ds.clients) {
    const deleted = known.clients.get(client) ?? [];
    for (const range of ranges) {
      if (!deleted.some((done) => done.clock <= range.clock && range.clock + range.len <= done.clock + done.len)) return false;
    }
  }
  return true;
}

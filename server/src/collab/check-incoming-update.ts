import * as Y from "yjs";
import { LIMITS, YDOC } from "@rapporteur/shared";

/** The document model's shared types; an update writing any other root is refused. */
const ROOT_NAMES: ReadonlySet<string> = new Set(Object.values(YDOC));

/** Remembered encoded size per document, so the cap costs one full encode only near the limit. */
const sizeEstimates = new WeakMap<Y.Doc, number>();

/**
 * Decodes a client's update (Yjs' own decoder) and says why it must be refused, before anything
 * is applied: a missing dependency beyond a small bound, a delete over clocks the server does
 * not hold (a "shadow delete" that would erase a writer's future text on arrival), a root type
 * outside the document model, a sub-document, or a document past its size cap.
 * Returns undefined when the update may be applied. Throws on an undecodable update.
 */
export function checkIncomingUpdate(doc: Y.Doc, update: Uint8Array): string | undefined {
  if (update.length > LIMITS.maxUpdateBytes) return `update over ${LIMITS.maxUpdateBytes} bytes`;
  const { structs, ds } = Y.decodeUpdate(update);
  const reach = reachableClocks(doc, structs);
  let missing = false;
  for (const struct of structs) {
    if (struct instanceof Y.Skip) missing = true;
    if (!(struct instanceof Y.Item)) continue;
    // A decoded (not yet integrated) item names its root type by string.
    const parent: unknown = struct.parent;
    if (typeof parent === "string" && !ROOT_NAMES.has(parent)) return `unknown shared type "${parent.slice(0, 40)}"`;
    if (struct.content instanceof Y.ContentDoc) return "sub-documents are not part of the document model";
    const known = (id: Y.ID | null | unknown) => !(id instanceof Y.ID) || id.clock < reach(id.client);
    if (reach(struct.id.client) < struct.id.clock + struct.length) missing = true;
    if (!known(struct.origin) || !known(struct.rightOrigin) || !known(parent)) missing = true;
  }
  for (const [client, deletes] of ds.clients) {
    const end = reach(client);
    if (deletes.some((range) => range.clock + range.len > end)) return "deletes text the server does not have";
  }
  if (missing && pendingBytes(doc) + update.length > LIMITS.maxPendingUpdateBytes) {
    return "changes depend on changes the server never received; reconnect to resync";
  }
  return exceedsDocumentCap(doc, update.length) ? `the document would pass ${LIMITS.maxDocumentBytes} bytes` : undefined;
}

/**
 * For each client, the clock up to which structs are available once this update is applied:
 * the server's state (read from its struct store, not re-encoded), extended by the update's own
 * structs where they continue it without a gap.
 */
function reachableClocks(doc: Y.Doc, structs: Array<Y.Item | Y.GC | Y.Skip>): (client: number) => number {
  const extended = new Map<number, number>();
  const reach = (client: number) => extended.get(client) ?? Y.getState(doc.store, client);
  for (const struct of structs) {
    if (struct instanceof Y.Skip) continue;
    const end = reach(struct.id.client);
    if (struct.id.clock <= end) extended.set(struct.id.client, Math.max(end, struct.id.clock + struct.length));
  }
  return reach;
}

function pendingBytes(doc: Y.Doc): number {
  return (doc.store.pendingStructs?.update.length ?? 0) + (doc.store.pendingDs?.length ?? 0);
}

/** The running estimate only grows by update sizes (an upper bound); it is re-measured when it nears the cap. */
function exceedsDocumentCap(doc: Y.Doc, updateBytes: number): boolean {
  let size = sizeEstimates.get(doc) ?? Y.encodeStateAsUpdate(doc).length;
  if (size + updateBytes > LIMITS.maxDocumentBytes) size = Y.encodeStateAsUpdate(doc).length;
  if (size + updateBytes > LIMITS.maxDocumentBytes) {
    sizeEstimates.set(doc, size);
    return true;
  }
  sizeEstimates.set(doc, size + updateBytes);
  return false;
}

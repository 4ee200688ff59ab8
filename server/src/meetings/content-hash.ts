import { createHash } from "node:crypto";
import type * as Y from "yjs";
import { canonicalJson, readLiveParticipants, YDOC } from "@rapporteur/shared";
import { readBody } from "../export/read-summary-export.js";

/**
 * SHA-256 of a document's content (body and participants) in canonical JSON. It depends on
 * what the summary says, not on Yjs encoding details, so it is stable across restarts.
 */
export function contentHash(doc: Y.Doc): string {
  const content = { body: readBody(doc), participants: readLiveParticipants(doc.getArray(YDOC.participants)) };
  return createHash("sha256").update(canonicalJson(content)).digest("hex");
}

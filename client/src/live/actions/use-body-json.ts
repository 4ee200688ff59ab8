import { useEffect, useState } from "react";
import { yXmlFragmentToProsemirrorJSON } from "@tiptap/y-tiptap";
import type * as Y from "yjs";
import { YDOC, type JsonNode } from "@rapporteur/shared";

const EMPTY: JsonNode = { type: "doc", content: [] };

/**
 * The report body as JSON, read from the Y.Doc and re-read after every change (anyone's).
 * Bursts of keystrokes are coalesced into one read per animation frame.
 */
export function useBodyJson(doc: Y.Doc): JsonNode {
  const [body, setBody] = useState<JsonNode>(EMPTY);
  useEffect(() => {
    const fragment = doc.getXmlFragment(YDOC.body);
    let frame = 0;
    const read = () => setBody(yXmlFragmentToProsemirrorJSON(fragment) as JsonNode);
    const schedule = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(read);
    };
    read();
    fragment.observeDeep(schedule);
    return () => {
      cancelAnimationFrame(frame);
      fragment.unobserveDeep(schedule);
    };
  }, [doc]);
  return body;
}

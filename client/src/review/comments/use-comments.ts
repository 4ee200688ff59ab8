import type * as Y from "yjs";
import { readComments, YDOC, type Comment } from "@rapporteur/shared";
import { useObservedY } from "../../collab/use-observed-y";

/** The meeting's comments (valid entries only, oldest first), re-read on every change. */
export function useComments(doc: Y.Doc): Comment[] {
  return useObservedY(doc.getMap<unknown>(YDOC.comments), readComments);
}

import { useEffect, useState } from "react";
import type * as Y from "yjs";
import { readComments, YDOC, type Comment } from "@rapporteur/shared";

/** The meeting's comments (valid entries only, oldest first), re-read on every change. */
export function useComments(doc: Y.Doc): Comment[] {
  const [comments, setComments] = useState<Comment[]>([]);
  useEffect(() => {
    const map = doc.getMap<unknown>(YDOC.comments);
    const read = () => setComments(readComments(map));
    read();
    map.observeDeep(read);
    return () => map.unobserveDeep(read);
  }, [doc]);
  return comments;
}

import { createContext, useContext } from "react";
import type * as Y from "yjs";

/** The meeting's Y.Doc, for node views that render live data beside the text (participants). */
export const CollabDocContext = createContext<Y.Doc | undefined>(undefined);

export function useCollabDoc(): Y.Doc | undefined {
  return useContext(CollabDocContext);
}

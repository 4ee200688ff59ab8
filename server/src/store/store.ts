import type { DocumentStore } from "./document-store.js";
import type { LibraryStore } from "./library-store.js";
import type { ReviewStore } from "./review-store.js";

/** Everything the server persists, behind the two narrow interfaces. */
export type Store = DocumentStore & LibraryStore & ReviewStore;

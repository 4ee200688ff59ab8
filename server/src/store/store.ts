import type { DocumentStore } from "./document-store.js";
import type { LibraryStore } from "./library-store.js";
import type { ReviewStore } from "./review-store.js";

/** Everything the server persists: documents and meetings, the library, and the review log. */
export interface Store extends DocumentStore, LibraryStore {
  readonly review: ReviewStore;
}

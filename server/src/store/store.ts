import type { DocumentStore } from "./document-store.js";
import type { LibraryStore } from "./library-store.js";
import type { PublishStore } from "./publish-store.js";
import type { ReviewStore } from "./review-store.js";
import type { TranscriptStore } from "./transcript-store.js";

/** Everything the server persists: documents and meetings, the library, the review log, transcripts, the public record. */
export interface Store extends DocumentStore, LibraryStore {
  readonly review: ReviewStore;
  readonly transcripts: TranscriptStore;
  readonly publish: PublishStore;
}

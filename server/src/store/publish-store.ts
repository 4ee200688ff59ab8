import type { ApprovalManifest, DiffPart, PublishedFormat } from "@rapporteur/shared";
import type { MaybePromise } from "./document-store.js";

/** The installation's Ed25519 signing key, PEM-encoded; one per installation, shared by its instances. */
export interface InstallationKeyRecord {
  keyId: string;
  privateKeyPem: string;
  publicKeyPem: string;
  createdAt: string;
}

/** One approved revision of a report as the public archive shows it, fixed at approval. */
export interface Publication {
  meetingId: string;
  /** 1 for the first approval, 2 after a reopen and a second approval… */
  revision: number;
  seriesSlug: string;
  slug: string;
  manifest: ApprovalManifest;
  /** The report as an HTML fragment, rendered from the approved snapshot's export blocks. */
  html: string;
  /** Plain text of the approved version, for the next revision's diff. */
  text: string;
  /** What changed since the previous revision; null for the first. */
  diff: DiffPart[] | null;
}

export interface PublishedFile {
  format: PublishedFormat;
  sha256: string;
  bytes: Uint8Array;
}

/** Approval records, the files exactly as approved, and the installation key. */
export interface PublishStore {
  /** Keeps `candidate` unless a key is already stored; returns the key every instance uses. */
  ensureInstallationKey(candidate: InstallationKeyRecord): MaybePromise<InstallationKeyRecord>;
  /** Stores a publication and its files in one transaction; false when that revision exists. */
  savePublication(publication: Publication, files: PublishedFile[]): MaybePromise<boolean>;
  /** Newest approval first. */
  listSeriesPublications(seriesSlug: string): MaybePromise<Publication[]>;
  /** Oldest revision first. */
  listMeetingPublications(meetingId: string): MaybePromise<Publication[]>;
  getPublishedFile(meetingId: string, revision: number, format: PublishedFormat): MaybePromise<Uint8Array | undefined>;
  /** Publications whose file SHA-256, content SHA-256 or reference equals `key`. */
  findPublications(key: string): MaybePromise<Publication[]>;
}

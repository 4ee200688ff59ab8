import { createHash } from "node:crypto";
import { ApprovalStatementSchema, PUBLISHED_FORMATS, type ApprovalStatement, type PublishedFormat } from "@rapporteur/shared";
import type { Publication, PublishStore } from "../store/publish-store.js";
import { readFileRecord, verifyFileRecord } from "./file-seal.js";
import type { InstallationKey } from "./installation-key.js";

export type VerifyOutcome =
  | { approved: true; match: PublishedFormat | "content" | "reference" | "signature"; publication: Publication | undefined; statement: ApprovalStatement }
  | { approved: false; sha256?: string; claims?: ApprovalStatement; closest?: Publication };

/** Checks a SHA-256 (of a file or of the content) or a printed reference against the approved records. */
export async function verifyKey(store: PublishStore, key: string): Promise<VerifyOutcome> {
  const normalized = key.trim().toLowerCase();
  const publication = (await store.findPublications(normalized))[0];
  if (!publication) return { approved: false };
  const { manifest } = publication;
  const format = PUBLISHED_FORMATS.find((name) => manifest.files[name].sha256 === normalized);
  const match = format ?? (manifest.statement.contentSha256 === normalized ? "content" : "reference");
  return { approved: true, match, publication, statement: manifest.statement };
}

/**
 * Checks a file: its SHA-256 against the stored approved files, then the record it carries.
 * A file that names an approval but differs from it is "not an approved record", with the
 * approved revision it claims to be as the closest one.
 */
export async function verifyBytes(store: PublishStore, key: InstallationKey, bytes: Uint8Array): Promise<VerifyOutcome> {
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const byHash = await verifyKey(store, sha256);
  if (byHash.approved && byHash.match !== "content" && byHash.match !== "reference") return byHash;
  const record = readFileRecord(bytes);
  const claims = record && ApprovalStatementSchema.safeParse(record.statement);
  if (!record || !claims?.success) return { approved: false, sha256 };
  const statement = claims.data;
  const closest = (await store.listMeetingPublications(statement.meetingId)).find((entry) => entry.revision === statement.revision);
  if (statement.keyId === key.keyId && verifyFileRecord(record, key.publicKey)) {
    return { approved: true, match: "signature", publication: closest, statement };
  }
  return { approved: false, sha256, claims: statement, ...(closest ? { closest } : {}) };
}

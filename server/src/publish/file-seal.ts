import { createHash, sign, verify, type KeyObject } from "node:crypto";
import { createRequire } from "node:module";

// A CommonJS module whose typings declare an ES default export; required to get the function itself.
const canonicalize = createRequire(import.meta.url)("canonicalize") as (input: unknown) => string | undefined;

/**
 * A sealed file carries one approval record: `rapporteur-approval.v1.<statement>.<signature>`,
 * the statement as base64url RFC 8785 JSON and an Ed25519 signature (86 base64url characters).
 * A file cannot contain a signature of its own bytes, so the signature covers the file with
 * those 86 characters replaced by "0": change any other byte, or the signature, and it fails.
 */
const PREFIX = "rapporteur-approval.v1.";
const SIGNATURE_CHARS = 86;
const PLACEHOLDER = "0".repeat(SIGNATURE_CHARS);
const RECORD_PATTERN = /rapporteur-approval\.v1\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]{86})/;

/** RFC 8785 (JCS) canonical JSON via the `canonicalize` package, its reference implementation. */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new Error("cannot canonicalize undefined");
  return text;
}

/** The record to print into a file before it is sealed: its signature is still the placeholder. */
export function unsealedRecord(statement: object): string {
  return `${PREFIX}${Buffer.from(canonicalJson(statement)).toString("base64url")}.${PLACEHOLDER}`;
}

/** What the signature signs: a label, so a file signature can never pass for another kind. */
function signedMessage(digest: string): Buffer {
  return Buffer.from(`rapporteur-file-v1:${digest}`);
}

/** Signs a file holding exactly one unsealed record; returns the sealed bytes (same length). */
export function sealFile(bytes: Uint8Array, privateKey: KeyObject): Buffer {
  const text = Buffer.from(bytes).toString("latin1");
  const start = text.indexOf(PREFIX);
  if (start === -1 || text.indexOf(PREFIX, start + 1) !== -1) throw new Error("a file to seal must hold exactly one approval record");
  const match = RECORD_PATTERN.exec(text.slice(start));
  if (!match || match[2] !== PLACEHOLDER) throw new Error("the approval record is already sealed or malformed");
  const offset = start + match[0].length - SIGNATURE_CHARS;
  const digest = createHash("sha256").update(bytes).digest("hex");
  const signature = sign(null, signedMessage(digest), privateKey).toString("base64url");
  const sealed = Buffer.from(bytes);
  sealed.write(signature, offset, "latin1");
  return sealed;
}

export interface FileRecord {
  /** The statement as the file states it (not yet validated). */
  statement: unknown;
  /** SHA-256 of the file with the signature replaced by the placeholder. */
  digest: string;
  signature: Buffer;
}

/** Reads the approval record a file carries, if it carries one. */
export function readFileRecord(bytes: Uint8Array): FileRecord | undefined {
  const buffer = Buffer.from(bytes);
  const match = RECORD_PATTERN.exec(buffer.toString("latin1"));
  if (!match) return undefined;
  let statement: unknown;
  try {
    statement = JSON.parse(Buffer.from(match[1]!, "base64url").toString("utf8"));
  } catch {
    return undefined;
  }
  const offset = match.index + match[0].length - SIGNATURE_CHARS;
  const blanked = Buffer.from(buffer);
  blanked.write(PLACEHOLDER, offset, "latin1");
  return { statement, digest: createHash("sha256").update(blanked).digest("hex"), signature: Buffer.from(match[2]!, "base64url") };
}

/** True when the record's signature holds for this file under `publicKey`. */
export function verifyFileRecord(record: FileRecord, publicKey: KeyObject): boolean {
  return record.signature.length === 64 && verify(null, signedMessage(record.digest), publicKey, record.signature);
}

import { createHash, createPublicKey, type KeyObject } from "node:crypto";
import fs from "node:fs/promises";
import { parseArgs } from "node:util";
import { ApprovalManifestSchema, ApprovalStatementSchema, PublicKeySetSchema, PUBLISHED_FORMATS, VERIFY_NOT_APPROVED, type ApprovalStatement } from "@rapporteur/shared";
import { readFileRecord, verifyFileRecord } from "./file-seal.js";
import { verifyManifest } from "./sign-manifest.js";

const USAGE = "usage: rapporteur-verify <file> --keys <url or file> [--manifest <url or file>]";

/**
 * `rapporteur-verify`: checks a report file against an installation's public key, offline once
 * the key is at hand. PDF and Markdown files carry their own signed record; a Word file needs
 * its signed manifest (`--manifest`). Exit 0: approved record; 1: not; 2: could not check.
 */
export async function runVerifyCli(argv: string[], print: (line: string) => void = console.log): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { keys: { type: "string" }, manifest: { type: "string" } } });
  } catch (error) {
    print(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const file = parsed.positionals[0];
  if (!file || !parsed.values.keys) {
    print(USAGE);
    return 2;
  }
  try {
    const keys = readKeys(JSON.parse(await readSource(parsed.values.keys, "utf8")));
    const bytes = await fs.readFile(file);
    const manifest = parsed.values.manifest ? JSON.parse(await readSource(parsed.values.manifest, "utf8")) : undefined;
    const verdict = manifest === undefined ? checkSealedFile(bytes, keys) : checkAgainstManifest(bytes, manifest, keys);
    for (const line of verdict.lines) print(line);
    return verdict.approved ? 0 : 1;
  } catch (error) {
    print(`could not check: ${(error as Error).message}`);
    return 2;
  }
}

interface Verdict {
  approved: boolean;
  lines: string[];
}

function checkSealedFile(bytes: Buffer, keys: Map<string, KeyObject>): Verdict {
  const record = readFileRecord(bytes);
  const statement = record && ApprovalStatementSchema.safeParse(record.statement);
  if (!record || !statement?.success) return notApproved("the file carries no approval record (for a Word file, pass --manifest)");
  const key = keys.get(statement.data.keyId);
  if (!key) return notApproved(`the record names key ${statement.data.keyId}, which is not among the given keys`, statement.data);
  if (!verifyFileRecord(record, key)) return notApproved("the file differs from the file that was approved", statement.data);
  return { approved: true, lines: ["approved record", ...describe(statement.data)] };
}

function checkAgainstManifest(bytes: Buffer, input: unknown, keys: Map<string, KeyObject>): Verdict {
  const manifest = ApprovalManifestSchema.parse(input);
  const key = keys.get(manifest.keyId);
  if (!key || !verifyManifest(manifest, key)) return notApproved("the manifest's signature does not verify with the given keys");
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const format = PUBLISHED_FORMATS.find((name) => manifest.files[name].sha256 === sha256);
  if (!format) return notApproved("the file's SHA-256 is not one the manifest names", manifest.statement);
  return { approved: true, lines: ["approved record", `file: the approved ${format} (${manifest.files[format].name})`, ...describe(manifest.statement)] };
}

function notApproved(reason: string, claims?: ApprovalStatement): Verdict {
  return { approved: false, lines: [VERIFY_NOT_APPROVED, `reason: ${reason}`, ...(claims ? ["it claims to be:", ...describe(claims)] : [])] };
}

function describe(statement: ApprovalStatement): string[] {
  return [
    `meeting: ${statement.series}: ${statement.title} (${statement.startsAt})`,
    `revision: ${statement.revision} (document version ${statement.version})`,
    `approved by: ${statement.approvedBy} at ${statement.approvedAt}`,
    `reference: ${statement.reference}`,
    `content SHA-256: ${statement.contentSha256}`,
  ];
}

function readKeys(input: unknown): Map<string, KeyObject> {
  const set = PublicKeySetSchema.parse(input);
  return new Map(set.keys.map((jwk) => [jwk.kid, createPublicKey({ key: { kty: jwk.kty, crv: jwk.crv, x: jwk.x }, format: "jwk" })]));
}

/** An http(s) URL is fetched; anything else is a local file. */
async function readSource(source: string, encoding: "utf8"): Promise<string> {
  if (!/^https?:\/\//.test(source)) return fs.readFile(source, encoding);
  const response = await fetch(source);
  if (!response.ok) throw new Error(`${source} answered ${response.status}`);
  return response.text();
}

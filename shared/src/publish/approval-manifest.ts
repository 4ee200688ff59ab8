import { z } from "zod";

const Sha256Schema = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * What an approval states, signed with the installation's Ed25519 key. Exported PDFs and
 * Markdown files carry it (with a signature over the file itself); the manifest repeats it.
 */
export const ApprovalStatementSchema = z.object({
  type: z.literal("rapporteur-approval"),
  v: z.literal(1),
  keyId: z.string(),
  meetingId: z.string(),
  series: z.string(),
  title: z.string(),
  startsAt: z.string(),
  version: z.number().int().positive(),
  revision: z.number().int().positive(),
  approvedBy: z.string(),
  approvedAt: z.string(),
  /** SHA-256 of the approved content (body and participants) as RFC 8785 canonical JSON. */
  contentSha256: Sha256Schema,
  /** Short reference printed on the report; `/verify` accepts it. */
  reference: z.string(),
});
export type ApprovalStatement = z.infer<typeof ApprovalStatementSchema>;

export const PUBLISHED_FORMATS = ["pdf", "docx", "md"] as const;
export type PublishedFormat = (typeof PUBLISHED_FORMATS)[number];

export const PublishedFileSchema = z.object({ name: z.string(), sha256: Sha256Schema, bytes: z.number().int().nonnegative() });

/**
 * The signed approval record: the statement plus the SHA-256 of each file exactly as stored at
 * approval (and served byte-identical afterwards). `signature` is Ed25519 over the RFC 8785
 * canonical JSON of every other field, base64url.
 */
export const ApprovalManifestSchema = z.object({
  type: z.literal("rapporteur-approval-manifest"),
  v: z.literal(1),
  keyId: z.string(),
  statement: ApprovalStatementSchema,
  files: z.object({ pdf: PublishedFileSchema, docx: PublishedFileSchema, md: PublishedFileSchema }),
  signature: z.string(),
});
export type ApprovalManifest = z.infer<typeof ApprovalManifestSchema>;

/** An installation's public keys, as JWKs (`/.well-known/rapporteur-keys.json`). */
export const PublicKeySetSchema = z.object({
  keys: z.array(z.object({ kty: z.literal("OKP"), crv: z.literal("Ed25519"), x: z.string(), kid: z.string(), alg: z.literal("EdDSA"), use: z.literal("sig") })),
});
export type PublicKeySet = z.infer<typeof PublicKeySetSchema>;

export const VERIFY_NOT_APPROVED = "not an approved record";

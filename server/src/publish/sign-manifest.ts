import { sign, verify, type KeyObject } from "node:crypto";
import type { ApprovalManifest } from "@rapporteur/shared";
import { canonicalJson } from "./file-seal.js";

/** Signs the manifest: Ed25519 over the RFC 8785 canonical JSON of every field but `signature`. */
export function signManifest(unsigned: Omit<ApprovalManifest, "signature">, privateKey: KeyObject): ApprovalManifest {
  const signature = sign(null, Buffer.from(canonicalJson(unsigned)), privateKey).toString("base64url");
  return { ...unsigned, signature };
}

export function verifyManifest(manifest: ApprovalManifest, publicKey: KeyObject): boolean {
  const { signature, ...unsigned } = manifest;
  const bytes = Buffer.from(signature, "base64url");
  return bytes.length === 64 && verify(null, Buffer.from(canonicalJson(unsigned)), publicKey, bytes);
}

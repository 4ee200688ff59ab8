import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from "node:crypto";
import type { PublicKeySet } from "@rapporteur/shared";
import type { PublishStore } from "../store/publish-store.js";

/**
 * The installation's Ed25519 key, created on first start and kept in the database with the data
 * it signs, so every instance of one installation signs with the same key.
 */
export class InstallationKey {
  private constructor(
    readonly keyId: string,
    readonly privateKey: KeyObject,
    readonly publicKey: KeyObject,
  ) {}

  static async load(store: PublishStore): Promise<InstallationKey> {
    const { privateKey, publicKey } = generateKeyPairSync("ed25519");
    const publicKeyPem = publicKey.export({ type: "spki", format: "pem" }).toString();
    const stored = await store.ensureInstallationKey({
      keyId: keyIdOf(publicKey),
      privateKeyPem: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
      publicKeyPem,
      createdAt: new Date().toISOString(),
    });
    return new InstallationKey(stored.keyId, createPrivateKey(stored.privateKeyPem), createPublicKey(stored.publicKeyPem));
  }

  /** The public half as a JWK set: any JOSE library, or Node's `createPublicKey({ format: "jwk" })`, reads it. */
  publicKeySet(): PublicKeySet {
    const jwk = this.publicKey.export({ format: "jwk" }) as { x: string };
    return { keys: [{ kty: "OKP", crv: "Ed25519", x: jwk.x, kid: this.keyId, alg: "EdDSA", use: "sig" }] };
  }
}

/** A short, stable name for a public key: the first 16 hex digits of its SPKI SHA-256. */
function keyIdOf(publicKey: KeyObject): string {
  return createHash("sha256").update(publicKey.export({ type: "spki", format: "der" })).digest("hex").slice(0, 16);
}

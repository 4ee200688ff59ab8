import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * The configured secret, or the one generated on first start and kept beside the database,
 * so links stay valid across restarts without anyone having to configure anything.
 */
export function resolveTokenSecret(configured: string | undefined, dataDir: string): Uint8Array {
  if (configured) return new TextEncoder().encode(configured);
  const file = path.join(dataDir, "token-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    // "wx": two processes starting at once cannot both write a secret.
    try {
      fs.writeFileSync(file, randomBytes(48).toString("base64url"), { mode: 0o600, flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  return new TextEncoder().encode(fs.readFileSync(file, "utf8").trim());
}

import { randomBytes } from "node:crypto";
import { jwtVerify, SignJWT } from "jose";
import { z } from "zod";

const ISSUER = "rapporteur";
/** A captioner token is for the captions endpoint only: no role, so no invitation guard or socket accepts it. */
const AUDIENCE = "rapporteur-captions";
const TTL_DAYS = 7;

const CaptionerClaimsSchema = z.object({ mid: z.string(), jti: z.string() });
export type CaptionerClaims = z.infer<typeof CaptionerClaimsSchema>;

/** Signs and checks captioner tokens (HS256, the invitation secret, a distinct audience, a revocable id). */
export class CaptionerTokens {
  constructor(private readonly secret: Uint8Array) {}

  async issue(meetingId: string, now = new Date()): Promise<{ token: string; tokenId: string }> {
    const tokenId = randomBytes(16).toString("base64url");
    const issuedAt = Math.floor(now.getTime() / 1000);
    const token = await new SignJWT({ mid: meetingId })
      .setProtectedHeader({ alg: "HS256" })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setJti(tokenId)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + TTL_DAYS * 86_400)
      .sign(this.secret);
    return { token, tokenId };
  }

  /** The claims of a valid captioner token; undefined for anything else, invitation tokens included. */
  async verify(token: string | undefined): Promise<CaptionerClaims | undefined> {
    if (!token || token.length > 2048) return undefined;
    try {
      const { payload } = await jwtVerify(token, this.secret, { issuer: ISSUER, audience: AUDIENCE, algorithms: ["HS256"] });
      const claims = CaptionerClaimsSchema.safeParse(payload);
      return claims.success ? claims.data : undefined;
    } catch {
      return undefined;
    }
  }
}

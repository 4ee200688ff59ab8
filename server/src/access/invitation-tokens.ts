import { jwtVerify, SignJWT } from "jose";
import { TokenClaimsSchema, type Role, type TokenClaims } from "@rapporteur/shared";

const ISSUER = "rapporteur";

/** Signs and checks the tokens inside invitation links (HS256; the meeting id, the role and the role's link version). */
export class InvitationTokens {
  constructor(
    private readonly secret: Uint8Array,
    private readonly ttlDays: number,
  ) {}

  issue(meetingId: string, role: Role, now = new Date(), version = 0): Promise<string> {
    const issuedAt = Math.floor(now.getTime() / 1000);
    return new SignJWT({ mid: meetingId, role, ver: version })
      .setProtectedHeader({ alg: "HS256" })
      .setIssuer(ISSUER)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + this.ttlDays * 86_400)
      .sign(this.secret);
  }

  /**
   * The claims of a valid, unexpired token; undefined for anything else (never throws). Whether
   * its version is still the meeting's is for `checkTokenVersion`, which needs the store.
   */
  async verify(token: string | undefined): Promise<TokenClaims | undefined> {
    if (!token || token.length > 2048) return undefined;
    try {
      const { payload } = await jwtVerify(token, this.secret, { issuer: ISSUER, algorithms: ["HS256"] });
      const claims = TokenClaimsSchema.safeParse(payload);
      return claims.success ? claims.data : undefined;
    } catch {
      return undefined;
    }
  }
}

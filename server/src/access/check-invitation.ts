import { LINK_REPLACED_CODE, LINK_REPLACED_MESSAGE, type TokenClaims } from "@rapporteur/shared";
import type { DocumentStore } from "../store/document-store.js";
import type { InvitationTokens } from "./invitation-tokens.js";

/** Why a token was refused (REST message and websocket close reason); a replaced link says so instead. */
export const INVALID_TOKEN_REASON = "a valid invitation token for this meeting is required";

export type InvitationCheck =
  | { kind: "not-found" }
  | { kind: "unauthorized"; code: "unauthorized" | typeof LINK_REPLACED_CODE; reason: string }
  | { kind: "admitted"; claims: TokenClaims };

/**
 * The one admission rule for REST and websocket: the meeting exists, the token is signed for it,
 * and the token's version is the role's current one (a replaced link is refused at once).
 * Reading the link state also proves the meeting exists, so a check costs one store read.
 */
export async function checkInvitation(
  tokens: InvitationTokens,
  store: Pick<DocumentStore, "getLinkState">,
  meetingId: string,
  token: string | undefined,
): Promise<InvitationCheck> {
  const [state, claims] = await Promise.all([store.getLinkState(meetingId), tokens.verify(token)]);
  if (!state) return { kind: "not-found" };
  if (!claims || claims.mid !== meetingId) return { kind: "unauthorized", code: "unauthorized", reason: INVALID_TOKEN_REASON };
  if (claims.ver !== state.versions[claims.role]) return { kind: "unauthorized", code: LINK_REPLACED_CODE, reason: LINK_REPLACED_MESSAGE };
  return { kind: "admitted", claims };
}

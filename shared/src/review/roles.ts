import { z } from "zod";

/** Who may do what in one meeting. Ordered: each role can do everything the ones before it can. */
export const RoleSchema = z.enum(["viewer", "noteTaker", "chair"]);
export type Role = z.infer<typeof RoleSchema>;

const RANK: Record<Role, number> = { viewer: 0, noteTaker: 1, chair: 2 };

export function roleAtLeast(role: Role, required: Role): boolean {
  return RANK[role] >= RANK[required];
}

export const ROLE_LABELS: Record<Role, string> = { viewer: "Viewer", noteTaker: "Note-taker", chair: "Chair" };

/** What an invitation token says once its signature is checked. */
export const TokenClaimsSchema = z.object({
  mid: z.string(),
  role: RoleSchema,
  /** The role's link version when the token was issued; tokens from before versions count as 0. */
  ver: z.number().int().nonnegative().default(0),
});
export type TokenClaims = z.infer<typeof TokenClaimsSchema>;

/** Invitation links (or their tokens) returned when a meeting is created: one per role. */
export const MeetingLinksSchema = z.object({
  chair: z.string(),
  noteTaker: z.string(),
  viewer: z.string(),
});
export type MeetingLinks = z.infer<typeof MeetingLinksSchema>;

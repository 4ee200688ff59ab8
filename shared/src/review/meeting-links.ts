import { z } from "zod";
import { MeetingLinksSchema, RoleSchema, roleAtLeast, type Role } from "./roles.js";

/**
 * Per meeting and role, the version every token of that role must carry. "Replace links" bumps
 * it: every link of the role issued before stops working at once, on REST and websocket.
 */
export const LinkVersionsSchema = z.object({
  chair: z.number().int().nonnegative(),
  noteTaker: z.number().int().nonnegative(),
  viewer: z.number().int().nonnegative(),
});
export type LinkVersions = z.infer<typeof LinkVersionsSchema>;

/**
 * Why a replaced link is refused: the REST error message (code `link_replaced`) and the
 * websocket close reason (4401), so the page can say what happened and what to do.
 */
export const LINK_REPLACED_MESSAGE = "this invitation link was replaced by the chair; ask the chair for the current link";
export const LINK_REPLACED_CODE = "link_replaced";

export const FIRST_LINK_VERSIONS: LinkVersions = { chair: 0, noteTaker: 0, viewer: 0 };

/** `POST /api/meetings/:id/links/replace`: which roles get new links (the chair's own included, if named). */
export const ReplaceLinksRequestSchema = z
  .object({ roles: z.array(RoleSchema).min(1).max(RoleSchema.options.length) })
  .strict();
export type ReplaceLinksRequest = z.infer<typeof ReplaceLinksRequestSchema>;

/** Some of a meeting's links: those the caller may pass on. */
export const SomeMeetingLinksSchema = MeetingLinksSchema.partial();
export type SomeMeetingLinks = z.infer<typeof SomeMeetingLinksSchema>;

/** `GET /api/meetings/:id/links` (and the answer to a replace). */
export const MeetingLinksResponseSchema = z.object({
  links: SomeMeetingLinksSchema,
  tokens: SomeMeetingLinksSchema,
  /** The meeting last scheduled from this one; its links are the chair's to send (chair only). */
  next: z
    .object({
      meeting: z.object({ id: z.string(), title: z.string(), startsAt: z.string() }),
      links: MeetingLinksSchema,
    })
    .optional(),
});
export type MeetingLinksResponse = z.infer<typeof MeetingLinksResponseSchema>;

/**
 * Which links a role may pass on. The chair sends all three. A note-taker may bring in another
 * note-taker or an observer (it holds its own link anyway, so withholding it protects nothing),
 * never the chair. A viewer has only its own link.
 */
export function shareableRoles(role: Role): Role[] {
  if (role === "viewer") return [];
  return (["chair", "noteTaker", "viewer"] as const).filter((each) => roleAtLeast(role, each));
}

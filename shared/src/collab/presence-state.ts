import { z } from "zod";
import { RoleSchema } from "../review/roles.js";

/** The awareness field Rapporteur adds beside the caret extension's `user`. */
export const PRESENCE_FIELD = "presence";

/**
 * What a person tells the others about themselves while connected. Awareness is never stored
 * and any client may send anything, so every remote state is parsed and an invalid one ignored;
 * the role shown is what the client claims, for display only (the server enforces access).
 */
export const PresenceFieldsSchema = z.object({
  role: RoleSchema,
  /** The agenda item whose section holds the person's cursor, or null outside every item. */
  agendaItemId: z.string().min(1).max(200).nullable(),
});
export type PresenceFields = z.infer<typeof PresenceFieldsSchema>;

export const PresenceStateSchema = z.object({
  /** Set by the caret extension: the name and colour of the caret. */
  user: z.object({
    name: z.string().trim().min(1).max(200),
    color: z.string().regex(/^#[0-9a-fA-F]{3,8}$/),
  }),
  /** Missing for a client that only shows a caret (e.g. a stock y-websocket client). */
  [PRESENCE_FIELD]: PresenceFieldsSchema.optional(),
});
export type PresenceState = z.infer<typeof PresenceStateSchema>;
